package org.siptrust.dns;

import java.util.Locale;

/**
 * SIP transports as RFC 3263 names them: the NAPTR service tag (RFC 3263 §4.1, RFC 4168 for
 * SCTP, RFC 7118 for WebSocket), the SRV service and protocol labels (§4.2) and the default port.
 */
public enum SipTransport {
    UDP("SIP+D2U", "_sip", "udp", 5060, false),
    TCP("SIP+D2T", "_sip", "tcp", 5060, false),
    TLS("SIPS+D2T", "_sips", "tcp", 5061, true),
    SCTP("SIP+D2S", "_sip", "sctp", 5060, false),
    TLS_SCTP("SIPS+D2S", "_sips", "sctp", 5061, true),
    WS("SIP+D2W", "_sip", "ws", 80, false),
    WSS("SIPS+D2W", "_sips", "ws", 443, true);

    private final String naptrService;
    private final String srvService;
    private final String protocol;
    private final int defaultPort;
    private final boolean secure;

    SipTransport(String naptrService, String srvService, String protocol, int defaultPort, boolean secure) {
        this.naptrService = naptrService;
        this.srvService = srvService;
        this.protocol = protocol;
        this.defaultPort = defaultPort;
        this.secure = secure;
    }

    public String naptrService() {
        return naptrService;
    }

    /** {@code _sips._tcp} and so on. */
    public String srvPrefix() {
        return srvService + "._" + protocol;
    }

    /** The transport-layer protocol label used in SRV and TLSA names ({@code tcp}, {@code udp}, ...). */
    public String protocol() {
        return protocol;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** True for TLS-protected transports (the ones DANE applies to). */
    public boolean isSecure() {
        return secure;
    }

    /** TLSA names use the transport protocol under TLS: tcp for TLS and WSS, sctp for TLS over SCTP. */
    public String tlsaProtocol() {
        return this == TLS_SCTP ? "sctp" : "tcp";
    }

    /** The word used in reports ({@code tls}, {@code udp}, ...). */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The transport for a NAPTR service field, or null when it is not a SIP service. */
    public static SipTransport fromNaptrService(String service) {
        for (SipTransport t : values()) {
            if (t.naptrService.equalsIgnoreCase(service)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The transport a URI's {@code transport} parameter selects (RFC 3261 §19.1.1): tcp under a
     * sips URI means TLS. Null when the value is not one this tool knows or not usable with sips.
     */
    public static SipTransport fromParam(String param, boolean sips) {
        return switch (param.toLowerCase(Locale.ROOT)) {
            case "udp" -> sips ? null : UDP;
            case "tcp" -> sips ? TLS : TCP;
            case "tls" -> TLS;
            case "sctp" -> sips ? TLS_SCTP : SCTP;
            case "tls-sctp" -> TLS_SCTP;
            case "ws" -> sips ? WSS : WS;
            case "wss" -> WSS;
            default -> null;
        };
    }
}
