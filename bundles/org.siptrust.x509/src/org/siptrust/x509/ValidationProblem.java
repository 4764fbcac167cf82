package org.siptrust.x509;

import java.util.Objects;
import java.util.Set;

import org.siptrust.core.Finding;
import org.siptrust.core.RuleRef;
import org.siptrust.core.Severity;

/**
 * One reason a chain is not (fully) acceptable, reported on its own.
 *
 * @param code              stable code: {@code expired}, {@code not-yet-valid}, {@code unknown-issuer},
 *                          {@code self-signed}, {@code bad-signature}, {@code basic-constraints},
 *                          {@code path-length}, {@code key-usage}, {@code critical-extension},
 *                          {@code pkix}, {@code eku}, {@code wrong-order}, {@code missing-intermediate},
 *                          {@code unneeded-certificate}, {@code anchor-validity}, {@code no-certificate}
 * @param certificateSha256 the certificate concerned (lower-case hex), or null for the chain as a whole
 * @param message           one sentence for humans
 * @param rule              the clause it rests on
 */
public record ValidationProblem(String code, String certificateSha256, String message, RuleRef rule) {

    public static final String EXPIRED = "expired";
    public static final String NOT_YET_VALID = "not-yet-valid";
    public static final String UNKNOWN_ISSUER = "unknown-issuer";
    public static final String SELF_SIGNED = "self-signed";
    public static final String BAD_SIGNATURE = "bad-signature";
    public static final String BASIC_CONSTRAINTS = "basic-constraints";
    public static final String PATH_LENGTH = "path-length";
    public static final String KEY_USAGE = "key-usage";
    public static final String CRITICAL_EXTENSION = "critical-extension";
    public static final String PKIX = "pkix";
    public static final String EKU = "eku";
    public static final String WRONG_ORDER = "wrong-order";
    public static final String MISSING_INTERMEDIATE = "missing-intermediate";
    public static final String UNNEEDED_CERTIFICATE = "unneeded-certificate";
    public static final String NO_CERTIFICATE = "no-certificate";
    public static final String ANCHOR_VALIDITY = "anchor-validity";

    /**
     * Codes that describe how the chain was sent or a usage restriction vendors ignore
     * (TRUST-RULES R1: EKU is a warning); they never change the status word.
     */
    private static final Set<String> ADVISORY = Set.of(EKU, WRONG_ORDER, MISSING_INTERMEDIATE,
            UNNEEDED_CERTIFICATE, ANCHOR_VALIDITY);

    public ValidationProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** True if this problem alone makes the chain unacceptable (it affects {@code status()}). */
    public boolean blocking() {
        return !ADVISORY.contains(code);
    }

    /** Error if blocking; warning for EKU and chain-shape problems; info for the rest. */
    public Severity severity() {
        if (blocking()) {
            return Severity.ERROR;
        }
        return code.equals(UNNEEDED_CERTIFICATE) || code.equals(ANCHOR_VALIDITY) ? Severity.INFO : Severity.WARNING;
    }

    /**
     * The CLI.md finding id for this problem: {@code certificate-expired},
     * {@code certificate-not-yet-valid}, {@code certificate-untrusted}, {@code certificate-self-signed},
     * {@code eku-not-sip}; {@code certificate-<code>} for the others.
     */
    public String findingId() {
        return switch (code) {
            case EXPIRED -> "certificate-expired";
            case NOT_YET_VALID -> "certificate-not-yet-valid";
            case UNKNOWN_ISSUER, NO_CERTIFICATE -> "certificate-untrusted";
            case SELF_SIGNED -> "certificate-self-signed";
            case EKU -> "eku-not-sip";
            default -> "certificate-" + code;
        };
    }

    /** As a core finding (connection and frames are the caller's to add). */
    public Finding toFinding() {
        return Finding.of(findingId(), severity(), rule, message).withCertificate(certificateSha256);
    }
}
