package org.siptrust.trust.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.siptrust.core.Finding;
import org.siptrust.core.RuleRef;
import org.siptrust.core.Severity;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.SipUri;
import org.siptrust.sip.Via;
import org.siptrust.trust.Hop;
import org.siptrust.trust.HopCheck;
import org.siptrust.trust.Profile;
import org.siptrust.trust.TrustInput;
import org.siptrust.trust.Verdict;

/** The per-connection rules R4-R9: identity verdicts as findings, SNI, client identity, reuse, SIPS, Via literals. */
public final class ConnectionRules {
    private ConnectionRules() {
    }

    /** R4/R6/R8: one finding per connection, direction and reference identity that fails under RFC 5922. */
    public static List<Finding> identityFindings(TrustInput.Connection c, Hop hop) {
        Map<String, List<HopCheck>> failing = new LinkedHashMap<>();
        for (HopCheck check : hop.checks()) {
            Verdict v = check.verdict(Profile.RFC5922);
            if (check.reference() == null || v == null || !(Verdict.MISMATCH.equals(v.result()) || Verdict.UNAUTHENTICATABLE.equals(v.result()))) {
                continue;
            }
            failing.computeIfAbsent(check.reverse() + "|" + check.reference().name() + "|" + v.result(), k -> new ArrayList<>()).add(check);
        }
        if (hop.checks().isEmpty() && hop.reference() != null) {
            Verdict v = hop.verdict(Profile.RFC5922);
            if (Verdict.MISMATCH.equals(v.result())) {
                return List.of(new Finding("identity-mismatch", Severity.ERROR, RuleRef.rfc(5922, "7.2"),
                        "TLS server " + c.server() + " presents " + hop.presentedIdentities() + " but the client asked for "
                                + hop.reference().name() + " (SNI): " + v.explanation(),
                        c.id(), List.of(c.tls().serverCertificateFrame()), hop.serverCertificate()));
            }
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (List<HopCheck> group : failing.values()) {
            HopCheck first = group.get(0);
            Verdict v = first.verdict(Profile.RFC5922);
            List<Long> frames = group.stream().map(HopCheck::frame).distinct().sorted().toList();
            String requests = group.size() == 1 ? first.summary() : group.size() + " requests (first: " + first.summary() + ")";
            String peer = first.reverse() ? "TLS client " + c.client() : "TLS server " + c.server();
            String cert = first.reverse() ? hop.clientCertificate() : hop.serverCertificate();
            if (Verdict.UNAUTHENTICATABLE.equals(v.result())) {
                out.add(new Finding("ip-literal-unauthenticatable", Severity.ERROR, RuleRef.rfc(5922, "7.5"),
                        requests + " reached " + peer + " through the IP literal " + first.reference().name() + " ("
                                + first.reference().source() + "); RFC 3263 does no lookup for it and RFC 5922 has no IP identity type, "
                                + "so the hop cannot be authenticated" + (hop.presentedIdentities().isEmpty() ? "" : " (the certificate names "
                                + String.join(", ", hop.presentedIdentities()) + ")"),
                        c.id(), frames, cert));
            } else {
                RuleRef rule = first.reverse() ? RuleRef.rfc(5923, "8.2") : RuleRef.rfc(5922, "7.2");
                String tail = first.reverse() ? "; RFC 5923 allows reusing the connection only for targets the peer's certificate names"
                        : "; the client should have closed the connection (RFC 5922 §7.3) but sent " + requests;
                out.add(new Finding("identity-mismatch", Severity.ERROR, rule,
                        peer + ": " + v.explanation() + tail, c.id(), frames, cert));
            }
        }
        return out;
    }

    /** R7: the client should send server_name, and it should name the identity it means to reach. */
    public static List<Finding> sniFindings(TrustInput.Connection c, Hop hop, boolean carriesSip) {
        if (c.tls() == null || !c.tls().looksLikeTls() || c.tls().clientHelloFrame() <= 0) {
            return List.of();
        }
        List<Long> frames = List.of(c.tls().clientHelloFrame());
        String sni = c.tls().sni();
        if (sni == null) {
            return List.of(new Finding("no-sni", Severity.WARNING, RuleRef.rfc(5922, "7.8"),
                    "the TLS client " + c.client() + " sent no server_name to " + c.server()
                            + (hop.reference() != null && hop.reference().ipLiteral()
                                    ? " (consistent with reaching it by IP address: SNI cannot carry an IP literal, RFC 6066 §3)" : ""),
                    c.id(), frames, null));
        }
        if (carriesSip && hop.reference() != null && !hop.reference().ipLiteral()
                && !hop.reference().source().startsWith("Outbound proxy") && !sni.equalsIgnoreCase(hop.reference().name())) {
            return List.of(new Finding("sni-mismatch", Severity.WARNING, RuleRef.rfc(5922, "7.8"),
                    "the TLS client " + c.client() + " sent server_name " + sni + " but its first request targets "
                            + hop.reference().name() + " (" + hop.reference().source() + ")",
                    c.id(), frames, null));
        }
        return List.of();
    }

    /**
     * R5 and RFC 5923 §8.2: a client certificate should name the element that presents it; we compare
     * it with the host in the Via sent-by of the client's requests (Via is informational for routing,
     * but it is how the element names itself, and what an alias would be reused for).
     */
    public static List<Finding> clientIdentityFindings(TrustInput.Connection c, List<SipMessage> messages) {
        if (c.clientChain().isEmpty()) {
            return List.of();
        }
        PresentedIdentities ids = new PresentedIdentities(c.clientChain().get(0));
        for (SipMessage m : messages) {
            if (!m.isRequest() || m.malformed() || !m.context().source().equals(c.client())) {
                continue;
            }
            Via via = m.topVia();
            if (via == null || via.host() == null || via.hostIsIpLiteral()) {
                return List.of();
            }
            String host = via.host().toLowerCase(Locale.ROOT);
            if (ids.matchKind(host) != null) {
                return List.of();
            }
            return List.of(new Finding("identity-mismatch", Severity.WARNING, RuleRef.rfc(5922, "7.4"),
                    "the client certificate of " + c.client() + " presents " + (ids.isEmpty() ? "no SIP identity" : ids.all())
                            + " but the element names itself " + host + " in its Via sent-by; it cannot be authenticated as "
                            + host + " for connection reuse (RFC 5923 §8.2)",
                    c.id(), List.of(m.frame()), ids.certificate().sha256()));
        }
        return List.of();
    }

    /** R8: requests sent back over a connection the other side opened (RFC 5923 connection reuse). */
    public static List<Finding> reuseFindings(TrustInput.Connection c, List<SipMessage> messages) {
        List<Long> frames = new ArrayList<>();
        String first = null;
        for (SipMessage m : messages) {
            if (m.isRequest() && !m.malformed() && m.context().source().equals(c.server())) {
                frames.add(m.frame());
                if (first == null) {
                    first = m.summary();
                }
            }
        }
        if (frames.isEmpty()) {
            return List.of();
        }
        String what = frames.size() + " request" + (frames.size() == 1 ? "" : "s") + " (first: " + first + ")";
        if (!c.isTls()) {
            return List.of(new Finding("reuse-not-tls", Severity.WARNING, RuleRef.rfc(5923, "4"),
                    c.server() + " sent " + what + " back over the " + c.transport().toUpperCase(Locale.ROOT) + " connection that "
                            + c.client() + " opened; RFC 5923 connection reuse is defined for TLS only",
                    c.id(), frames, null));
        }
        if (!c.clientChain().isEmpty()) {
            PresentedIdentities ids = new PresentedIdentities(c.clientChain().get(0));
            return List.of(new Finding("connection-reuse", Severity.INFO, RuleRef.rfc(5923, "8"),
                    c.server() + " sent " + what + " back over the connection that " + c.client() + " opened (RFC 5923 reuse); "
                            + "the opener authenticated with a client certificate presenting " + ids.all()
                            + ", and each request sent back is checked against it (RFC 5923 §8.2)",
                    c.id(), frames, ids.certificate().sha256()));
        }
        String asked = c.tls().certificateRequested() ? "asked for a client certificate but got none"
                : "never asked for a client certificate (no CertificateRequest)";
        return List.of(new Finding("reuse-without-client-cert", Severity.ERROR, RuleRef.rfc(5923, "9.2"),
                c.server() + " sent " + what + " back over the connection that " + c.client() + " opened, but it " + asked
                        + ": the connection's initiator was never authenticated, so it must not be reused in the reverse direction",
                c.id(), frames, null));
    }

    /**
     * R5 for servers: a proxy that opens a TLS connection to another server should authenticate
     * with a certificate (mutual TLS), or the receiving server can apply no policy to it.
     */
    public static List<Finding> mutualTlsFindings(TrustInput.Connection c, List<SipMessage> messages) {
        if (!c.isTls() || !c.clientChain().isEmpty()) {
            return List.of();
        }
        for (SipMessage m : messages) {
            if (m.isRequest() && !m.malformed() && m.context().source().equals(c.client())) {
                if (m.via().size() < 2) {
                    return List.of();
                }
                return List.of(new Finding("no-client-certificate", Severity.INFO, RuleRef.rfc(5922, "7.4"),
                        "the proxy " + c.client() + " forwarded requests to " + c.server() + " without presenting a client certificate"
                                + (c.tls().certificateRequested() ? " although one was requested" : " (none was requested)")
                                + ": the server cannot authenticate the proxy it accepts requests from",
                        c.id(), List.of(m.frame()), null));
            }
        }
        return List.of();
    }

    /** R9: a sips: request needs TLS on every hop. */
    public static List<Finding> sipsFindings(TrustInput.Connection c, List<SipMessage> messages) {
        List<Long> frames = new ArrayList<>();
        String first = null;
        String why = null;
        for (SipMessage m : messages) {
            if (!m.isRequest() || m.malformed()) {
                continue;
            }
            SipUri u = m.requestUriParsed();
            if (u == null || !u.isSecure()) {
                continue;
            }
            Via via = m.topVia();
            String viaTransport = via == null || via.transport() == null ? null : via.transport().toUpperCase(Locale.ROOT);
            String problem = null;
            if (!c.isTls()) {
                problem = "was carried over " + c.transport().toUpperCase(Locale.ROOT) + " from " + m.context().source()
                        + " to " + m.context().destination();
            } else if (viaTransport != null && !viaTransport.equals("TLS") && !viaTransport.equals("WSS")) {
                problem = "was sent over TLS but its Via says " + viaTransport;
            }
            if (problem != null) {
                frames.add(m.frame());
                if (first == null) {
                    first = m.summary();
                    why = problem;
                }
            }
        }
        if (frames.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding("sips-non-tls-hop", Severity.ERROR, RuleRef.rfc(3261, "26.2"),
                "the sips: request " + first + " " + why + "; a SIPS URI requires TLS on every hop" + (frames.size() > 1
                        ? " (" + frames.size() + " requests)" : ""),
                c.id(), frames, null));
    }

    /** Informational: an element that puts an IP address in its Via sent-by (seed: "Via is an IP in 99% of cases"). */
    public static List<Finding> viaLiteralFindings(List<TrustInput.Connection> connections, Map<String, List<SipMessage>> byConnection) {
        Map<String, List<Long>> framesBySender = new LinkedHashMap<>();
        Map<String, String> connectionOf = new LinkedHashMap<>();
        for (TrustInput.Connection c : connections) {
            for (SipMessage m : byConnection.getOrDefault(c.id(), List.of())) {
                Via via = m.isRequest() && !m.malformed() ? m.topVia() : null;
                if (via != null && via.host() != null && via.hostIsIpLiteral() && m.via().size() > 1) {
                    String key = via.host();
                    framesBySender.computeIfAbsent(key, k -> new ArrayList<>()).add(m.frame());
                    connectionOf.putIfAbsent(key, c.id());
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        framesBySender.forEach((host, frames) -> out.add(new Finding("via-ip-literal", Severity.INFO, RuleRef.rfc(5922, "7.5"),
                "the proxy at " + host + " puts its IP address in the Via sent-by of the requests it forwards; Via is not an "
                        + "authentication input, but a Record-Route built the same way makes the hop unauthenticatable",
                connectionOf.get(host), frames, null)));
        return out;
    }
}
