package org.siptrust.x509;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DLSequence;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds real certificates at test time with Bouncy Castle (for cases the corpus does not
 * contain: intermediates, broken chains, constraints). Keys come from the JDK.
 */
final class TestPki {

    static final Instant NOW = Instant.parse("2026-11-27T05:00:00Z");
    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2030-01-01T00:00:00Z");

    private static int serial = 0x2000;

    private TestPki() {
    }

    /** A certificate with the key that signs its children. */
    record Issued(CertificateInfo cert, KeyPair keys, X500Name name) {
    }

    static KeyPair ec() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static X500Name cn(String cn) {
        return new X500Name("CN=" + cn + ",O=Test PKI");
    }

    /** A Name built from raw RDNs, so tests control every string type and the order. */
    static X500Name name(ASN1Encodable[]... rdns) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        for (ASN1Encodable[] r : rdns) {
            v.add(new DLSet(r));
        }
        return X500Name.getInstance(new DLSequence(v));
    }

    static ASN1Encodable ava(String oid, ASN1Encodable value) {
        return new DERSequence(new ASN1Encodable[] {new ASN1ObjectIdentifier(oid), value});
    }

    static Builder builder(X500Name subject) {
        return new Builder(subject);
    }

    static final class Builder {
        private final X500Name subject;
        private Issued issuer;
        private KeyPair keys;
        private Instant notBefore = FROM;
        private Instant notAfter = UNTIL;
        private boolean generalizedTime;
        private Boolean ca;
        private Integer pathLen;
        private Integer keyUsage;
        private KeyPurposeId[] eku;
        private final List<GeneralName> sans = new ArrayList<>();
        private final List<Object[]> extra = new ArrayList<>();
        private String signatureAlgorithm;
        private BigInteger serialNumber;
        private boolean keyIds = true;
        private KeyPair signWith;

        private Builder(X500Name subject) {
            this.subject = subject;
        }

        Builder issuer(Issued i) {
            this.issuer = i;
            return this;
        }

        Builder keys(KeyPair k) {
            this.keys = k;
            return this;
        }

        /** Sign with a key that does not belong to the named issuer (a forged signature). */
        Builder signWith(KeyPair k) {
            this.signWith = k;
            return this;
        }

        Builder validity(Instant from, Instant until) {
            this.notBefore = from;
            this.notAfter = until;
            return this;
        }

        Builder generalizedTime() {
            this.generalizedTime = true;
            return this;
        }

        Builder ca(Integer pathLen) {
            this.ca = true;
            this.pathLen = pathLen;
            return this;
        }

        Builder notCa() {
            this.ca = false;
            return this;
        }

        Builder keyUsage(int bits) {
            this.keyUsage = bits;
            return this;
        }

        Builder eku(KeyPurposeId... ids) {
            this.eku = ids;
            return this;
        }

        Builder san(GeneralName... names) {
            this.sans.addAll(List.of(names));
            return this;
        }

        Builder dns(String... names) {
            for (String n : names) {
                sans.add(new GeneralName(GeneralName.dNSName, n));
            }
            return this;
        }

        Builder extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
            extra.add(new Object[] {oid, critical, value});
            return this;
        }

        Builder signatureAlgorithm(String alg) {
            this.signatureAlgorithm = alg;
            return this;
        }

        Builder serial(BigInteger s) {
            this.serialNumber = s;
            return this;
        }

        Builder noKeyIdentifiers() {
            this.keyIds = false;
            return this;
        }

        Issued build() {
            try {
                KeyPair k = keys != null ? keys : ec();
                X500Name issuerName = issuer != null ? issuer.name() : subject;
                KeyPair signer = signWith != null ? signWith : issuer != null ? issuer.keys() : k;
                Time nb = generalizedTime ? new Time(new ASN1GeneralizedTime(Date.from(notBefore)))
                        : new Time(Date.from(notBefore));
                Time na = generalizedTime ? new Time(new ASN1GeneralizedTime(Date.from(notAfter)))
                        : new Time(Date.from(notAfter));
                BigInteger sn = serialNumber != null ? serialNumber : BigInteger.valueOf(serial++);
                X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuerName, sn, nb, na, subject,
                        SubjectPublicKeyInfo.getInstance(k.getPublic().getEncoded()));
                JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
                if (ca != null) {
                    b.addExtension(Extension.basicConstraints, true,
                            ca ? (pathLen != null ? new BasicConstraints(pathLen) : new BasicConstraints(true))
                                    : new BasicConstraints(false));
                }
                if (keyUsage != null) {
                    b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
                }
                if (eku != null) {
                    b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(eku));
                }
                if (keyIds) {
                    b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(k.getPublic()));
                    if (issuer != null) {
                        b.addExtension(Extension.authorityKeyIdentifier, false,
                                u.createAuthorityKeyIdentifier(issuer.keys().getPublic()));
                    }
                }
                if (!sans.isEmpty()) {
                    b.addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(sans.toArray(new GeneralName[0])));
                }
                for (Object[] e : extra) {
                    b.addExtension((ASN1ObjectIdentifier) e[0], (Boolean) e[1], (ASN1Encodable) e[2]);
                }
                String alg = signatureAlgorithm != null ? signatureAlgorithm
                        : signer.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
                byte[] der = b.build(new JcaContentSignerBuilder(alg).build(signer.getPrivate())).getEncoded();
                return new Issued(CertificateInfo.parse(der), k, subject);
            } catch (Exception e) {
                throw new AssertionError("test certificate could not be built", e);
            }
        }
    }

    /** A root, an intermediate below it and a leaf below that, all valid at {@link #NOW}. */
    record ThreeLevels(Issued root, Issued intermediate, Issued leaf) {
    }

    static ThreeLevels threeLevels() {
        Issued root = builder(cn("Test Root")).ca(null).keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign).build();
        Issued inter = builder(cn("Test Intermediate")).issuer(root).ca(0)
                .keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign).build();
        Issued leaf = builder(cn("sip.test.example")).issuer(inter).notCa()
                .keyUsage(KeyUsage.digitalSignature).eku(KeyPurposeId.id_kp_serverAuth)
                .san(new GeneralName(GeneralName.uniformResourceIdentifier, "sip:test.example"))
                .dns("sip.test.example").build();
        return new ThreeLevels(root, inter, leaf);
    }
}
