#!/usr/bin/env python3
"""Regenerates the test resource *.plaintext: the decrypted TLS application data of a corpus
capture, one line per TLS record, with its frame number and direction, as tshark decrypts it.

usage: extract_tls_plaintext.py CAPTURE KEYLOG > OUT
Line format: <tcp_stream> <frame> <epoch_nanos> <src ip:port> <dst ip:port> <hex of the plaintext>
Only records whose plaintext is text (SIP) are kept: handshake messages and alerts that TLS 1.3
also encrypts are binary and are left out.
"""
import re
import subprocess
import sys

cap, keys = sys.argv[1], sys.argv[2]
base = ["tshark", "-r", cap, "-o", "tls.keylog_file:" + keys]
meta = {}
for line in subprocess.run(base + ["-T", "fields", "-e", "frame.number", "-e", "frame.time_epoch", "-e", "tcp.stream",
                                   "-e", "ip.src", "-e", "tcp.srcport", "-e", "ip.dst", "-e", "tcp.dstport"],
                           capture_output=True, text=True, check=True).stdout.splitlines():
    f = line.split("\t")
    if len(f) < 7 or not f[2]:
        continue
    sec, _, frac = f[1].partition(".")
    nanos = int(sec) * 1_000_000_000 + int((frac + "000000000")[:9])
    meta[int(f[0])] = (f[2], nanos, f[3] + ":" + f[4], f[5] + ":" + f[6])

out = subprocess.run(base + ["-P", "-x"], capture_output=True, text=True, check=True).stdout
frame = None
buf = None
records = []


def flush():
    global buf
    if buf is not None and frame is not None:
        data = bytes(buf)
        if data and all(b in (9, 10, 13) or 32 <= b < 127 or b >= 128 for b in data) and data[0] >= 32:
            records.append((frame, data))
    buf = None


for line in out.splitlines():
    m = re.match(r"^\s*(\d+)\s+\d+\.\d+\s", line)
    if m and not re.match(r"^[0-9a-f]{4}  ", line):
        flush()
        frame = int(m.group(1))
        continue
    if line.startswith("Decrypted TLS"):
        flush()
        buf = bytearray()
        continue
    if line.startswith("Frame (") or line.startswith("Reassembled") or not line.strip():
        flush()
        continue
    m = re.match(r"^([0-9a-f]{4})  ((?:[0-9a-f]{2} ){1,16})", line)
    if m and buf is not None:
        buf.extend(bytes.fromhex(m.group(2).replace(" ", "")))
flush()
for fr, data in records:
    stream, nanos, src, dst = meta[fr]
    print(stream, fr, nanos, src, dst, data.hex())
