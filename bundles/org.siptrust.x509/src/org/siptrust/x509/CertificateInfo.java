package org.siptrust.x509;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.siptrust.x509.internal.CertificateDecoder;
import org.siptrust.x509.internal.Der;
import org.siptrust.x509.internal.DistinguishedName;
import org.siptrust.x509.internal.Signatures;

/**
 * One X.509 certificate, decoded once into an immutable model. Text forms follow what
 * {@code openssl x509 -nameopt RFC2253} prints (subject, issuer, serial, subjectAltName), because
 * the tshark reference outputs and the acceptance checks are made with it. Equality is by the
 * DER bytes (SHA-256).
 */
public final class CertificateInfo {

    private final CertificateDecoder.Decoded d;
    private final String subject;
    private final String issuer;
    private final List<String> sanStrings;
    private final boolean selfIssued;
    /** Computed on first use: a trust store holds hundreds of roots nobody asks about. */
    private volatile Boolean selfSigned;

    private CertificateInfo(CertificateDecoder.Decoded d) {
        this.d = d;
        this.subject = d.subject.rfc2253();
        this.issuer = d.issuer.rfc2253();
        List<String> s = new ArrayList<>();
        for (SubjectAltName n : d.subjectAltNames) {
            s.add(n.openssl());
        }
        this.sanStrings = List.copyOf(s);
        this.selfIssued = d.subject.matches(d.issuer);
    }

    /**
     * Decodes a DER certificate. Never throws anything but {@link CertificateParseException} for
     * bad bytes (and NullPointerException for null); inputs above 1 MiB are refused.
     */
    public static CertificateInfo parse(byte[] der) throws CertificateParseException {
        Objects.requireNonNull(der, "der");
        try {
            return new CertificateInfo(CertificateDecoder.decode(der));
        } catch (Der.DerException e) {
            throw new CertificateParseException(e.offset(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A decoder bug must still surface as "bad certificate", not take the analysis down.
            throw new CertificateParseException(0, "undecodable: " + e.getClass().getSimpleName());
        }
    }

    /** A copy of the DER encoding. */
    public byte[] der() {
        return d.der.clone();
    }

    /** SHA-256 of the DER, lower-case hex without colons (the certificate's id in reports). */
    public String sha256() {
        return d.sha256;
    }

    public String sha1() {
        return d.sha1;
    }

    /** SHA-256 of the SubjectPublicKeyInfo DER (DANE selector 1, matching type 1). */
    public String spkiSha256() {
        return d.spkiSha256;
    }

    /** The SubjectPublicKeyInfo DER (copy). */
    public byte[] subjectPublicKeyInfo() {
        return d.spki.clone();
    }

    /** 1, 2 or 3. */
    public int version() {
        return d.version;
    }

    /** Subject as {@code openssl x509 -subject -nameopt RFC2253} prints it. */
    public String subject() {
        return subject;
    }

    /** Issuer as {@code openssl x509 -issuer -nameopt RFC2253} prints it. */
    public String issuer() {
        return issuer;
    }

    /** The subject's commonName values, decoded, in encoding order. */
    public List<String> subjectCommonNames() {
        return d.subject.values("2.5.4.3");
    }

    /** Decoded subject attribute values of any type OID (e.g. {@code 2.5.4.10} for O). */
    public List<String> subjectValues(String oid) {
        return d.subject.values(oid);
    }

    public BigInteger serial() {
        return d.serial;
    }

    /** Serial as {@code openssl x509 -serial} prints it: upper-case hex, whole octets. */
    public String serialHex() {
        BigInteger s = d.serial;
        String sign = s.signum() < 0 ? "-" : "";
        byte[] m = s.abs().toByteArray();
        int off = m.length > 1 && m[0] == 0 ? 1 : 0;
        StringBuilder sb = new StringBuilder(sign);
        for (int i = off; i < m.length; i++) {
            sb.append(String.format(Locale.ROOT, "%02X", m[i] & 0xff));
        }
        return sb.toString();
    }

    public Instant notBefore() {
        return d.notBefore;
    }

    public Instant notAfter() {
        return d.notAfter;
    }

    /** True if {@code at} lies within [notBefore, notAfter]. */
    public boolean isValidAt(Instant at) {
        return !at.isBefore(d.notBefore) && !at.isAfter(d.notAfter);
    }

    /** {@code RSA}, {@code EC}, {@code Ed25519}, {@code DSA}, ... */
    public String publicKeyAlgorithm() {
        return d.key.algorithm();
    }

    /** Key size in bits (RSA modulus, EC field size; 256 for Ed25519, 456 for Ed448). */
    public int publicKeySize() {
        return d.key.bits();
    }

    /** Named curve such as {@code secp256r1}, or null. */
    public String publicKeyCurve() {
        return d.key.curve();
    }

    /** JCA-style name such as {@code SHA256withRSA}. */
    public String signatureAlgorithm() {
        return d.signatureAlgorithmName;
    }

    public String signatureAlgorithmOid() {
        return d.signatureAlgorithmOid;
    }

    /** True if basicConstraints says cA. */
    public boolean isCa() {
        return d.ca;
    }

    /** basicConstraints pathLenConstraint, or null if absent. */
    public Integer pathLen() {
        return d.pathLen;
    }

    public boolean hasBasicConstraints() {
        return d.hasBasicConstraints;
    }

    /** keyUsage bit names ({@code digitalSignature}, {@code keyCertSign}, ...); null if no extension. */
    public List<String> keyUsage() {
        return d.keyUsage == null ? null : List.copyOf(d.keyUsage);
    }

    /** extendedKeyUsage purposes; null if there is no such extension. */
    public List<KeyPurpose> extendedKeyUsage() {
        return d.extendedKeyUsage == null ? null : List.copyOf(d.extendedKeyUsage);
    }

    /** True if the EKU extension exists and lists the purpose OID. */
    public boolean hasExtendedKeyUsage(String oid) {
        return d.extendedKeyUsage != null && d.extendedKeyUsage.stream().anyMatch(p -> p.oid().equals(oid));
    }

    /** The subjectAltName entries, typed, in encoding order (empty if none). */
    public List<SubjectAltName> subjectAltNames() {
        return List.copyOf(d.subjectAltNames);
    }

    /** subjectAltName entries exactly as {@code openssl x509 -ext subjectAltName} prints them. */
    public List<String> sanStrings() {
        return sanStrings;
    }

    /** True if the certificate has a subjectAltName extension (even an empty or broken one). */
    public boolean hasSubjectAltNameExtension() {
        return d.hasSubjectAltName;
    }

    /** subjectKeyIdentifier, lower-case hex, or null. */
    public String subjectKeyId() {
        return d.subjectKeyId;
    }

    /** authorityKeyIdentifier keyIdentifier, lower-case hex, or null. */
    public String authorityKeyId() {
        return d.authorityKeyId;
    }

    /** CRL distribution point names as openssl prints them ({@code URI:http://...}). */
    public List<String> crlDistributionPoints() {
        return List.copyOf(d.crlDistributionPoints);
    }

    public List<AccessDescription> authorityInfoAccess() {
        return List.copyOf(d.authorityInfoAccess);
    }

    /** certificatePolicies policy OIDs. */
    public List<String> policies() {
        return List.copyOf(d.policies);
    }

    /** Every extension, decoded for display, in encoding order. */
    public List<ExtensionInfo> extensions() {
        return List.copyOf(d.extensions);
    }

    /** Subject equals issuer (RFC 5280 name comparison). */
    public boolean isSelfIssued() {
        return selfIssued;
    }

    /** Self-issued and the signature verifies with the certificate's own key. */
    public boolean isSelfSigned() {
        Boolean s = selfSigned;
        if (s == null) {
            s = selfIssued
                    && Signatures.verify(d.spki, d.signatureAlgorithm, d.tbs, d.signature) == Signatures.Outcome.VALID;
            selfSigned = s;
        }
        return s;
    }

    /** True if this certificate's signature verifies with {@code issuerCandidate}'s public key. */
    public boolean isSignedBy(CertificateInfo issuerCandidate) {
        return Signatures.verify(issuerCandidate.d.spki, d.signatureAlgorithm, d.tbs, d.signature)
                == Signatures.Outcome.VALID;
    }

    /** True if the names say {@code candidate} could be the issuer (name chaining plus key ids). */
    public boolean isIssuedNameOf(CertificateInfo candidate) {
        if (!d.issuer.matches(candidate.d.subject)) {
            return false;
        }
        return d.authorityKeyId == null || candidate.d.subjectKeyId == null
                || d.authorityKeyId.equals(candidate.d.subjectKeyId);
    }

    /** Same subject name and same public key: interchangeable as trust anchors. */
    public boolean sameSubjectAndKey(CertificateInfo other) {
        return d.subject.matches(other.d.subject) && d.spkiSha256.equals(other.d.spkiSha256);
    }

    // Package-private facts for the lint and the validator.

    Signatures.Outcome verifySignedBy(CertificateInfo issuerCandidate) {
        return Signatures.verify(issuerCandidate.d.spki, d.signatureAlgorithm, d.tbs, d.signature);
    }

    int serialLength() {
        return d.serialLength;
    }

    boolean notBeforeIsUtcTime() {
        return d.notBeforeUtc;
    }

    boolean notAfterIsUtcTime() {
        return d.notAfterUtc;
    }

    boolean hasExtensionsField() {
        return d.hasExtensions;
    }

    boolean signatureAlgorithmsMatch() {
        return d.signatureAlgorithmsMatch;
    }

    List<String> duplicateExtensions() {
        return List.copyOf(d.duplicateExtensions);
    }

    List<String> malformedExtensions() {
        return List.copyOf(d.malformedExtensions);
    }

    Set<String> criticalExtensionOids() {
        return Set.copyOf(d.criticalOids);
    }

    DistinguishedName subjectName() {
        return d.subject;
    }

    DistinguishedName issuerName() {
        return d.issuer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateInfo c && c.d.sha256.equals(d.sha256);
    }

    @Override
    public int hashCode() {
        return d.sha256.hashCode();
    }

    @Override
    public String toString() {
        return subject + " (sha256 " + d.sha256.substring(0, 16) + "...)";
    }
}
