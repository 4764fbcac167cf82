package org.siptrust.dns;

import java.util.Locale;
import java.util.Objects;

/**
 * What a SIP element resolves per RFC 3263: the host part (TARGET: maddr if present, else host),
 * an explicit port, the transport parameter, whether the URI is sips, and where the URI came from
 * ({@code Request-URI}, {@code Route}, ...).
 *
 * @param host           host name or IP literal (IPv6 without brackets)
 * @param port           explicit port, -1 if none
 * @param transportParam the {@code transport} parameter, null if none
 * @param sips           true for a sips: URI
 * @param source         where the URI was taken from
 */
public record SipTarget(String host, int port, String transportParam, boolean sips, String source) {

    public SipTarget {
        Objects.requireNonNull(host, "host");
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.endsWith(".") && host.length() > 1) {
            host = host.substring(0, host.length() - 1);
        }
    }

    /**
     * Reads the parts RFC 3263 needs from a SIP or SIPS URI such as
     * {@code sip:bob@sip.biloxi.example.com:5061;transport=tls;lr} (angle brackets and a display
     * name are tolerated). {@code maddr} replaces the host, as RFC 3263 §4 says.
     *
     * @throws IllegalArgumentException when the text is not a sip: or sips: URI
     */
    public static SipTarget parse(String uri, String source) {
        String u = uri.trim();
        int lt = u.indexOf('<');
        if (lt >= 0) {
            int gt = u.indexOf('>', lt);
            u = u.substring(lt + 1, gt < 0 ? u.length() : gt);
        }
        String lower = u.toLowerCase(Locale.ROOT);
        boolean sips;
        if (lower.startsWith("sips:")) {
            sips = true;
            u = u.substring(5);
        } else if (lower.startsWith("sip:")) {
            sips = false;
            u = u.substring(4);
        } else {
            throw new IllegalArgumentException("not a sip: or sips: URI: " + uri);
        }
        int headers = u.indexOf('?');
        if (headers >= 0) {
            u = u.substring(0, headers);
        }
        String[] parts = u.split(";");
        String hostport = parts[0];
        int at = hostport.lastIndexOf('@');
        if (at >= 0) {
            hostport = hostport.substring(at + 1);
        }
        String host;
        int port = -1;
        if (hostport.startsWith("[")) {
            int close = hostport.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unterminated IPv6 reference in " + uri);
            }
            host = hostport.substring(1, close);
            if (close + 1 < hostport.length() && hostport.charAt(close + 1) == ':') {
                port = parsePort(hostport.substring(close + 2), uri);
            }
        } else {
            int colon = hostport.indexOf(':');
            host = colon < 0 ? hostport : hostport.substring(0, colon);
            if (colon >= 0) {
                port = parsePort(hostport.substring(colon + 1), uri);
            }
        }
        String transport = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            int eq = p.indexOf('=');
            String key = (eq < 0 ? p : p.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : p.substring(eq + 1).trim();
            if (key.equals("transport")) {
                transport = value;
            } else if (key.equals("maddr") && !value.isEmpty()) {
                host = value;
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host in " + uri);
        }
        return new SipTarget(host, port, transport, sips, source);
    }

    private static int parsePort(String s, String uri) {
        try {
            int p = Integer.parseInt(s.trim());
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException("port out of range in " + uri);
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in " + uri);
        }
    }

    /** True when the host is an IPv4 or IPv6 literal: RFC 3263 then does no DNS lookup. */
    public boolean isNumericHost() {
        return isIpLiteral(host);
    }

    static boolean isIpLiteral(String h) {
        if (h.indexOf(':') >= 0) {
            return h.matches("[0-9A-Fa-f:.]+(%.+)?");
        }
        String[] octets = h.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String o : octets) {
            if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(Character::isDigit) || Integer.parseInt(o) > 255) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return (sips ? "sips:" : "sip:") + h + (port >= 0 ? ":" + port : "")
                + (transportParam != null ? ";transport=" + transportParam : "");
    }
}
