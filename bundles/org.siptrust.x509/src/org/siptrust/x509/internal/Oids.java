package org.siptrust.x509.internal;

import java.math.BigInteger;

/** OBJECT IDENTIFIER decoding from DER content, bounds-checked. */
public final class Oids {

    private Oids() {
    }

    /** Dotted form of an OBJECT IDENTIFIER element (tag 0x06). */
    public static String decode(byte[] b, Der.Tlv t) throws Der.DerException {
        if (t.tag() != 0x06) {
            throw new Der.DerException(t.offset(), "expected an OBJECT IDENTIFIER, found tag 0x"
                    + Integer.toHexString(t.tag()));
        }
        return decodeContent(b, t);
    }

    /** Dotted form of OID content under any tag (e.g. an IMPLICIT [8] registeredID). */
    public static String decodeContent(byte[] b, Der.Tlv t) throws Der.DerException {
        if (t.length() == 0) {
            throw new Der.DerException(t.offset(), "empty OBJECT IDENTIFIER");
        }
        if (t.length() > 256) {
            throw new Der.DerException(t.offset(), "OBJECT IDENTIFIER longer than 256 bytes");
        }
        StringBuilder sb = new StringBuilder();
        BigInteger value = BigInteger.ZERO;
        boolean first = true;
        int start = t.contentOffset();
        for (int i = start; i < t.end(); i++) {
            int octet = b[i] & 0xff;
            value = value.shiftLeft(7).or(BigInteger.valueOf(octet & 0x7f));
            if ((octet & 0x80) != 0) {
                if (i == t.end() - 1) {
                    throw new Der.DerException(t.offset(), "OBJECT IDENTIFIER ends inside an arc");
                }
                continue;
            }
            if (first) {
                // The first subidentifier packs two arcs: 40 * X + Y.
                if (value.compareTo(BigInteger.valueOf(80)) < 0) {
                    int v = value.intValue();
                    sb.append(v / 40).append('.').append(v % 40);
                } else {
                    sb.append("2.").append(value.subtract(BigInteger.valueOf(80)));
                }
                first = false;
            } else {
                sb.append('.').append(value);
            }
            value = BigInteger.ZERO;
        }
        return sb.toString();
    }
}
