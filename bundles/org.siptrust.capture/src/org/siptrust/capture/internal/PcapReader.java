package org.siptrust.capture.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.siptrust.capture.CaptureFormatException;
import org.siptrust.capture.RawFrame;
import org.siptrust.core.Finding;

/**
 * Classic libpcap files: microsecond and nanosecond magic, either byte order. A record header
 * with an impossible length or a record cut by the end of the file stops reading and becomes a
 * {@code capture-damaged} finding; every complete record before it is delivered.
 */
public final class PcapReader implements FrameSource {
    /** Larger than any real snapshot length; a record claiming more is corrupt. */
    static final int MAX_RECORD = 16 * 1024 * 1024;

    private final RecordInput in;
    private final boolean nanos;
    private final int linkType;
    private final List<Finding> damage = new ArrayList<>();
    private long number;
    private boolean done;

    public PcapReader(RecordInput in) throws IOException, CaptureFormatException {
        this.in = in;
        byte[] magic = in.peek(4);
        if (magic == null) {
            throw new CaptureFormatException("file too short for a pcap header", 0);
        }
        long be = Bytes.u32be(magic, 0);
        switch ((int) be) {
            case 0xa1b2c3d4 -> { in.bigEndian(true); nanos = false; }
            case 0xa1b23c4d -> { in.bigEndian(true); nanos = true; }
            case 0xd4c3b2a1 -> { in.bigEndian(false); nanos = false; }
            case 0x4d3cb2a1 -> { in.bigEndian(false); nanos = true; }
            default -> throw new CaptureFormatException("not a pcap file (magic " + Long.toHexString(be) + ")", 0);
        }
        try {
            in.skip(4);
            int major = in.u16();
            in.u16(); // minor
            in.u32(); // thiszone
            in.u32(); // sigfigs
            in.u32(); // snaplen
            long network = in.u32();
            if (major != 2) {
                throw new CaptureFormatException("unsupported pcap version " + major, 4);
            }
            linkType = (int) (network & 0x0fffffff);
        } catch (RecordInput.TruncatedException e) {
            throw new CaptureFormatException("file ends inside the 24-byte pcap header", e.offset);
        }
    }

    @Override
    public String format() {
        return "pcap";
    }

    @Override
    public RawFrame next() throws IOException {
        if (done || in.atEnd()) {
            done = true;
            return null;
        }
        long offset = in.position();
        try {
            long sec = in.u32();
            long frac = in.u32();
            long incl = in.u32();
            long orig = in.u32();
            if (incl > MAX_RECORD || (frac >= (nanos ? 1_000_000_000L : 1_000_000L))) {
                done = true;
                damage.add(Damage.at(offset, number, incl > MAX_RECORD
                        ? "record header claims " + incl + " captured bytes"
                        : "record header has an impossible timestamp fraction " + frac));
                return null;
            }
            byte[] data = in.read((int) incl);
            long t = sec * 1_000_000_000L + (nanos ? frac : frac * 1000L);
            number++;
            return new RawFrame(number, t, linkType, data, (int) Math.min(orig, Integer.MAX_VALUE), offset);
        } catch (RecordInput.TruncatedException e) {
            done = true;
            damage.add(Damage.at(offset, number, "the file ends inside a packet record (" + e.got + " of "
                    + e.wanted + " bytes present)"));
            return null;
        }
    }

    @Override
    public List<Finding> damage() {
        return damage;
    }

    @Override
    public List<String> keyLogs() {
        return List.of();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
