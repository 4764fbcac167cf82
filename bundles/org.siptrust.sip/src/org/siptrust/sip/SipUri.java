package org.siptrust.sip;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.siptrust.sip.internal.Params;

/**
 * A SIP, SIPS or tel URI (RFC 3261 §19.1, RFC 3966), or any other absolute URI kept opaque.
 * Immutable; {@link #toString()} returns the text it was parsed from. The host of an IPv6
 * reference is returned without brackets. Parameter names are lower-case; a parameter without a
 * value ({@code ;lr}) maps to the empty string.
 */
public final class SipUri {

    private final String raw;
    private final String scheme;
    private final String user;
    private final String password;
    private final String host;
    private final boolean ipv6Reference;
    private final int port;
    private final Map<String, String> params;
    private final Map<String, String> headers;
    private final String opaque;

    private SipUri(String raw, String scheme, String user, String password, String host, boolean ipv6Reference,
            int port, Map<String, String> params, Map<String, String> headers, String opaque) {
        this.raw = raw;
        this.scheme = scheme;
        this.user = user;
        this.password = password;
        this.host = host;
        this.ipv6Reference = ipv6Reference;
        this.port = port;
        this.params = params;
        this.headers = headers;
        this.opaque = opaque;
    }

    /** Parses a URI; throws with the offset of the first character that does not fit the grammar. */
    public static SipUri parse(String text) throws SipParseException {
        if (text == null) {
            throw new SipParseException(0, "no URI");
        }
        String s = text.trim();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == 0x7f) {
                throw new SipParseException(i, "character not allowed in a URI");
            }
        }
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw new SipParseException(0, "no URI scheme");
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!validScheme(scheme)) {
            throw new SipParseException(0, "bad URI scheme");
        }
        String rest = s.substring(colon + 1);
        if (rest.isEmpty()) {
            throw new SipParseException(colon + 1, "empty URI after scheme");
        }
        switch (scheme) {
            case "sip":
            case "sips":
                return parseSip(s, scheme, rest, colon + 1);
            case "tel":
                return parseTel(s, rest, colon + 1);
            default:
                return new SipUri(s, scheme, null, null, null, false, -1, Map.of(), Map.of(), rest);
        }
    }

    /** Like {@link #parse(String)} but returns null for text that is not a URI. */
    public static SipUri parseOrNull(String text) {
        try {
            return parse(text);
        } catch (SipParseException e) {
            return null;
        }
    }

    private static SipUri parseSip(String s, String scheme, String rest, int base) throws SipParseException {
        int at = rest.indexOf('@');
        String user = null;
        String password = null;
        int hostStart = 0;
        if (at >= 0) {
            String userinfo = rest.substring(0, at);
            int pc = userinfo.indexOf(':');
            user = pc < 0 ? userinfo : userinfo.substring(0, pc);
            password = pc < 0 ? null : userinfo.substring(pc + 1);
            if (user.isEmpty()) {
                throw new SipParseException(base, "empty user part before '@'");
            }
            hostStart = at + 1;
        }
        int end = rest.length();
        int q = rest.indexOf('?', hostStart);
        int semi = rest.indexOf(';', hostStart);
        int hostEnd = minPositive(minPositive(semi, q), end);
        String hostport = rest.substring(hostStart, hostEnd);
        String host;
        boolean v6 = false;
        int port = -1;
        String portText = null;
        if (hostport.startsWith("[")) {
            int close = hostport.indexOf(']');
            if (close < 0) {
                throw new SipParseException(base + hostStart, "unterminated IPv6 reference");
            }
            host = hostport.substring(1, close);
            v6 = true;
            if (!validIpv6(host)) {
                throw new SipParseException(base + hostStart + 1, "bad IPv6 reference");
            }
            String after = hostport.substring(close + 1);
            if (!after.isEmpty()) {
                if (after.charAt(0) != ':') {
                    throw new SipParseException(base + hostStart + close + 1, "text after IPv6 reference");
                }
                portText = after.substring(1);
            }
        } else {
            int pc = hostport.indexOf(':');
            host = pc < 0 ? hostport : hostport.substring(0, pc);
            portText = pc < 0 ? null : hostport.substring(pc + 1);
            if (!validHostname(host)) {
                throw new SipParseException(base + hostStart, host.isEmpty() ? "empty host" : "bad host name");
            }
        }
        if (portText != null) {
            port = parsePort(portText, base + hostEnd - portText.length());
        }
        Map<String, String> params = Map.of();
        if (semi >= 0 && (q < 0 || semi < q)) {
            String ptext = rest.substring(semi + 1, q < 0 ? end : q);
            params = Params.parse(ptext);
            if (!Params.namesAreTokens(params)) {
                throw new SipParseException(base + semi + 1, "bad URI parameter name");
            }
        }
        Map<String, String> headers = Map.of();
        if (q >= 0) {
            Map<String, String> h = new LinkedHashMap<>();
            for (String kv : rest.substring(q + 1).split("&")) {
                if (kv.isEmpty()) {
                    continue;
                }
                int eq = kv.indexOf('=');
                h.putIfAbsent(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
            }
            headers = Collections.unmodifiableMap(h);
        }
        return new SipUri(s, scheme, user, password, host, v6, port, params, headers, null);
    }

    private static SipUri parseTel(String s, String rest, int base) throws SipParseException {
        int semi = rest.indexOf(';');
        String number = semi < 0 ? rest : rest.substring(0, semi);
        if (number.isEmpty()) {
            throw new SipParseException(base, "empty telephone number");
        }
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!(Character.isLetterOrDigit(c) || "+-.()*#".indexOf(c) >= 0)) {
                throw new SipParseException(base + i, "bad character in telephone number");
            }
        }
        Map<String, String> params = semi < 0 ? Map.of() : Params.parse(rest.substring(semi + 1));
        return new SipUri(s, "tel", number, null, null, false, -1, params, Map.of(), null);
    }

    private static int parsePort(String p, int offset) throws SipParseException {
        if (p.isEmpty() || p.length() > 5) {
            throw new SipParseException(offset, "bad port");
        }
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                throw new SipParseException(offset + i, "bad port");
            }
        }
        int v = Integer.parseInt(p);
        if (v > 65535) {
            throw new SipParseException(offset, "port out of range");
        }
        return v;
    }

    private static int minPositive(int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        return Math.min(a, b);
    }

    private static boolean validScheme(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Host names, IPv4 addresses; underscores are tolerated because real deployments use them. */
    static boolean validHostname(String h) {
        if (h.isEmpty() || h.length() > 255) {
            return false;
        }
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_')) {
                return false;
            }
        }
        return !h.startsWith(".") && !h.contains("..");
    }

    static boolean validIpv6(String h) {
        if (h.indexOf(':') < 0 || h.length() > 45) {
            return false;
        }
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!(Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv4(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3) {
                return false;
            }
            for (int i = 0; i < p.length(); i++) {
                if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case scheme: {@code sip}, {@code sips}, {@code tel}, or another scheme kept opaque. */
    public String scheme() {
        return scheme;
    }

    /** User part as written (still escaped), the number for tel URIs, or null. */
    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Host as written, without brackets for IPv6; null for tel and opaque URIs. */
    public String host() {
        return host;
    }

    /** Port, or -1 if absent. */
    public int port() {
        return port;
    }

    /** The value of URI parameter {@code name} (case-insensitive): "" when present without value, null when absent. */
    public String param(String name) {
        return params.get(name.toLowerCase(Locale.ROOT));
    }

    public Map<String, String> params() {
        return params;
    }

    /** URI headers ({@code ?Subject=...&Replaces=...}), as written. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Scheme-specific part of a URI that is neither SIP nor tel (null otherwise). */
    public String opaque() {
        return opaque;
    }

    /** True for {@code sips:}. */
    public boolean isSecure() {
        return "sips".equals(scheme);
    }

    /** True for {@code sip:} and {@code sips:}. */
    public boolean isSip() {
        return "sip".equals(scheme) || "sips".equals(scheme);
    }

    public boolean isTel() {
        return "tel".equals(scheme);
    }

    /** True if the host is an IPv4 address or an IPv6 reference: no DNS name, so no certificate identity can match it. */
    public boolean hostIsIpLiteral() {
        return host != null && (ipv6Reference || isIpv4(host));
    }

    public boolean hostIsIpv6() {
        return ipv6Reference;
    }

    /** The {@code transport} parameter in lower case, or null. */
    public String transportParam() {
        String t = param("transport");
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    /** True if the loose-routing flag {@code ;lr} is present. */
    public boolean isLooseRouting() {
        return param("lr") != null;
    }

    /** {@code host}, {@code host:port}, or {@code [v6]:port}; null when there is no host. */
    public String hostPort() {
        if (host == null) {
            return null;
        }
        String h = ipv6Reference ? "[" + host + "]" : host;
        return port < 0 ? h : h + ":" + port;
    }

    /** {@code user@host} (or just the host, or the number for tel), as a short label for people. */
    public String userAtHost() {
        if (host == null) {
            return user != null ? user : raw;
        }
        String h = ipv6Reference ? "[" + host + "]" : host;
        return user == null ? h : user + "@" + h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SipUri u && u.raw.equals(raw);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(raw);
    }

    @Override
    public String toString() {
        return raw;
    }
}
