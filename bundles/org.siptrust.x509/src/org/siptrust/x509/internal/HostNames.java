package org.siptrust.x509.internal;

import java.net.IDN;
import java.util.Locale;

import org.siptrust.core.IpText;

/**
 * Host name and IP literal helpers for identity matching. Nothing here resolves names: IP
 * literals are parsed by hand so that no string ever reaches a DNS lookup.
 */
public final class HostNames {

    private HostNames() {
    }

    /**
     * Lower-case A-label form of a DNS name with one trailing dot removed; names that IDNA cannot
     * convert are only lower-cased (they will simply not match anything).
     */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String s = name.trim();
        if (s.endsWith(".") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
        }
        boolean ascii = s.chars().allMatch(c -> c < 0x80);
        if (!ascii) {
            try {
                s = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                // keep the raw text; a name IDNA rejects cannot be a valid identity anyway
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** True for a syntactically valid DNS host name (LDH labels; underscore tolerated), no wildcard. */
    public static boolean isDnsName(String s) {
        if (s == null || s.isEmpty() || s.length() > 253 || parseIp(s) != null) {
            return false;
        }
        String[] labels = s.split("\\.", -1);
        for (String l : labels) {
            if (l.isEmpty() || l.length() > 63 || l.startsWith("-") || l.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '_';
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    public static boolean isWildcard(String s) {
        return s != null && s.indexOf('*') >= 0;
    }

    /**
     * RFC 9525 §6.3: the wildcard must be the complete left-most label and matches exactly one
     * label; we also require at least two labels after it so {@code *.com} matches nothing.
     */
    public static boolean wildcardMatchesStrict(String pattern, String reference) {
        String p = normalize(pattern);
        String r = normalize(reference);
        if (!p.startsWith("*.") || p.indexOf('*', 1) >= 0) {
            return false;
        }
        String suffix = p.substring(2);
        if (suffix.indexOf('.') < 0 || !isDnsName(suffix)) {
            return false;
        }
        int dot = r.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        return r.substring(dot + 1).equals(suffix) && isDnsName(r);
    }

    /**
     * What many SIP and TLS stacks accept: a {@code *} anywhere in the left-most label (also
     * partial, like {@code sip*.example.com}) matching within exactly one label.
     */
    public static boolean wildcardMatchesLenient(String pattern, String reference) {
        String p = normalize(pattern);
        String r = normalize(reference);
        int pd = p.indexOf('.');
        int rd = r.indexOf('.');
        if (pd < 0 || rd < 0) {
            return false;
        }
        String pl = p.substring(0, pd);
        if (pl.indexOf('*') < 0 || p.indexOf('*', pd) >= 0) {
            return false;
        }
        if (!p.substring(pd + 1).equals(r.substring(rd + 1))) {
            return false;
        }
        String rl = r.substring(0, rd);
        int star = pl.indexOf('*');
        String pre = pl.substring(0, star);
        String post = pl.substring(star + 1);
        if (post.indexOf('*') >= 0) {
            return false;
        }
        return rl.length() >= pre.length() + post.length() && rl.startsWith(pre) && rl.endsWith(post);
    }

    /** Parses an IPv4 or IPv6 literal (optionally in brackets); null if it is not one. */
    public static byte[] parseIp(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        byte[] v4 = parseIpv4(t);
        if (v4 != null) {
            return v4;
        }
        return t.indexOf(':') >= 0 ? parseIpv6(t) : null;
    }

    private static byte[] parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] parseIpv6(String s) {
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        byte[] tail4 = null;
        int lastColon = s.lastIndexOf(':');
        if (s.indexOf('.', lastColon) >= 0) {
            tail4 = parseIpv4(s.substring(lastColon + 1));
            if (tail4 == null) {
                return null;
            }
            s = s.substring(0, lastColon + 1) + "0:0";
        }
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        String[] head;
        String[] tail;
        if (dbl >= 0) {
            String h = s.substring(0, dbl);
            String t = s.substring(dbl + 2);
            head = h.isEmpty() ? new String[0] : h.split(":", -1);
            tail = t.isEmpty() ? new String[0] : t.split(":", -1);
            if (head.length + tail.length > 7) {
                return null;
            }
        } else {
            head = s.split(":", -1);
            tail = new String[0];
            if (head.length != 8) {
                return null;
            }
        }
        int[] groups = new int[8];
        for (int i = 0; i < head.length; i++) {
            Integer g = group(head[i]);
            if (g == null) {
                return null;
            }
            groups[i] = g;
        }
        for (int i = 0; i < tail.length; i++) {
            Integer g = group(tail[i]);
            if (g == null) {
                return null;
            }
            groups[8 - tail.length + i] = g;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[2 * i] = (byte) (groups[i] >> 8);
            out[2 * i + 1] = (byte) groups[i];
        }
        if (tail4 != null) {
            System.arraycopy(tail4, 0, out, 12, 4);
        }
        return out;
    }

    private static Integer group(String g) {
        if (g.isEmpty() || g.length() > 4) {
            return null;
        }
        for (int i = 0; i < g.length(); i++) {
            if (Character.digit(g.charAt(i), 16) < 0) {
                return null;
            }
        }
        return Integer.parseInt(g, 16);
    }

    /** IPv4 dotted quad, IPv6 in RFC 5952 form; other lengths as hex. */
    public static String formatIp(byte[] a) {
        if (a.length == 4) {
            return IpText.v4(a, 0);
        }
        return a.length == 16 ? IpText.v6(a, 0) : "#" + Hexes.upper(a);
    }

    /** What OpenSSL 3.0 prints for an iPAddress: dotted quad, or eight un-compressed hex groups. */
    public static String formatIpOpenSsl(byte[] a) {
        if (a.length == 4) {
            return formatIp(a);
        }
        if (a.length == 16) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    sb.append(':');
                }
                sb.append(Integer.toHexString(((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff)).toUpperCase(Locale.ROOT));
            }
            return sb.toString();
        }
        return "<invalid length=" + a.length + ">";
    }
}
