package org.siptrust.capture.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.siptrust.capture.CaptureFormatException;
import org.siptrust.capture.RawFrame;
import org.siptrust.core.Finding;

/**
 * pcapng: sections in either byte order, interfaces with their link types and timestamp
 * resolutions/offsets, Enhanced, Simple and obsolete Packet Blocks (the frames), and Decryption
 * Secrets Blocks carrying TLS key logs. Other block types are skipped by their length.
 */
public final class PcapngReader implements FrameSource {
    private static final int SHB = 0x0A0D0D0A;
    private static final int IDB = 1;
    private static final int OPB = 2;
    private static final int SPB = 3;
    private static final int EPB = 6;
    private static final int DSB = 10;
    private static final long TLS_KEY_LOG = 0x544c534bL;
    private static final int MAX_BLOCK = 64 * 1024 * 1024;

    private final RecordInput in;
    private final List<Finding> damage = new ArrayList<>();
    private final List<String> keyLogs = new ArrayList<>();
    private final List<Interface> interfaces = new ArrayList<>();
    private long number;
    private boolean done;

    private record Interface(int linkType, int snapLen, long unitsPerSecond, long offsetSeconds) {
    }

    public PcapngReader(RecordInput in) throws IOException, CaptureFormatException {
        this.in = in;
        byte[] head = in.peek(12);
        if (head == null || Bytes.u32be(head, 0) != 0x0A0D0D0AL) {
            throw new CaptureFormatException("not a pcapng file", 0);
        }
        long bom = Bytes.u32be(head, 8);
        if (bom != 0x1A2B3C4DL && bom != 0x4D3C2B1AL) {
            throw new CaptureFormatException("pcapng section header has no valid byte-order magic", 8);
        }
    }

    @Override
    public String format() {
        return "pcapng";
    }

    @Override
    public RawFrame next() throws IOException {
        while (!done) {
            if (in.atEnd()) {
                done = true;
                return null;
            }
            long offset = in.position();
            try {
                RawFrame f = block(offset);
                if (f != null) {
                    return f;
                }
            } catch (RecordInput.TruncatedException e) {
                done = true;
                damage.add(Damage.at(offset, number, "the file ends inside a block (" + (e.offset + e.got - offset)
                        + " bytes of the block present)"));
            } catch (BlockException e) {
                done = true;
                damage.add(Damage.at(offset, number, e.getMessage()));
            }
        }
        return null;
    }

    private static final class BlockException extends IOException {
        private static final long serialVersionUID = 1L;

        BlockException(String m) {
            super(m);
        }
    }

    private RawFrame block(long offset) throws IOException {
        byte[] typeBytes = in.peek(4);
        if (typeBytes == null) {
            throw new RecordInput.TruncatedException(offset, 4, 0);
        }
        if (Bytes.u32be(typeBytes, 0) == 0x0A0D0D0AL) {
            return sectionHeader(offset);
        }
        int type = (int) in.u32();
        long total = in.u32();
        if (total < 12 || total % 4 != 0 || total > MAX_BLOCK) {
            throw new BlockException("block of type " + type + " has an invalid length " + total);
        }
        int bodyLen = (int) total - 12;
        byte[] body = in.read(bodyLen);
        long trailer = in.u32();
        if (trailer != total) {
            throw new BlockException("block of type " + type + " has mismatched lengths " + total + "/" + trailer);
        }
        return switch (type) {
            case IDB -> { interfaceBlock(body); yield null; }
            case EPB -> packet(body, offset, true);
            case OPB -> packet(body, offset, false);
            case SPB -> simplePacket(body, offset);
            case DSB -> { secrets(body); yield null; }
            default -> null;
        };
    }

    private RawFrame sectionHeader(long offset) throws IOException {
        in.skip(4);
        byte[] lenAndBom = in.read(8);
        long bomBe = Bytes.u32be(lenAndBom, 4);
        boolean big = bomBe == 0x1A2B3C4DL;
        if (!big && bomBe != 0x4D3C2B1AL) {
            throw new BlockException("section header with invalid byte-order magic");
        }
        in.bigEndian(big);
        long total = big ? Bytes.u32be(lenAndBom, 0) : Bytes.u32le(lenAndBom, 0);
        if (total < 28 || total % 4 != 0 || total > MAX_BLOCK) {
            throw new BlockException("section header has an invalid length " + total);
        }
        in.skip(total - 12);
        interfaces.clear();
        return null;
    }

    private void interfaceBlock(byte[] b) throws BlockException {
        if (b.length < 8) {
            throw new BlockException("interface description block too short");
        }
        int link = u16(b, 0);
        int snap = (int) u32(b, 4);
        long units = 1_000_000L;
        long offsetSec = 0;
        int p = 8;
        while (p + 4 <= b.length) {
            int code = u16(b, p);
            int len = u16(b, p + 2);
            p += 4;
            if (code == 0 || p + len > b.length) {
                break;
            }
            if (code == 9 && len >= 1) {
                int r = b[p] & 0xff;
                units = (r & 0x80) != 0 ? 1L << Math.min(r & 0x7f, 62) : pow10(r & 0x7f);
            } else if (code == 14 && len >= 8) {
                offsetSec = in.isBigEndian() ? (u32(b, p) << 32) | u32(b, p + 4) : (u32(b, p + 4) << 32) | u32(b, p);
            }
            p += (len + 3) & ~3;
        }
        interfaces.add(new Interface(link, snap, units, offsetSec));
    }

    private static long pow10(int e) {
        long v = 1;
        for (int i = 0; i < Math.min(e, 18); i++) {
            v *= 10;
        }
        return v;
    }

    private RawFrame packet(byte[] b, long offset, boolean enhanced) throws BlockException {
        if (b.length < 20) {
            throw new BlockException("packet block too short");
        }
        int ifIndex = enhanced ? (int) u32(b, 0) : u16(b, 0);
        Interface itf = iface(ifIndex);
        long ts = (u32(b, 4) << 32) | u32(b, 8);
        long cap = u32(b, 12);
        long orig = u32(b, 16);
        if (cap > b.length - 20) {
            throw new BlockException("packet block claims " + cap + " captured bytes but holds " + (b.length - 20));
        }
        byte[] data = new byte[(int) cap];
        System.arraycopy(b, 20, data, 0, (int) cap);
        number++;
        return new RawFrame(number, nanos(ts, itf), itf.linkType, data, (int) Math.min(orig, Integer.MAX_VALUE), offset);
    }

    private RawFrame simplePacket(byte[] b, long offset) throws BlockException {
        if (b.length < 4) {
            throw new BlockException("simple packet block too short");
        }
        Interface itf = iface(0);
        long orig = u32(b, 0);
        int cap = (int) Math.min(orig, b.length - 4);
        if (itf.snapLen > 0) {
            cap = Math.min(cap, itf.snapLen);
        }
        byte[] data = new byte[cap];
        System.arraycopy(b, 4, data, 0, cap);
        number++;
        return new RawFrame(number, 0, itf.linkType, data, (int) Math.min(orig, Integer.MAX_VALUE), offset);
    }

    private Interface iface(int index) throws BlockException {
        if (index < 0 || index >= interfaces.size()) {
            throw new BlockException("packet refers to interface " + index + " which was not described");
        }
        return interfaces.get(index);
    }

    private static long nanos(long ts, Interface itf) {
        long units = itf.unitsPerSecond;
        long sec = Long.divideUnsigned(ts, units);
        long rem = Long.remainderUnsigned(ts, units);
        long frac = units == 1_000_000_000L ? rem : (long) ((double) rem * 1_000_000_000d / units);
        return (sec + itf.offsetSeconds) * 1_000_000_000L + frac;
    }

    private void secrets(byte[] b) throws BlockException {
        if (b.length < 8) {
            throw new BlockException("decryption secrets block too short");
        }
        long type = u32(b, 0);
        long len = u32(b, 4);
        if (len > b.length - 8) {
            throw new BlockException("decryption secrets block claims " + len + " bytes but holds " + (b.length - 8));
        }
        if (type == TLS_KEY_LOG) {
            keyLogs.add(new String(b, 8, (int) len, StandardCharsets.US_ASCII));
        }
    }

    private int u16(byte[] b, int off) {
        return in.isBigEndian() ? Bytes.u16be(b, off) : Bytes.u16le(b, off);
    }

    private long u32(byte[] b, int off) {
        return in.isBigEndian() ? Bytes.u32be(b, off) : Bytes.u32le(b, off);
    }

    @Override
    public List<Finding> damage() {
        return damage;
    }

    @Override
    public List<String> keyLogs() {
        return keyLogs;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
