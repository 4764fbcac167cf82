package org.siptrust.core;

import java.util.Objects;

/**
 * A transport address. {@link #toString()} gives the form used throughout reports and by
 * tshark: {@code 192.0.2.1:5061}, and for IPv6 {@code [2001:db8::1]:5061}.
 */
public record Endpoint(String ip, int port) implements Comparable<Endpoint> {

    public Endpoint {
        Objects.requireNonNull(ip, "ip");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public boolean isIpv6() {
        return ip.indexOf(':') >= 0;
    }

    /** Parses {@code ip:port} or {@code [v6]:port}. */
    public static Endpoint parse(String text) {
        String t = text.trim();
        int colon;
        String host;
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0 || close + 1 >= t.length() || t.charAt(close + 1) != ':') {
                throw new IllegalArgumentException("not [ipv6]:port: " + text);
            }
            host = t.substring(1, close);
            colon = close + 1;
        } else {
            colon = t.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("no port in " + text);
            }
            host = t.substring(0, colon);
        }
        return new Endpoint(host, Integer.parseInt(t.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return isIpv6() ? "[" + ip + "]:" + port : ip + ":" + port;
    }

    @Override
    public int compareTo(Endpoint o) {
        int c = ip.compareTo(o.ip);
        return c != 0 ? c : Integer.compare(port, o.port);
    }
}
