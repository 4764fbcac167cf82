package org.siptrust.x509.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounds-checked walk over DER (tag, length, value) elements. Every length is checked against
 * the bytes that are really there before anything is read or allocated, so truncated input,
 * absurd length fields and deep nesting turn into a {@link DerException} that names the offset,
 * never into an exception from deep inside an ASN.1 library, a huge allocation or a stack
 * overflow. Bouncy Castle only sees bytes this class has already walked.
 */
public final class Der {

    /** Deepest nesting accepted; real certificates stay under 12. */
    public static final int MAX_DEPTH = 48;

    private Der() {
    }

    /** A structural problem at a byte offset. */
    public static final class DerException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        public DerException(int offset, String reason) {
            super(reason);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    /**
     * One element: where it starts, its identifier octet, the header length and the content
     * length. Offsets are relative to the array it was read from.
     */
    public record Tlv(int offset, int tag, int headerLength, int length) {
        public int contentOffset() {
            return offset + headerLength;
        }

        public int end() {
            return offset + headerLength + length;
        }

        public int totalLength() {
            return headerLength + length;
        }

        public boolean constructed() {
            return (tag & 0x20) != 0;
        }

        /** The tag number for single-octet tags (universal SEQUENCE is 0x30, so 16 here). */
        public int number() {
            return tag & 0x1f;
        }

        public int tagClass() {
            return tag & 0xc0;
        }

        public byte[] bytes(byte[] src) {
            byte[] out = new byte[totalLength()];
            System.arraycopy(src, offset, out, 0, out.length);
            return out;
        }

        public byte[] content(byte[] src) {
            byte[] out = new byte[length];
            System.arraycopy(src, contentOffset(), out, 0, length);
            return out;
        }
    }

    /** Reads the element header at {@code offset}; its content must end by {@code limit}. */
    public static Tlv read(byte[] b, int offset, int limit) throws DerException {
        if (offset >= limit) {
            throw new DerException(offset, "truncated: element expected but input ends");
        }
        int p = offset;
        int tag = b[p++] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            // High tag number form: a few continuation octets at most.
            int n = 0;
            while (true) {
                if (p >= limit) {
                    throw new DerException(offset, "truncated tag");
                }
                int t = b[p++] & 0xff;
                if (++n > 4) {
                    throw new DerException(offset, "tag number too long");
                }
                if ((t & 0x80) == 0) {
                    break;
                }
            }
        }
        if (p >= limit) {
            throw new DerException(offset, "truncated: length octet missing");
        }
        int first = b[p++] & 0xff;
        long length;
        if (first < 0x80) {
            length = first;
        } else if (first == 0x80) {
            throw new DerException(offset, "indefinite length is not DER");
        } else {
            int n = first & 0x7f;
            if (n > 4) {
                throw new DerException(offset, "absurd length field of " + n + " octets");
            }
            if (p + n > limit) {
                throw new DerException(offset, "truncated length field");
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (b[p++] & 0xff);
            }
        }
        int headerLength = p - offset;
        if (length > limit - p) {
            throw new DerException(offset, "element claims " + length + " bytes but only " + (limit - p)
                    + " remain");
        }
        return new Tlv(offset, tag, headerLength, (int) length);
    }

    /** Reads exactly one element spanning all of {@code b[offset, limit)} and checks its whole tree. */
    public static Tlv single(byte[] b, int offset, int limit) throws DerException {
        Tlv t = read(b, offset, limit);
        if (t.end() != limit) {
            throw new DerException(t.end(), (limit - t.end()) + " trailing bytes after the element");
        }
        check(b, t, 0);
        return t;
    }

    /** Walks the whole tree below {@code t}, so no nested length is inconsistent or too deep. */
    public static void check(byte[] b, Tlv t, int depth) throws DerException {
        if (depth > MAX_DEPTH) {
            throw new DerException(t.offset(), "nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (!t.constructed()) {
            return;
        }
        int p = t.contentOffset();
        while (p < t.end()) {
            Tlv c = read(b, p, t.end());
            check(b, c, depth + 1);
            p = c.end();
        }
    }

    /** The direct children of a constructed element (already checked). */
    public static List<Tlv> children(byte[] b, Tlv t) throws DerException {
        List<Tlv> out = new ArrayList<>();
        if (!t.constructed()) {
            throw new DerException(t.offset(), "expected a constructed element, found tag 0x"
                    + Integer.toHexString(t.tag()));
        }
        int p = t.contentOffset();
        while (p < t.end()) {
            Tlv c = read(b, p, t.end());
            out.add(c);
            p = c.end();
        }
        return out;
    }

    /** Checks that the content of a primitive element (e.g. an OCTET STRING) is one DER element. */
    public static Tlv innerSingle(byte[] b, Tlv t) throws DerException {
        return single(b, t.contentOffset(), t.end());
    }
}
