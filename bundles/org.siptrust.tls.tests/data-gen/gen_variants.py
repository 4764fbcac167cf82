#!/usr/bin/env python3
"""Real TLS captures for the record-protection families the SIP corpus does not cover.

Each scenario runs a real OpenSSL 3 `s_client` against a real `s_server -rev` (which sends every
line back reversed) through a recording relay on the loopback, then writes what crossed the relay
as a pcap (Ethernet/IPv4/TCP with correct sequence numbers and checksums; one TCP segment per
socket read, split at 1448 bytes), plus the client's NSS key log. tshark then decodes every capture
with the key log (and, for RSA key exchange, with the server's RSA key only) and its decrypted
streams (`-z follow,tls,raw`) are stored as the reference the Java tests compare against.

Usage: gen_variants.py OUTDIR PKIDIR       (needs openssl 3.x and tshark on PATH)
"""
import json, os, socket, struct, subprocess, sys, threading, time

OUT, PKI = sys.argv[1], sys.argv[2]
CERT, KEY = os.path.join(PKI, "proxy-b.crt"), os.path.join(PKI, "proxy-b.key")
SNI = "sip.biloxi.example.com"

LINES = ["REGISTER sip:biloxi.example.com SIP/2.0",
         "Via: SIP/2.0/TLS 127.0.0.13:5061;branch=z9hG4bK776asdhds",
         "From: <sip:bob@biloxi.example.com>;tag=49583",
         "To: <sip:bob@biloxi.example.com>",
         "Call-ID: 843817637684230@998sdasdh09",
         "CSeq: 1826 REGISTER",
         "Content-Length: 0"]

# name, s_server options, s_client options, commands between lines, RSA kx, connections
SCENARIOS = [
    ("tls12_ecdhe_rsa_aes128_cbc_sha_etm", ["-tls1_2"], ["-cipher", "ECDHE-RSA-AES128-SHA"], {}, False, 1),
    ("tls12_ecdhe_rsa_aes256_cbc_sha384_mte", ["-tls1_2", "-no_etm"], ["-cipher", "ECDHE-RSA-AES256-SHA384", "-no_etm"], {}, False, 1),
    ("tls12_rsa_aes256_cbc_sha256", ["-tls1_2"], ["-cipher", "AES256-SHA256"], {}, True, 1),
    ("tls12_rsa_aes128_ccm", ["-tls1_2", "-cipher", "AES128-CCM"], ["-cipher", "AES128-CCM"], {}, True, 1),
    ("tls12_rsa_aes256_ccm8", ["-tls1_2", "-cipher", "AES256-CCM8"], ["-cipher", "AES256-CCM8"], {}, True, 1),
    ("tls12_ecdhe_rsa_chacha20", ["-tls1_2"], ["-cipher", "ECDHE-RSA-CHACHA20-POLY1305"], {}, False, 1),
    ("tls12_dhe_rsa_aes128_gcm", ["-tls1_2"], ["-cipher", "DHE-RSA-AES128-GCM-SHA256"], {}, False, 1),
    ("tls12_ecdhe_rsa_camellia128_cbc_sha256", ["-tls1_2", "-cipher", "ECDHE-RSA-CAMELLIA128-SHA256"], ["-cipher", "ECDHE-RSA-CAMELLIA128-SHA256"], {}, False, 1),
    ("tls12_rsa_aria256_gcm", ["-tls1_2", "-cipher", "ARIA256-GCM-SHA384"], ["-cipher", "ARIA256-GCM-SHA384"], {}, True, 1),
    ("tls12_rsa_null_sha256", ["-tls1_2", "-cipher", "NULL-SHA256:@SECLEVEL=0"], ["-cipher", "NULL-SHA256:@SECLEVEL=0"], {}, True, 1),
    ("tls11_rsa_aes128_cbc_sha", ["-tls1_1", "-cipher", "AES128-SHA:@SECLEVEL=0"], ["-tls1_1", "-cipher", "AES128-SHA:@SECLEVEL=0"], {}, True, 1),
    ("tls10_ecdhe_rsa_aes256_cbc_sha_mte", ["-tls1", "-no_etm", "-cipher", "ECDHE-RSA-AES256-SHA:@SECLEVEL=0"], ["-tls1", "-no_etm", "-cipher", "ECDHE-RSA-AES256-SHA:@SECLEVEL=0"], {}, False, 1),
    ("tls13_chacha20", ["-tls1_3", "-ciphersuites", "TLS_CHACHA20_POLY1305_SHA256"], ["-ciphersuites", "TLS_CHACHA20_POLY1305_SHA256"], {}, False, 1),
    ("tls13_aes128_ccm", ["-tls1_3", "-ciphersuites", "TLS_AES_128_CCM_SHA256"], ["-ciphersuites", "TLS_AES_128_CCM_SHA256"], {}, False, 1),
    ("tls13_aes128_ccm8", ["-tls1_3", "-ciphersuites", "TLS_AES_128_CCM_8_SHA256"], ["-ciphersuites", "TLS_AES_128_CCM_8_SHA256"], {}, False, 1),
    ("tls13_keyupdate", ["-tls1_3"], ["-ciphersuites", "TLS_AES_128_GCM_SHA256"], {2: "K", 4: "k"}, False, 1),
    ("tls13_hello_retry", ["-tls1_3", "-groups", "P-384"], ["-groups", "X25519:P-384"], {}, False, 1),
    ("tls12_renegotiation", ["-tls1_2", "-client_renegotiation"], ["-cipher", "ECDHE-RSA-AES128-GCM-SHA256"], {3: "R"}, False, 1),
    ("tls12_rsa_resumption_session_id", ["-tls1_2", "-no_ticket"], ["-cipher", "AES128-GCM-SHA256"], {}, True, 2),
    # the server does not enable CCM_8 by default: it answers with a fatal handshake_failure alert
    ("tls12_handshake_failure", ["-tls1_2"], ["-cipher", "AES128-CCM8"], {}, False, 1),
    # Python's ssl client with SSL_OP_NO_EXTENDED_MASTER_SECRET: the classic master secret derivation
    ("tls12_rsa_no_ems", ["-tls1_2"], ["python-no-ems", "AES128-SHA256"], {}, True, 1),
    # second connection resumes with a ticket and sends 0-RTT data
    ("tls13_early_data", ["-tls1_3", "-early_data"], ["-ciphersuites", "TLS_AES_128_GCM_SHA256"], {}, False, 2),
    ("tls12_rsa_resumption_ticket", ["-tls1_2"], ["-cipher", "AES128-SHA256"], {}, True, 2),
]

PORT = 24400


class Relay(threading.Thread):
    """Accepts one client at a time, connects to the server, records every read with its direction."""

    def __init__(self, listen_port, target_port, connections):
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", listen_port))
        self.sock.listen(1)
        self.target = target_port
        self.connections = connections
        self.events = []  # (conn index, time, 'C'|'S'|'open'|'close', bytes, client port)
        self.lock = threading.Lock()

    def run(self):
        for i in range(self.connections):
            c, addr = self.sock.accept()
            s = socket.create_connection(("127.0.0.1", self.target))
            self.log(i, "open", b"", addr[1])
            t1 = threading.Thread(target=self.pump, args=(i, c, s, "C"))
            t2 = threading.Thread(target=self.pump, args=(i, s, c, "S"))
            t1.start(); t2.start(); t1.join(); t2.join()
            self.log(i, "close", b"", addr[1])
            c.close(); s.close()

    def log(self, i, kind, data, port=0):
        with self.lock:
            self.events.append((i, time.time(), kind, data, port))

    def pump(self, i, src, dst, kind):
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if not data:
                try:
                    dst.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                return
            self.log(i, kind, data)
            dst.sendall(data)


def python_client(port, keylog, cipher):
    """A TLS 1.2 client without the extended_master_secret extension (OpenSSL's s_client cannot drop it)."""
    import ssl
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(cipher)
    ctx.options |= 0x1  # SSL_OP_NO_EXTENDED_MASTER_SECRET (OpenSSL 3.0)
    ctx.keylog_filename = keylog
    with socket.create_connection(("127.0.0.1", port)) as raw, ctx.wrap_socket(raw, server_hostname=SNI) as tls:
        for line in LINES:
            tls.sendall((line + "\r\n").encode())
            time.sleep(0.12)
        tls.settimeout(0.5)
        try:
            while tls.recv(65536):  # the reversed lines the server sends back
                pass
        except (socket.timeout, ssl.SSLError):
            pass
        try:
            tls.unwrap()
        except (ssl.SSLError, OSError):
            pass


def checksum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def tcp_frame(src, sport, dst, dport, seq, ack, flags, payload):
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xffffffff, ack & 0xffffffff, 5 << 4, flags, 65535, 0, 0) + payload
    pseudo = socket.inet_aton(src) + socket.inet_aton(dst) + struct.pack("!BBH", 0, 6, len(tcp))
    tcp = tcp[:16] + struct.pack("!H", checksum(pseudo + tcp)) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 0, 0x4000, 64, 6, 0, socket.inet_aton(src), socket.inet_aton(dst))
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    return b"\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x01\x08\x00" + ip + tcp


def write_pcap(path, events):
    cli, srv = "127.0.0.13", "127.0.0.12"
    frames = []
    state = {}
    for i, t, kind, data, port in events:
        if kind == "open":
            cport = 40000 + 17 * i + (port % 7)
            st = state[i] = {"cport": cport, "cseq": 1000 + i * 100000, "sseq": 5000 + i * 100000}
            frames.append((t, tcp_frame(cli, cport, srv, 5061, st["cseq"], 0, 0x02, b"")))
            frames.append((t, tcp_frame(srv, 5061, cli, cport, st["sseq"], st["cseq"] + 1, 0x12, b"")))
            st["cseq"] += 1; st["sseq"] += 1
            frames.append((t, tcp_frame(cli, cport, srv, 5061, st["cseq"], st["sseq"], 0x10, b"")))
            continue
        st = state[i]
        if kind == "close":
            frames.append((t, tcp_frame(cli, st["cport"], srv, 5061, st["cseq"], st["sseq"], 0x11, b"")))
            frames.append((t, tcp_frame(srv, 5061, cli, st["cport"], st["sseq"], st["cseq"] + 1, 0x11, b"")))
            frames.append((t, tcp_frame(cli, st["cport"], srv, 5061, st["cseq"] + 1, st["sseq"] + 1, 0x10, b"")))
            continue
        for off in range(0, len(data), 1448):
            seg = data[off:off + 1448]
            if kind == "C":
                frames.append((t, tcp_frame(cli, st["cport"], srv, 5061, st["cseq"], st["sseq"], 0x18, seg)))
                st["cseq"] += len(seg)
            else:
                frames.append((t, tcp_frame(srv, 5061, cli, st["cport"], st["sseq"], st["cseq"], 0x18, seg)))
                st["sseq"] += len(seg)
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for t, fr in frames:
            f.write(struct.pack("<IIII", int(t), int((t % 1) * 1e6), len(fr), len(fr)) + fr)


def run_scenario(name, sopts, copts, commands, rsa, connections):
    global PORT
    PORT += 2
    sport, rport = PORT, PORT + 1
    keys = os.path.join(OUT, name + ".keys")
    ckeys = keys + ".tmp"
    for p in (keys, ckeys):
        if os.path.exists(p):
            os.remove(p)
    # s_server cannot combine -rev with -early_data: that server only reads (its stdin stays open)
    echo = [] if "-early_data" in sopts else ["-rev"]
    server = subprocess.Popen(["openssl", "s_server", "-accept", "127.0.0.1:%d" % sport, "-cert", CERT, "-key", KEY,
                               "-naccept", str(connections), "-quiet"] + echo + sopts,
                              stdin=subprocess.PIPE if not echo else subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.4)
    relay = Relay(rport, sport, connections)
    relay.start()
    sess = os.path.join(OUT, name + ".sess.tmp")
    for n in range(connections):
        if copts and copts[0] == "python-no-ems":
            python_client(rport, ckeys, copts[1])
            continue
        extra = ["-sess_out", sess] if connections > 1 and n == 0 else ["-sess_in", sess] if n > 0 else []
        if n > 0 and "early_data" in name:
            early = os.path.join(OUT, name + ".early.tmp")
            with open(early, "w") as f:
                f.write("OPTIONS sip:early.biloxi.example.com SIP/2.0\r\nCSeq: 1 OPTIONS\r\n\r\n")
            extra += ["-early_data", early]
        # s_client treats a line starting with R, Q, k or K as a command unless -nocommands is given
        lines = LINES if not commands else ["OPTIONS" + LINES[0][len("REGISTER"):]] + LINES[1:]
        client = subprocess.Popen(["openssl", "s_client", "-connect", "127.0.0.1:%d" % rport, "-servername", SNI,
                                   "-keylogfile", ckeys, "-no_ign_eof", "-crlf"]
                                  + ([] if commands else ["-nocommands"]) + copts + extra,
                                  stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=open(os.path.join(OUT, "client.log"), "ab"))
        time.sleep(0.4)
        try:
            for idx, line in enumerate(lines):
                client.stdin.write((line + "\n").encode()); client.stdin.flush()
                time.sleep(0.12)
                if idx in commands:
                    client.stdin.write((commands[idx] + "\n").encode()); client.stdin.flush()
                    time.sleep(0.3)
            time.sleep(0.3)
            client.stdin.close()
        except BrokenPipeError:
            pass  # the handshake failed: the capture shows how
        client.wait(timeout=10)
        time.sleep(0.3)
    relay.join(timeout=10)
    if not echo:
        server.stdin.close()
    server.wait(timeout=10)
    pcap = os.path.join(OUT, name + ".pcap")
    write_pcap(pcap, sorted(relay.events, key=lambda e: e[1]))
    if os.path.exists(ckeys):
        os.replace(ckeys, keys)
    else:
        open(keys, "w").close()
    for tmp in (sess, os.path.join(OUT, name + ".early.tmp")):
        if os.path.exists(tmp):
            os.remove(tmp)
    reference(name, pcap, keys, rsa, connections)


def follow(pcap, opts, stream):
    """Decrypted bytes of each direction from tshark's TLS follow (raw hex) output."""
    out = subprocess.run(["tshark", "-r", pcap, "-q", "-z", "follow,tls,raw,%d" % stream] + opts,
                         capture_output=True, text=True).stdout
    body = out.split("=" * 67)[1] if "=" * 67 in out else ""
    nodes, data = {}, {0: [], 1: []}
    for ln in body.splitlines():
        if ln.startswith("Node "):
            nodes[int(ln[5])] = ln.split(": ", 1)[1].strip()
        elif ln.strip() and all(c in "0123456789abcdef" for c in ln.strip()):
            data[1 if ln.startswith("\t") else 0].append(ln.strip())
    sent = {n: "".join(v) for n, v in data.items()}
    # tshark 4.0 labels only node 0 reliably (node 1 shows ":0"); tab-indented lines are the other side
    client_node = 0 if nodes.get(0, "").startswith("127.0.0.13:") else 1
    return sent[client_node], sent[1 - client_node]


def fields(pcap, opts):
    out = subprocess.run(["tshark", "-r", pcap, "-Y", "tls.handshake.type==2", "-T", "fields", "-e", "tcp.stream",
                          "-e", "tls.handshake.version", "-e", "tls.handshake.extensions.supported_version",
                          "-e", "tls.handshake.ciphersuite", "-e", "frame.number"] + opts,
                         capture_output=True, text=True).stdout
    rows = []
    for ln in out.splitlines():
        p = ln.split("\t")
        rows.append({"stream": int(p[0]), "version": (p[2] or p[1]).split(",")[0], "cipher_suite": p[3].split(",")[0],
                     "server_hello_frame": int(p[4])})
    return rows


def reference(name, pcap, keys, rsa, connections):
    ref = {"scenario": name, "handshakes": fields(pcap, []), "keylog": {}, "rsa_key_only": {}}
    for s in range(connections):
        c, sv = follow(pcap, ["-o", "tls.keylog_file:" + keys], s)
        ref["keylog"][str(s)] = {"client_hex": c, "server_hex": sv}
        if rsa:
            c2, s2 = follow(pcap, ["-o", 'uat:rsa_keys:"%s",""' % KEY], s)
            ref["rsa_key_only"][str(s)] = {"client_hex": c2, "server_hex": s2}
    if not any(v["client_hex"] or v["server_hex"] for v in ref["keylog"].values()) and "failure" not in name:
        # the client sent exactly what it sends in every -nocommands scenario: name a twin tshark did decrypt
        ref["tshark_decrypts"] = False
        ref["same_plaintext_as"] = "tls12_rsa_aes256_cbc_sha256"
    with open(os.path.join(OUT, name + ".tshark.json"), "w") as f:
        json.dump(ref, f, indent=1)
    ok = all(v["client_hex"] or v["server_hex"] for v in ref["keylog"].values())
    print("%-42s handshakes=%s decrypted_by_tshark=%s" % (name, [(h["version"], h["cipher_suite"]) for h in ref["handshakes"]], ok))


if __name__ == "__main__":
    only = sys.argv[3:]
    for sc in SCENARIOS:
        if not only or sc[0] in only:
            run_scenario(*sc)
