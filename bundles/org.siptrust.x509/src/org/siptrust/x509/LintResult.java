package org.siptrust.x509;

import java.util.Objects;

import org.siptrust.core.Finding;
import org.siptrust.core.RuleRef;
import org.siptrust.core.Severity;

/**
 * One lint finding on a certificate.
 *
 * @param id       stable id (the SIP ones are the finding ids of CLI.md: {@code no-sip-identity},
 *                 {@code cn-fallback}, {@code wildcard-not-sip}, {@code uri-san-with-user},
 *                 {@code eku-not-sip})
 * @param severity how bad
 * @param rule     the clause it rests on
 * @param message  one sentence for humans
 */
public record LintResult(String id, Severity severity, RuleRef rule, String message) {

    public LintResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** The same, as a core finding about the certificate with this SHA-256. */
    public Finding toFinding(String certificateSha256) {
        return Finding.of(id, severity, rule, message).withCertificate(certificateSha256);
    }
}
