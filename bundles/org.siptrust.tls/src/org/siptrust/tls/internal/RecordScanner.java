package org.siptrust.tls.internal;

import java.util.ArrayList;
import java.util.List;

import org.siptrust.core.FramedBytes;

/**
 * Splits one direction of a TCP connection into TLS records. Records may span segments and a
 * segment may hold several records; both are invisible here because the input is the reassembled
 * stream. Where the stream has a gap, or a record header is implausible (unknown type, version
 * or an absurd length), the scanner reports it and resynchronises at the next offset that starts
 * a chain of plausible headers, so one bad spot never loses the rest of the connection.
 */
public final class RecordScanner {

    /** Largest fragment any TLS version allows on the wire (2^14 + 2048). */
    public static final int MAX_FRAGMENT = 16384 + 2048;

    /** A place where the stream could not be read as records. */
    public record Damage(int offset, long frame, String what, int resumeOffset, long resumeFrame) {
    }

    /** Scan result: records in stream order and the damage met on the way. */
    public record Result(List<TlsRecord> records, List<Damage> damage, boolean startsWithRecord, int trailingBytes) {
    }

    private RecordScanner() {
    }

    public static Result scan(FramedBytes stream, boolean fromClient) {
        List<TlsRecord> records = new ArrayList<>();
        List<Damage> damage = new ArrayList<>();
        int len = stream.length();
        if (len == 0) {
            return new Result(records, damage, false, 0);
        }
        byte[] b = stream.array();
        int[] gaps = stream.gapOffsets();
        int gi = 0;
        int pos = 0;
        int number = 0;
        boolean lost = false;
        long lostBytes = 0;
        int expectedVersion = -1;
        int trailing = 0;
        boolean startsWithRecord;

        if (fromClient && isSslv2ClientHello(b, 0, len, gaps)) {
            int recLen = ((b[0] & 0x7f) << 8) | (b[1] & 0xff);
            int end = 2 + recLen;
            records.add(new TlsRecord(true, ++number, TlsRecord.HANDSHAKE, 0x0002, 0, 2, recLen,
                    stream.frameAt(end - 1), stream.timeAt(end - 1), false, 0, true));
            pos = end;
            startsWithRecord = true;
        } else {
            startsWithRecord = plausible(b, 0, len, -1)
                    && ((b[0] & 0xff) == TlsRecord.HANDSHAKE || confirmed(b, 0, segmentEnd(gaps, 0, len), len, -1));
        }
        boolean resyncNeeded = !startsWithRecord;
        if (resyncNeeded) {
            lost = true;
            lostBytes = -1;
        }
        while (pos < len) {
            while (gi < gaps.length && gaps[gi] <= pos) {
                gi++;
            }
            int segEnd = gi < gaps.length ? gaps[gi] : len;
            if (resyncNeeded) {
                int q = resync(b, pos, segEnd, len, expectedVersion);
                if (q < 0) {
                    lostBytes = -1;
                    pos = segEnd;
                    continue;
                }
                if (lostBytes >= 0) {
                    lostBytes += q - pos;
                }
                pos = q;
                resyncNeeded = false;
            }
            if (segEnd - pos < 5 || !plausible(b, pos, segEnd, expectedVersion)
                    || pos + 5 + (((b[pos + 3] & 0xff) << 8) | (b[pos + 4] & 0xff)) > segEnd) {
                boolean corrupt = segEnd - pos >= 5 && !plausible(b, pos, segEnd, expectedVersion);
                if (!corrupt && segEnd == len) {
                    trailing = segEnd - pos; // the capture ends inside this record
                    break;
                }
                if (corrupt) {
                    int q = resync(b, pos + 1, segEnd, len, expectedVersion);
                    int resume = q < 0 ? segEnd : q;
                    damage.add(new Damage(pos, stream.frameAt(pos), "corrupt record header (" + describeHeader(b, pos)
                            + ")", resume, resume < len ? stream.frameAt(resume) : -1));
                    lost = true;
                    lostBytes = resume - pos;
                    if (q < 0) {
                        resyncNeeded = true;
                        if (segEnd < len) {
                            lostBytes = addGap(lostBytes, stream, gi);
                        }
                    }
                    pos = resume;
                } else {
                    damage.add(new Damage(pos, stream.frameAt(pos), "record cut by missing TCP data", segEnd,
                            stream.frameAt(segEnd)));
                    lost = true;
                    lostBytes = addGap(segEnd - pos, stream, gi);
                    resyncNeeded = true;
                    pos = segEnd;
                }
                continue;
            }
            int type = b[pos] & 0xff;
            int version = ((b[pos + 1] & 0xff) << 8) | (b[pos + 2] & 0xff);
            int fragLen = ((b[pos + 3] & 0xff) << 8) | (b[pos + 4] & 0xff);
            int end = pos + 5 + fragLen;
            if (type == TlsRecord.APPLICATION_DATA || type == TlsRecord.CHANGE_CIPHER_SPEC) {
                expectedVersion = version;
            }
            records.add(new TlsRecord(fromClient, ++number, type, version, pos, pos + 5, fragLen, stream.frameAt(end - 1),
                    stream.timeAt(end - 1), lost, lost ? lostBytes : 0, false));
            lost = false;
            lostBytes = 0;
            pos = end;
            if (pos < len && gi < gaps.length && gaps[gi] == pos) {
                // a gap right at a record boundary: the bytes after it start anywhere
                lost = true;
                lostBytes = addGap(0, stream, gi);
                resyncNeeded = true;
            }
        }
        return new Result(records, damage, startsWithRecord, trailing);
    }

    /** {@code partial} plus the size of gap {@code gapIndex}; -1 when either is unknown. */
    private static long addGap(long partial, FramedBytes stream, int gapIndex) {
        long[] sizes = stream.gapSizes();
        if (partial >= 0 && gapIndex < sizes.length && sizes[gapIndex] >= 0) {
            return partial + sizes[gapIndex];
        }
        return -1;
    }

    private static int segmentEnd(int[] gaps, int pos, int len) {
        for (int g : gaps) {
            if (g > pos) {
                return g;
            }
        }
        return len;
    }

    /** True when a plausible record header starts at {@code p} (5 bytes available before {@code limit}). */
    static boolean plausible(byte[] b, int p, int limit, int expectedVersion) {
        if (limit - p < 5) {
            return false;
        }
        int type = b[p] & 0xff;
        if (type < 20 || type > 24) {
            return false;
        }
        if ((b[p + 1] & 0xff) != 3 || (b[p + 2] & 0xff) > 4) {
            return false;
        }
        int version = 0x0300 | (b[p + 2] & 0xff);
        if (expectedVersion > 0 && version != expectedVersion && type != TlsRecord.HANDSHAKE
                && type != TlsRecord.ALERT) {
            return false;
        }
        int len = ((b[p + 3] & 0xff) << 8) | (b[p + 4] & 0xff);
        if (len > MAX_FRAGMENT) {
            return false;
        }
        return len > 0 || type == TlsRecord.APPLICATION_DATA;
    }

    /** A plausible header is confirmed when the next header after it is plausible too, or it ends the data. */
    static boolean confirmed(byte[] b, int p, int segEnd, int len, int expectedVersion) {
        int fragLen = ((b[p + 3] & 0xff) << 8) | (b[p + 4] & 0xff);
        int end = p + 5 + fragLen;
        if (end == segEnd) {
            return true;
        }
        if (end > segEnd) {
            return segEnd == len && expectedVersion > 0; // capture ends inside it
        }
        int version = 0x0300 | (b[p + 2] & 0xff);
        return plausible(b, end, segEnd, expectedVersion > 0 ? expectedVersion : version);
    }

    /** The first offset in {@code [from, segEnd)} where a confirmed record header starts, or -1. */
    static int resync(byte[] b, int from, int segEnd, int len, int expectedVersion) {
        for (int q = from; q + 5 <= segEnd; q++) {
            if (plausible(b, q, segEnd, expectedVersion) && confirmed(b, q, segEnd, len, expectedVersion)) {
                return q;
            }
        }
        return -1;
    }

    private static boolean isSslv2ClientHello(byte[] b, int p, int len, int[] gaps) {
        if (len < 11 || (b[p] & 0x80) == 0 || b[p + 2] != 1) {
            return false;
        }
        int major = b[p + 3] & 0xff;
        if (!(major == 0 && b[p + 4] == 2) && major != 3) {
            return false;
        }
        int recLen = ((b[p] & 0x7f) << 8) | (b[p + 1] & 0xff);
        int segEnd = segmentEnd(gaps, 0, len);
        return recLen >= 9 && 2 + recLen <= segEnd;
    }

    private static String describeHeader(byte[] b, int p) {
        StringBuilder sb = new StringBuilder();
        int n = Math.min(5, b.length - p);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02x", b[p + i] & 0xff));
        }
        int len = n == 5 ? ((b[p + 3] & 0xff) << 8) | (b[p + 4] & 0xff) : -1;
        if ((b[p] & 0xff) >= 20 && (b[p] & 0xff) <= 24 && len > MAX_FRAGMENT) {
            sb.append(", length ").append(len).append(" exceeds ").append(MAX_FRAGMENT);
        }
        return sb.toString();
    }
}
