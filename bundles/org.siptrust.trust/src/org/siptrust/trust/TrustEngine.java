package org.siptrust.trust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siptrust.core.Finding;
import org.siptrust.sip.SipMessage;
import org.siptrust.trust.internal.CertificateChecks;
import org.siptrust.trust.internal.ConnectionRules;
import org.siptrust.trust.internal.FailureLink;
import org.siptrust.trust.internal.PresentedIdentities;
import org.siptrust.trust.internal.ProfileMatcher;
import org.siptrust.trust.internal.ReferenceResolver;

/**
 * Evaluates TRUST-RULES.md R1-R12 on an analysed capture: builds one {@link Hop} per TLS connection
 * that carried SIP (or that is a SIP-over-TLS connection whose content could not be decrypted),
 * judges every request on it under every {@link Profile}, and reports the findings of CLI.md with
 * their RFC clause, frames and certificate.
 */
public final class TrustEngine {
    private TrustEngine() {
    }

    public static TrustResult evaluate(TrustInput input) {
        ProfileMatcher matcher = new ProfileMatcher(input.location());
        Map<String, List<SipMessage>> byConnection = new LinkedHashMap<>();
        for (SipMessage m : input.messages()) {
            if (m.context() != null && m.context().connectionId() != null) {
                byConnection.computeIfAbsent(m.context().connectionId(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Hop> hops = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        CertificateChecks certificates = new CertificateChecks(input);
        for (TrustInput.Connection c : input.connections()) {
            List<SipMessage> messages = byConnection.getOrDefault(c.id(), List.of());
            boolean carriesSip = !messages.isEmpty();
            if (c.isTls()) {
                findings.addAll(certificates.check(c, carriesSip || isSipPort(c)));
                if (carriesSip || (isSipPort(c) && (!c.tls().decrypted() || FailureLink.failed(c)))) {
                    Hop hop = hop(c, messages, matcher);
                    hops.add(hop);
                    findings.addAll(ConnectionRules.identityFindings(c, hop));
                    findings.addAll(ConnectionRules.sniFindings(c, hop, carriesSip));
                }
            }
            if (carriesSip) {
                findings.addAll(ConnectionRules.reuseFindings(c, messages));
                findings.addAll(ConnectionRules.clientIdentityFindings(c, messages));
                findings.addAll(ConnectionRules.mutualTlsFindings(c, messages));
            }
            findings.addAll(ConnectionRules.sipsFindings(c, messages));
        }
        findings.addAll(ConnectionRules.viaLiteralFindings(input.connections(), byConnection));
        findings.addAll(FailureLink.link(input));
        return new TrustResult(hops, findings);
    }

    static boolean isSipPort(TrustInput.Connection c) {
        int p = c.server().port();
        return p == 5061 || p == 5062 || p == 5063 || p == 5081;
    }

    private static Hop hop(TrustInput.Connection c, List<SipMessage> messages, ProfileMatcher matcher) {
        PresentedIdentities server = c.serverChain().isEmpty() ? null : new PresentedIdentities(c.serverChain().get(0));
        PresentedIdentities client = c.clientChain().isEmpty() ? null : new PresentedIdentities(c.clientChain().get(0));
        String noServerCert = noCertificateReason(c, "server");
        String noClientCert = "the TLS client presented no certificate, so a request sent back to it over this connection "
                + "cannot be authenticated (RFC 5923 §8.2)";
        List<HopCheck> checks = new ArrayList<>();
        ReferenceIdentity first = null;
        for (SipMessage m : messages) {
            if (!m.isRequest() || m.malformed()) {
                continue;
            }
            boolean reverse = m.context().source().equals(c.server());
            ReferenceIdentity ref = ReferenceResolver.forRequest(m, c, reverse);
            Map<Profile, Verdict> v = reverse
                    ? matcher.verdicts(ref, client, noClientCert)
                    : matcher.verdicts(ref, server, noServerCert);
            checks.add(new HopCheck(m.frame(), m.summary(), reverse, ref, v));
            if (first == null && !reverse) {
                first = ref;
            }
        }
        if (first == null) {
            first = ReferenceResolver.fromSni(c);
        }
        Map<Profile, Verdict> verdicts = matcher.verdicts(first, server, noServerCert);
        return new Hop(c.id(), c.client(), c.server(), first, server == null ? List.of() : server.describe(),
                server == null ? null : server.certificate().sha256(), client == null ? null : client.certificate().sha256(),
                verdicts, checks, label(client, messages, c, true), label(server, messages, c, false));
    }

    private static String noCertificateReason(TrustInput.Connection c, String side) {
        if (c.tls() != null && "TLSv1.3".equals(c.tls().version()) && !c.tls().decrypted()) {
            return "the " + side + " certificate is encrypted in TLS 1.3 and the handshake could not be decrypted (add a key log)";
        }
        return "no " + side + " certificate was seen in the capture";
    }

    /** A host name for an element: its certificate's first identity, else its Via sent-by host. */
    private static String label(PresentedIdentities ids, List<SipMessage> messages, TrustInput.Connection c, boolean client) {
        if (ids != null && !ids.all().isEmpty()) {
            return ids.all().get(0);
        }
        for (SipMessage m : messages) {
            if (m.isRequest() && m.topVia() != null && m.context().source().equals(client ? c.client() : c.server())) {
                return m.topVia().host();
            }
        }
        return null;
    }
}
