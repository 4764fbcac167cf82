package org.siptrust.core;

/**
 * Text forms of IP addresses, the way tshark prints them and reports compare them: IPv4 dotted
 * quad; IPv6 per RFC 5952 (lower case, leading zeros dropped, the longest run of two or more zero
 * groups, the first of equal runs, as "::"), with an IPv4-mapped address keeping its dotted tail
 * (RFC 5952 §5). One implementation for the capture decoder, the certificate model and the views.
 */
public final class IpText {
    private IpText() {
    }

    /** The four bytes at {@code off} as a dotted quad. */
    public static String v4(byte[] b, int off) {
        return (b[off] & 0xff) + "." + (b[off + 1] & 0xff) + "." + (b[off + 2] & 0xff) + "." + (b[off + 3] & 0xff);
    }

    /** The sixteen bytes at {@code off} in RFC 5952 form. */
    public static String v6(byte[] b, int off) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((b[off + 2 * i] & 0xff) << 8) | (b[off + 2 * i + 1] & 0xff);
        }
        if (w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0xffff) {
            return "::ffff:" + v4(b, off + 12);
        }
        int bestStart = -1;
        int bestLen = 1; // a single zero group is not shortened (RFC 5952 §4.2.2)
        for (int i = 0; i < 8;) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(w[i]));
        }
        return sb.toString();
    }
}
