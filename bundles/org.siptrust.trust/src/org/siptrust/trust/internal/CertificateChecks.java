package org.siptrust.trust.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siptrust.core.Finding;
import org.siptrust.core.RuleRef;
import org.siptrust.core.Severity;
import org.siptrust.trust.TrustInput;
import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.CertificateLint;
import org.siptrust.x509.CertificateValidator;
import org.siptrust.x509.LintResult;
import org.siptrust.x509.Purpose;
import org.siptrust.x509.Role;
import org.siptrust.x509.ValidationProblem;
import org.siptrust.x509.ValidationResult;

/**
 * R1 and the certificate lint, tied to the connection where each chain was presented: path
 * validation to the user's anchors as of the capture time, each failure on its own, and the SIP
 * identity lint of the leaf.
 */
public final class CertificateChecks {
    private static final Set<String> SIP_LINT = Set.of(CertificateLint.NO_SIP_IDENTITY, CertificateLint.CN_FALLBACK,
            CertificateLint.WILDCARD_NOT_SIP, CertificateLint.EKU_NOT_SIP, CertificateLint.URI_SAN_WITH_USER);

    private final TrustInput input;
    private final List<CertificateInfo> seen = new ArrayList<>();
    private final Map<String, ValidationResult> cache = new LinkedHashMap<>();

    public CertificateChecks(TrustInput input) {
        this.input = input;
        for (TrustInput.Connection c : input.connections()) {
            seen.addAll(c.serverChain());
            seen.addAll(c.clientChain());
        }
    }

    /** The validation result of a chain (cached by leaf and purpose). */
    public ValidationResult validate(List<CertificateInfo> chain, Purpose purpose) {
        String key = chain.get(0).sha256() + "/" + purpose + "/" + chain.size();
        return cache.computeIfAbsent(key, k -> CertificateValidator.validate(chain, input.anchors(), input.at(), purpose, seen));
    }

    public List<Finding> check(TrustInput.Connection c, boolean sip) {
        List<Finding> out = new ArrayList<>();
        long serverFrame = c.tls().serverCertificateFrame();
        long clientFrame = c.tls().clientCertificateFrame();
        if (!c.serverChain().isEmpty()) {
            out.addAll(chainFindings(c, c.serverChain(), Purpose.SERVER, Role.SERVER, "server", serverFrame, sip));
        }
        if (!c.clientChain().isEmpty()) {
            out.addAll(chainFindings(c, c.clientChain(), Purpose.CLIENT, Role.CLIENT, "client", clientFrame, sip));
        }
        return out;
    }

    private List<Finding> chainFindings(TrustInput.Connection c, List<CertificateInfo> chain, Purpose purpose, Role role,
            String side, long frame, boolean sip) {
        List<Finding> out = new ArrayList<>();
        List<Long> frames = frame > 0 ? List.of(frame) : List.of();
        CertificateInfo leaf = chain.get(0);
        String who = side + " certificate " + shortName(leaf) + " presented by " + (side.equals("server") ? c.server() : c.client());
        ValidationResult r = validate(chain, purpose);
        Set<String> done = new HashSet<>();
        for (ValidationProblem p : r.problems()) {
            String id = switch (p.code()) {
                case "expired" -> "certificate-expired";
                case "not-yet-valid" -> "certificate-not-yet-valid";
                case "self-signed" -> "certificate-self-signed";
                case "unknown-issuer", "untrusted", "no-certificate" -> "certificate-untrusted";
                case "eku" -> "eku-not-sip";
                case "wrong-order", "missing-intermediate", "unneeded-certificate" -> "chain-order";
                default -> p.blocking() ? "certificate-invalid" : "certificate-note";
            };
            String cert = p.certificateSha256() != null ? p.certificateSha256() : leaf.sha256();
            if (!done.add(id + cert)) {
                continue;
            }
            Severity sev = switch (id) {
                case "chain-order", "eku-not-sip" -> Severity.WARNING;
                case "certificate-note" -> Severity.INFO;
                case "certificate-untrusted" -> input.anchorsGiven() ? Severity.ERROR : Severity.WARNING;
                default -> Severity.ERROR;
            };
            String msg = who + ": " + p.message();
            if (id.equals("certificate-untrusted") && !input.anchorsGiven()) {
                msg += " (no trust anchor was given: pass --trust-anchor, or --system-trust for public CAs)";
            }
            RuleRef rule = p.rule() != null ? p.rule() : RuleRef.rfc(5280, "6");
            out.add(new Finding(id, sev, rule, msg, c.id(), frames, cert));
        }
        for (LintResult l : CertificateLint.lint(leaf, role)) {
            if (!sip && SIP_LINT.contains(l.id())) {
                continue;
            }
            if (done.contains(l.id() + leaf.sha256())) {
                continue;
            }
            done.add(l.id() + leaf.sha256());
            // a user agent's certificate names its user (sip:alice@...): normal, so only informational
            Severity sev = l.id().equals(CertificateLint.URI_SAN_WITH_USER) ? Severity.INFO : l.severity();
            out.add(new Finding(l.id(), sev, l.rule(), who + ": " + l.message(), c.id(), frames, leaf.sha256()));
        }
        return out;
    }

    static String shortName(CertificateInfo c) {
        List<String> cns = c.subjectCommonNames();
        return cns.isEmpty() ? c.subject() : "CN=" + cns.get(0);
    }
}
