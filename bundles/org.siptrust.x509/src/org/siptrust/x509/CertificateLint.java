package org.siptrust.x509;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.siptrust.core.Severity;
import org.siptrust.x509.internal.Algorithms;
import org.siptrust.x509.internal.HostNames;

/**
 * Static checks of one certificate: RFC 5280 basics, weak keys and signatures, and the SIP
 * rules (RFC 5922, RFC 5924) with the stable finding ids of CLI.md. Time-dependent checks
 * (expiry) belong to {@link CertificateValidator}.
 */
public final class CertificateLint {

    public static final String NO_SIP_IDENTITY = "no-sip-identity";
    public static final String CN_FALLBACK = "cn-fallback";
    public static final String WILDCARD_NOT_SIP = "wildcard-not-sip";
    public static final String URI_SAN_WITH_USER = "uri-san-with-user";
    public static final String EKU_NOT_SIP = "eku-not-sip";

    private static final Instant Y2050 = Instant.parse("2050-01-01T00:00:00Z");

    private CertificateLint() {
    }

    public static List<LintResult> lint(CertificateInfo c, Role role) {
        Objects.requireNonNull(c, "certificate");
        Objects.requireNonNull(role, "role");
        List<LintResult> out = new ArrayList<>();
        structure(c, role, out);
        crypto(c, role, out);
        if (role != Role.CA) {
            sip(c, role, out);
        }
        return List.copyOf(out);
    }

    private static void structure(CertificateInfo c, Role role, List<LintResult> out) {
        if (c.serial().signum() <= 0) {
            out.add(new LintResult("serial-not-positive", Severity.ERROR, Rules.SERIAL,
                    "serial number " + c.serialHex() + " is not a positive integer"));
        }
        if (c.serialLength() > 20) {
            out.add(new LintResult("serial-too-long", Severity.ERROR, Rules.SERIAL,
                    "serial number is " + c.serialLength() + " octets long; at most 20 are allowed"));
        }
        timeEncoding("notBefore", c.notBefore(), c.notBeforeIsUtcTime(), out);
        timeEncoding("notAfter", c.notAfter(), c.notAfterIsUtcTime(), out);
        if (c.notAfter().isBefore(c.notBefore())) {
            out.add(new LintResult("validity-inverted", Severity.ERROR, Rules.VALIDITY_ENCODING,
                    "notAfter " + c.notAfter() + " is before notBefore " + c.notBefore()));
        }
        if (c.hasExtensionsField() && c.version() != 3) {
            out.add(new LintResult("not-v3", Severity.ERROR, Rules.VERSION,
                    "the certificate has extensions but is version " + c.version() + "; extensions need version 3"));
        } else if (c.version() != 3 && role != Role.CA) {
            out.add(new LintResult("not-v3", Severity.WARNING, Rules.VERSION,
                    "version " + c.version() + " certificate: no subjectAltName, basicConstraints or key usage possible"));
        }
        if (!c.signatureAlgorithmsMatch()) {
            out.add(new LintResult("signature-algorithm-mismatch", Severity.ERROR, Rules.SIGNATURE_FIELD,
                    "the signature algorithm inside tbsCertificate differs from the outer signatureAlgorithm"));
        }
        for (String oid : c.duplicateExtensions()) {
            out.add(new LintResult("duplicate-extension", Severity.ERROR, Rules.EXTENSIONS,
                    "extension " + oid + " appears more than once"));
        }
        for (String oid : c.malformedExtensions()) {
            out.add(new LintResult("malformed-extension", Severity.ERROR, Rules.EXTENSIONS,
                    "extension " + oid + " cannot be decoded"));
        }
        boolean ca = c.isCa();
        if ((ca || role == Role.CA) && c.subjectKeyId() == null) {
            out.add(new LintResult("ca-without-ski", Severity.WARNING, Rules.SKI,
                    "CA certificate without subjectKeyIdentifier"));
        }
        if (c.authorityKeyId() == null && !c.isSelfSigned()) {
            out.add(new LintResult("missing-aki", Severity.WARNING, Rules.AKI,
                    "certificate issued by another CA without authorityKeyIdentifier"));
        }
        List<String> ku = c.keyUsage();
        if (role == Role.CA) {
            if (!ca) {
                out.add(new LintResult("ca-not-ca", Severity.ERROR, Rules.BASIC_CONSTRAINTS,
                        "used as a CA but basicConstraints does not say cA"));
            }
            if (ku != null && !ku.contains("keyCertSign")) {
                out.add(new LintResult("ca-without-key-cert-sign", Severity.ERROR, Rules.KEY_USAGE,
                        "CA certificate whose keyUsage lacks keyCertSign"));
            }
        } else {
            if (ca) {
                out.add(new LintResult("leaf-is-ca", Severity.WARNING, Rules.BASIC_CONSTRAINTS,
                        "end-entity certificate with basicConstraints cA TRUE"));
            }
            if (ku != null && ku.contains("keyCertSign")) {
                out.add(new LintResult("leaf-key-cert-sign", Severity.WARNING, Rules.KEY_USAGE,
                        "end-entity certificate whose keyUsage includes keyCertSign"));
            }
        }
        for (SubjectAltName san : c.subjectAltNames()) {
            if (san.kind() == SubjectAltName.Kind.DNS) {
                String v = san.value();
                String bare = v.startsWith("*.") ? v.substring(2) : v;
                if (!HostNames.isDnsName(bare)) {
                    out.add(new LintResult("invalid-dns-name", Severity.WARNING, Rules.SAN,
                            san.openssl() + " is not a valid DNS name"));
                }
            }
        }
        if (c.hasSubjectAltNameExtension() && c.subjectAltNames().isEmpty()
                && !c.malformedExtensions().contains("2.5.29.17")) {
            out.add(new LintResult("empty-san", Severity.ERROR, Rules.SAN, "subjectAltName extension without entries"));
        }
    }

    private static void timeEncoding(String field, Instant t, boolean utc, List<LintResult> out) {
        boolean shouldBeUtc = t.isBefore(Y2050) && t.atOffset(ZoneOffset.UTC).getYear() >= 1950;
        if (utc != shouldBeUtc) {
            out.add(new LintResult("validity-encoding", Severity.ERROR, Rules.VALIDITY_ENCODING,
                    field + " " + t + " is encoded as " + (utc ? "UTCTime" : "GeneralizedTime")
                            + "; dates through 2049 use UTCTime, from 2050 GeneralizedTime"));
        }
    }

    private static void crypto(CertificateInfo c, Role role, List<LintResult> out) {
        String alg = c.publicKeyAlgorithm();
        int bits = c.publicKeySize();
        if ((alg.equals("RSA") || alg.equals("RSASSA-PSS") || alg.equals("DSA")) && bits < 2048) {
            out.add(new LintResult("weak-key", bits < 1024 ? Severity.ERROR : Severity.WARNING, Rules.WEAK_KEY,
                    alg + " key of " + bits + " bits; at least 2048 are needed"));
        } else if (alg.equals("EC") && bits < 256) {
            out.add(new LintResult("weak-key", Severity.WARNING, Rules.WEAK_KEY,
                    "EC key of " + bits + " bits" + (c.publicKeyCurve() != null ? " (" + c.publicKeyCurve() + ")" : "")
                            + "; at least 256 are needed"));
        }
        if (role == Role.CA && c.isSelfSigned()) {
            return; // nobody relies on the signature of a trust anchor over itself
        }
        String digest = Algorithms.digestOf(c.signatureAlgorithm());
        if (digest == null) {
            return;
        }
        if (digest.equals("MD5") || digest.equals("MD2") || digest.equals("MD4")) {
            out.add(new LintResult("weak-signature", Severity.ERROR, digest.equals("MD5") ? Rules.MD5 : Rules.MD2,
                    "signed with " + c.signatureAlgorithm() + ": " + digest + " collisions are practical"));
        } else if (digest.equals("SHA1")) {
            out.add(new LintResult("weak-signature", Severity.WARNING, Rules.SHA1,
                    "signed with " + c.signatureAlgorithm() + ": SHA-1 is no longer collision resistant"));
        }
    }

    private static void sip(CertificateInfo c, Role role, List<LintResult> out) {
        SipIdentitySet ids = SipIdentities.extract(c);
        if (ids.isEmpty()) {
            out.add(new LintResult(NO_SIP_IDENTITY, role == Role.SERVER ? Severity.ERROR : Severity.WARNING,
                    Rules.SIP_IDENTITY, "the certificate carries no usable SIP domain identity under "
                            + Rules.SIP_IDENTITY + explainEmpty(ids)));
        }
        if (ids.cnFallback()) {
            out.add(new LintResult(CN_FALLBACK, Severity.WARNING, Rules.SIP_IDENTITY,
                    "no subjectAltName extension: the identity " + ids.names() + " is taken from the subject CN ("
                            + Rules.SIP_IDENTITY + " allows this only for backward compatibility)"));
        }
        for (RejectedName r : ids.rejected()) {
            if (r.wildcard()) {
                String note = r.presented().startsWith("DNS:") ? " (RFC 9525 would accept it for generic TLS)"
                        : r.presented().startsWith("CN=") ? " (RFC 9525 would not use a CN either)" : "";
                out.add(new LintResult(WILDCARD_NOT_SIP, Severity.WARNING, Rules.SIP_MATCHING,
                        r.presented() + " is a wildcard name: " + Rules.SIP_MATCHING
                                + " does not accept wildcards for SIP domains" + note));
            }
        }
        for (SubjectAltName san : c.subjectAltNames()) {
            if (san.kind() == SubjectAltName.Kind.URI && hasUserPart(san.value())) {
                out.add(new LintResult(URI_SAN_WITH_USER, role == Role.SERVER ? Severity.WARNING : Severity.INFO,
                        Rules.SIP_IDENTITY, san.openssl() + " has a user part: it identifies a user, not a SIP domain ("
                                + Rules.SIP_IDENTITY + ")"));
            }
        }
        List<KeyPurpose> eku = c.extendedKeyUsage();
        if (eku != null) {
            String needed = role == Role.SERVER ? KeyPurpose.SERVER_AUTH : KeyPurpose.CLIENT_AUTH;
            if (!c.hasExtendedKeyUsage(KeyPurpose.SIP_DOMAIN) && !c.hasExtendedKeyUsage(needed)
                    && !c.hasExtendedKeyUsage(KeyPurpose.ANY)) {
                out.add(new LintResult(EKU_NOT_SIP, Severity.WARNING, Rules.SIP_EKU,
                        "extendedKeyUsage " + eku + " has neither id-kp-sipDomain, "
                                + (role == Role.SERVER ? "serverAuth" : "clientAuth") + " nor anyExtendedKeyUsage"));
            }
        }
    }

    private static String explainEmpty(SipIdentitySet ids) {
        if (ids.rejected().isEmpty()) {
            return "";
        }
        List<String> names = ids.rejected().stream().map(RejectedName::presented).toList();
        return " (considered and rejected: " + String.join(", ", names) + ")";
    }

    private static boolean hasUserPart(String uri) {
        String lower = uri.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("sip:") && !lower.startsWith("sips:")) {
            return false;
        }
        String rest = uri.substring(uri.indexOf(':') + 1);
        int end = rest.length();
        for (char ch : new char[] {';', '?'}) {
            int i = rest.indexOf(ch);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return rest.substring(0, end).indexOf('@') >= 0;
    }
}
