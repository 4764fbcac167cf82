package org.siptrust.benchmark;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentSignerBuilder;

/**
 * The certificates of the generated network, made at start with bcpkix: one ECDSA P-256 CA, and
 * for every SIP domain an RSA-2048 and an ECDSA P-256 end-entity certificate carrying the
 * RFC 5922 identities (URI:sip:domain, DNS:domain, DNS:sip.domain) and the id-kp-sipDomain EKU.
 * Validity covers the capture's time so an analyzer sees valid chains.
 */
final class TestPki {

    /** A certificate with its private key; {@code chainDer} is leaf first, then the CA. */
    record Identity(String domain, boolean rsa, AsymmetricKeyParameter privateKey, List<byte[]> chainDer) {
    }

    static final String[] SERVER_DOMAINS = {"atlanta.example.com", "biloxi.example.com", "chicago.example.com"};
    static final String[] CLIENT_DOMAINS = {"denver.example.net", "elpaso.example.net"};

    private static final ASN1ObjectIdentifier ID_KP_SIP_DOMAIN = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.20");
    private static final Date NOT_BEFORE = Date.from(Instant.parse("2025-01-01T00:00:00Z"));
    private static final Date NOT_AFTER = Date.from(Instant.parse("2027-01-01T00:00:00Z"));

    final byte[] caDer;
    final List<Identity> servers = new ArrayList<>();
    final List<Identity> clients = new ArrayList<>();

    private final SeededRandom random;
    private final AsymmetricCipherKeyPair caKey;
    private final X500Name caName = new X500Name("CN=SIP Trust Benchmark CA,O=SIP Trust Workbench");
    private long serial = 1000;

    private TestPki(long seed) throws IOException, OperatorCreationException {
        random = SeededRandom.derive(seed, "pki");
        caKey = ecKeyPair();
        X509v3CertificateBuilder ca = builder(caName, caName, caKey.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(1))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        caDer = sign(ca).getEncoded();
        for (String d : SERVER_DOMAINS) {
            servers.add(endEntity(d, true, KeyPurposeId.id_kp_serverAuth));
            servers.add(endEntity(d, false, KeyPurposeId.id_kp_serverAuth));
        }
        for (String d : CLIENT_DOMAINS) {
            clients.add(endEntity(d, true, KeyPurposeId.id_kp_clientAuth));
            clients.add(endEntity(d, false, KeyPurposeId.id_kp_clientAuth));
        }
    }

    static TestPki create(long seed) {
        try {
            return new TestPki(seed);
        } catch (IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the test certificates", e);
        }
    }

    Identity server(String domain, boolean rsa) {
        return find(servers, domain, rsa);
    }

    Identity client(String domain, boolean rsa) {
        return find(clients, domain, rsa);
    }

    private static Identity find(List<Identity> list, String domain, boolean rsa) {
        for (Identity i : list) {
            if (i.domain().equals(domain) && i.rsa() == rsa) {
                return i;
            }
        }
        throw new IllegalArgumentException("no certificate for " + domain);
    }

    private Identity endEntity(String domain, boolean rsa, KeyPurposeId purpose)
            throws IOException, OperatorCreationException {
        AsymmetricCipherKeyPair kp = rsa ? rsaKeyPair() : ecKeyPair();
        X500Name subject = new X500Name("CN=sip." + domain + ",O=" + domain);
        GeneralNames san = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.uniformResourceIdentifier, "sip:" + domain),
            new GeneralName(GeneralName.dNSName, domain),
            new GeneralName(GeneralName.dNSName, "sip." + domain)});
        int usage = rsa ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment : KeyUsage.digitalSignature;
        X509v3CertificateBuilder b = builder(caName, subject, kp.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(usage))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                    purpose, KeyPurposeId.getInstance(ID_KP_SIP_DOMAIN)}))
                .addExtension(Extension.subjectAlternativeName, false, san)
                .addExtension(Extension.authorityKeyIdentifier, false, new BcX509ExtensionUtils()
                        .createAuthorityKeyIdentifier(SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(caKey.getPublic())));
        return new Identity(domain, rsa, kp.getPrivate(), List.of(sign(b).getEncoded(), caDer));
    }

    private X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, AsymmetricKeyParameter publicKey)
            throws IOException {
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey);
        return new X509v3CertificateBuilder(issuer, BigInteger.valueOf(serial++), NOT_BEFORE, NOT_AFTER, subject, spki)
                .addExtension(Extension.subjectKeyIdentifier, false,
                        new BcX509ExtensionUtils().createSubjectKeyIdentifier(spki));
    }

    private X509CertificateHolder sign(X509v3CertificateBuilder b) throws OperatorCreationException {
        AlgorithmIdentifier sig = new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withECDSA");
        AlgorithmIdentifier dig = new DefaultDigestAlgorithmIdentifierFinder().find(sig);
        return b.build(new BcECContentSignerBuilder(sig, dig).setSecureRandom(random).build(caKey.getPrivate()));
    }

    private AsymmetricCipherKeyPair ecKeyPair() {
        X9ECParameters x9 = ECNamedCurveTable.getByOID(SECObjectIdentifiers.secp256r1);
        ECKeyPairGenerator g = new ECKeyPairGenerator();
        g.init(new ECKeyGenerationParameters(new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1, x9), random));
        return g.generateKeyPair();
    }

    private AsymmetricCipherKeyPair rsaKeyPair() {
        RSAKeyPairGenerator g = new RSAKeyPairGenerator();
        g.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, 2048, 112));
        return g.generateKeyPair();
    }
}
