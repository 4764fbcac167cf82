package org.siptrust.trust.internal;

import java.util.List;
import java.util.Locale;

import org.siptrust.sip.NameAddr;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.SipUri;
import org.siptrust.trust.ReferenceIdentity;
import org.siptrust.trust.TrustInput;

/**
 * Works out which identity the sender of a request meant to reach (TRUST-RULES "Reference
 * identity"): the top Route URI when there is one (loose routing: that is the URI the sender
 * resolved per RFC 3263), else the Request-URI. A user agent's own requests (a single Via) without
 * a Route went to its outbound proxy: the SNI it sent names that proxy, and a missing SNI means the
 * proxy was reached by IP address, since SNI cannot carry an IP literal (RFC 6066 §3). Via is never
 * an authentication input.
 */
public final class ReferenceResolver {
    private ReferenceResolver() {
    }

    public static ReferenceIdentity forRequest(SipMessage m, TrustInput.Connection c, boolean reverse) {
        List<NameAddr> routes = safeRoutes(m);
        if (!routes.isEmpty() && routes.get(0).uri() != null && routes.get(0).uri().host() != null) {
            SipUri u = routes.get(0).uri();
            return ref(u, "Route", m.frame(), "top Route " + m.route().get(0) + ": the URI the sender resolved (RFC 3261 §16.12, RFC 3263 §4)");
        }
        SipUri ruri = m.requestUriParsed();
        String ruriHost = ruri == null || ruri.host() == null ? null : ruri.host().toLowerCase(Locale.ROOT);
        if (!reverse && c.tls() != null && m.via().size() <= 1) {
            String sni = c.tls().sni();
            if (sni != null && !sni.equalsIgnoreCase(ruriHost)) {
                return new ReferenceIdentity(sni.toLowerCase(Locale.ROOT), "Outbound proxy (SNI)", false, m.frame(),
                        "the user agent sent this request without a Route to its outbound proxy, which it named " + sni
                                + " in the TLS server_name (RFC 5922 §7.8)");
            }
            if (sni == null && (ruri == null || !ruri.hostIsIpLiteral())) {
                return new ReferenceIdentity(c.server().ip(), "Outbound proxy (IP literal, no SNI)", true, m.frame(),
                        "the user agent sent this request without a Route and without TLS server_name: it reached its outbound "
                                + "proxy by the IP address " + c.server().ip() + " (SNI cannot carry an IP literal, RFC 6066 §3)");
            }
        }
        if (ruriHost == null) {
            return null;
        }
        return ref(ruri, "Request-URI", m.frame(), "no Route: the Request-URI is the target (RFC 3263 §4)");
    }

    /** The reference for a hop where no request was decrypted: the SNI, if the client sent one. */
    public static ReferenceIdentity fromSni(TrustInput.Connection c) {
        if (c.tls() == null || c.tls().sni() == null) {
            return null;
        }
        return new ReferenceIdentity(c.tls().sni().toLowerCase(Locale.ROOT), "SNI", false, c.tls().clientHelloFrame(),
                "no SIP request was decrypted on this connection; the TLS server_name is the best evidence of the intended peer");
    }

    private static ReferenceIdentity ref(SipUri u, String source, long frame, String note) {
        String host = u.host().toLowerCase(Locale.ROOT);
        return new ReferenceIdentity(host, source, u.hostIsIpLiteral(), frame, note);
    }

    private static List<NameAddr> safeRoutes(SipMessage m) {
        try {
            return m.routeParsed();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
