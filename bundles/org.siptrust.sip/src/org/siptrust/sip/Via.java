package org.siptrust.sip;

import java.util.Locale;
import java.util.Map;

import org.siptrust.sip.internal.Params;

/**
 * One Via value (RFC 3261 §20.42): sent-protocol, sent-by and parameters, with the parameters the
 * RFCs give meaning to: branch (§8.1.1.7), received (§18.2.1), rport (RFC 3581), alias
 * (RFC 5923), maddr and ttl. Via is informational for trust: it says where a hop claims to come
 * from, it does not authenticate anything.
 */
public final class Via {

    /** The RFC 3261 branch prefix that marks a transaction id unique across space and time. */
    public static final String MAGIC_COOKIE = "z9hG4bK";

    private final String raw;
    private final String protocolName;
    private final String protocolVersion;
    private final String transport;
    private final String host;
    private final boolean ipv6Reference;
    private final int port;
    private final Map<String, String> params;

    private Via(String raw, String protocolName, String protocolVersion, String transport, String host,
            boolean ipv6Reference, int port, Map<String, String> params) {
        this.raw = raw;
        this.protocolName = protocolName;
        this.protocolVersion = protocolVersion;
        this.transport = transport;
        this.host = host;
        this.ipv6Reference = ipv6Reference;
        this.port = port;
        this.params = params;
    }

    public static Via parse(String text) throws SipParseException {
        if (text == null || text.isBlank()) {
            throw new SipParseException(0, "empty Via");
        }
        String t = text.trim();
        // sent-protocol allows LWS around the slashes: "SIP / 2.0 / UDP"
        int i = 0;
        String[] proto = new String[3];
        for (int k = 0; k < 3; k++) {
            i = skipWs(t, i);
            int start = i;
            while (i < t.length() && t.charAt(i) != '/' && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            proto[k] = t.substring(start, i);
            if (proto[k].isEmpty()) {
                throw new SipParseException(start, "bad sent-protocol");
            }
            i = skipWs(t, i);
            if (k < 2) {
                if (i >= t.length() || t.charAt(i) != '/') {
                    throw new SipParseException(i, "bad sent-protocol: '/' expected");
                }
                i++;
            }
        }
        if (i >= t.length()) {
            throw new SipParseException(i, "no sent-by");
        }
        i = skipWs(t, i);
        int semi = t.indexOf(';', i);
        String sentBy = (semi < 0 ? t.substring(i) : t.substring(i, semi)).trim();
        // a comment "(...)" after sent-by is legal in old stacks; drop it
        int paren = sentBy.indexOf('(');
        if (paren > 0) {
            sentBy = sentBy.substring(0, paren).trim();
        }
        String host;
        boolean v6 = false;
        String portText = null;
        if (sentBy.startsWith("[")) {
            int close = sentBy.indexOf(']');
            if (close < 0 || !SipUri.validIpv6(sentBy.substring(1, close))) {
                throw new SipParseException(i, "bad IPv6 reference in sent-by");
            }
            host = sentBy.substring(1, close);
            v6 = true;
            String after = sentBy.substring(close + 1).replace(" ", "");
            if (after.startsWith(":")) {
                portText = after.substring(1);
            } else if (!after.isEmpty()) {
                throw new SipParseException(i + close + 1, "text after IPv6 reference");
            }
        } else {
            int colon = sentBy.indexOf(':');
            host = (colon < 0 ? sentBy : sentBy.substring(0, colon)).trim();
            portText = colon < 0 ? null : sentBy.substring(colon + 1).trim();
            if (!SipUri.validHostname(host)) {
                throw new SipParseException(i, host.isEmpty() ? "empty sent-by host" : "bad sent-by host");
            }
        }
        int port = -1;
        if (portText != null) {
            if (portText.isEmpty() || portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(portText) > 65535) {
                throw new SipParseException(i, "bad sent-by port");
            }
            port = Integer.parseInt(portText);
        }
        Map<String, String> params = Params.parse(semi < 0 ? "" : t.substring(semi + 1));
        if (!Params.namesAreTokens(params)) {
            throw new SipParseException(semi + 1, "bad Via parameter name");
        }
        return new Via(t, proto[0], proto[1], proto[2].toUpperCase(Locale.ROOT), host, v6, port, params);
    }

    /** Like {@link #parse(String)} but null for garbage. */
    public static Via parseOrNull(String text) {
        try {
            return parse(text);
        } catch (SipParseException e) {
            return null;
        }
    }

    private static int skipWs(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code SIP}. */
    public String protocolName() {
        return protocolName;
    }

    /** {@code 2.0}. */
    public String protocolVersion() {
        return protocolVersion;
    }

    /** Upper-case transport: {@code UDP}, {@code TCP}, {@code TLS}, {@code SCTP}, {@code WS}, {@code WSS}, ... */
    public String transport() {
        return transport;
    }

    /** Sent-by host as written (no brackets for IPv6). */
    public String host() {
        return host;
    }

    /** Sent-by port, or -1 if absent. */
    public int port() {
        return port;
    }

    public boolean hostIsIpLiteral() {
        return ipv6Reference || SipUri.isIpv4(host);
    }

    /** Sent-by with the default port filled in (5061 for TLS, else 5060; RFC 3261 §18.2.2), for transaction matching. */
    public String sentByWithDefaultPort() {
        int p = port >= 0 ? port : ("TLS".equals(transport) ? 5061 : 5060);
        return (ipv6Reference ? "[" + host + "]" : host.toLowerCase(Locale.ROOT)) + ":" + p;
    }

    /** Sent-by as written ({@code host} or {@code host:port}). */
    public String sentBy() {
        String h = ipv6Reference ? "[" + host + "]" : host;
        return port < 0 ? h : h + ":" + port;
    }

    public Map<String, String> params() {
        return params;
    }

    public String param(String name) {
        return params.get(name.toLowerCase(Locale.ROOT));
    }

    public String branch() {
        String b = params.get("branch");
        return b == null || b.isEmpty() ? null : b;
    }

    /** True if the branch starts with the RFC 3261 magic cookie {@code z9hG4bK}. */
    public boolean hasMagicCookie() {
        String b = branch();
        return b != null && b.startsWith(MAGIC_COOKIE);
    }

    public String received() {
        String r = params.get("received");
        return r == null || r.isEmpty() ? null : r;
    }

    /** True if {@code rport} is present, with or without a value (RFC 3581). */
    public boolean hasRport() {
        return params.containsKey("rport");
    }

    /** The rport value filled in by the server, or -1 if absent or empty. */
    public int rport() {
        return intParam("rport");
    }

    /** True if {@code alias} is present (RFC 5923 connection reuse request). */
    public boolean hasAlias() {
        return params.containsKey("alias");
    }

    public String maddr() {
        String m = params.get("maddr");
        return m == null || m.isEmpty() ? null : m;
    }

    /** The {@code ttl} parameter, or -1. */
    public int ttl() {
        return intParam("ttl");
    }

    private int intParam(String name) {
        String v = params.get(name);
        if (v == null || v.isEmpty() || v.length() > 9 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(v);
    }

    @Override
    public String toString() {
        return raw;
    }
}
