package org.siptrust.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.siptrust.testing.JsonTree;

/**
 * The certificate model against what {@code openssl x509 -noout -subject -issuer -serial -ext
 * subjectAltName -nameopt RFC2253} prints for the corpus files (values hard-coded from running
 * OpenSSL 3.0 on testdata/pki), and against the tshark/openssl reference files of every capture.
 */
class CertificateInfoTest {

    /** name, subject, issuer, serial, SAN strings, sha256 - as openssl printed them for testdata/pki. */
    static Stream<Arguments> pkiExpectations() {
        String corpusCa = "O=SIP TLS Corpus,CN=Corpus Test Root CA";
        return Stream.of(
                Arguments.of("ca", corpusCa, corpusCa, "1000", List.of(),
                        "f35bc958ad4b4b5f5e069c7d3d38b0dfb1199a335f0d7f62eda5398382026b7d"),
                Arguments.of("proxy-a", "O=Atlanta Example,CN=sip.atlanta.example.com", corpusCa, "1001",
                        List.of("URI:sip:atlanta.example.com", "DNS:atlanta.example.com", "DNS:sip.atlanta.example.com"),
                        "0eb848ceac4495017fcc574777d35f0f6986220d1aa7cff4a37d54761f38bc9f"),
                Arguments.of("proxy-b", "O=Biloxi Example,CN=sip.biloxi.example.com", corpusCa, "1002",
                        List.of("URI:sip:biloxi.example.com", "DNS:biloxi.example.com", "DNS:sip.biloxi.example.com"),
                        "9ba20577773ef8cf76db3d2daaee59f72b9a036ff241830b7d9262594f76570c"),
                Arguments.of("alice", "O=Atlanta Example,CN=alice", corpusCa, "1003",
                        List.of("URI:sip:alice@atlanta.example.com", "DNS:alice-pc.atlanta.example.com"),
                        "72b1186b8724eb3b0ffdd9764a70945bd6b7f5a953b70d6f0c6e303e1a352d00"),
                Arguments.of("bob", "O=Biloxi Example,CN=bob", corpusCa, "1004",
                        List.of("URI:sip:bob@biloxi.example.com", "DNS:bob-pc.biloxi.example.com"),
                        "f972c548bf3ecf2b32d9330f6c3b192f6953df781ddb2954d8cb7957d11591f8"),
                Arguments.of("proxy-b-wrongdomain", "O=Chicago Example,CN=sip.chicago.example.com", corpusCa, "1005",
                        List.of("URI:sip:chicago.example.com", "DNS:chicago.example.com", "DNS:sip.chicago.example.com"),
                        "f04d9157ad170372598a6d6ecbbebf2851d2370d9d32108a257a48ce613c56b1"),
                Arguments.of("proxy-b-cnonly", "O=Biloxi Example,CN=sip.biloxi.example.com", corpusCa, "1006", List.of(),
                        "e49561eb1ac0b21d55ad598502c64ca9ac65bcbd21e9b0369df1e8395cf8623e"),
                Arguments.of("proxy-b-expired", "O=Biloxi Example,CN=sip.biloxi.example.com", corpusCa, "1007",
                        List.of("URI:sip:biloxi.example.com", "DNS:biloxi.example.com", "DNS:sip.biloxi.example.com"),
                        "d3c41a71100fb0792d37fb697680850f6d0fee71d94a87d3b224a6b250b98f7e"),
                Arguments.of("proxy-b-wildcard", "O=Biloxi Example,CN=*.biloxi.example.com", corpusCa, "1008",
                        List.of("DNS:*.biloxi.example.com"),
                        "53e28cfc023ad81e5f40de6ac45d4c7053c67b753983221cabfb7b8b4a9d639b"),
                Arguments.of("proxy-b-selfsigned", "CN=sip.biloxi.example.com,O=Biloxi Rogue",
                        "CN=sip.biloxi.example.com,O=Biloxi Rogue", "15E676C2113F5B1CB48633D4BC0D19BDB66E29B8",
                        List.of("URI:sip:biloxi.example.com", "DNS:biloxi.example.com", "DNS:sip.biloxi.example.com"),
                        "026324d548786446a208e5dd1474965f12012e176b8a9420b01db43f2535c4d7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pkiExpectations")
    void pkiCertificatesPrintLikeOpenssl(String name, String subject, String issuer, String serial, List<String> san,
            String sha256) {
        CertificateInfo c = Corpus.pkiCert(name);
        assertEquals(subject, c.subject());
        assertEquals(issuer, c.issuer());
        assertEquals(serial, c.serialHex());
        assertEquals(san, c.sanStrings());
        assertEquals(sha256, c.sha256());
        assertEquals(!san.isEmpty(), c.hasSubjectAltNameExtension());
    }

    @Test
    void proxyBFieldsAsOpensslTextShowsThem() {
        CertificateInfo c = Corpus.pkiCert("proxy-b");
        assertEquals(3, c.version());
        assertEquals(Instant.parse("2026-11-26T00:00:00Z"), c.notBefore());
        assertEquals(Instant.parse("2036-11-24T00:00:00Z"), c.notAfter());
        assertEquals("RSA", c.publicKeyAlgorithm());
        assertEquals(2048, c.publicKeySize());
        assertNull(c.publicKeyCurve());
        assertEquals("SHA256withRSA", c.signatureAlgorithm());
        assertFalse(c.isCa());
        assertNull(c.pathLen());
        assertEquals(List.of("digitalSignature", "keyEncipherment"), c.keyUsage());
        assertEquals(List.of(new KeyPurpose("1.3.6.1.5.5.7.3.1", "serverAuth"),
                new KeyPurpose("1.3.6.1.5.5.7.3.2", "clientAuth")), c.extendedKeyUsage());
        // X509v3 Subject Key Identifier / Authority Key Identifier as openssl -text prints them
        assertEquals(Corpus.hex("51:D7:90:45:3F:C9:D5:AD:CC:24:F4:F9:C9:62:FE:79:91:46:5E:CC"), c.subjectKeyId());
        assertEquals(Corpus.hex("C4:C6:30:BC:35:EE:FF:D8:4D:9B:00:8B:F3:D7:15:1D:6C:97:B4:7E"), c.authorityKeyId());
        assertEquals(List.of("sip.biloxi.example.com"), c.subjectCommonNames());
        assertFalse(c.isSelfIssued());
        assertFalse(c.isSelfSigned());
        assertEquals(List.of(SubjectAltName.Kind.URI, SubjectAltName.Kind.DNS, SubjectAltName.Kind.DNS),
                c.subjectAltNames().stream().map(SubjectAltName::kind).toList());
        assertEquals("sip:biloxi.example.com", c.subjectAltNames().get(0).value());
        List<String> extNames = c.extensions().stream().map(ExtensionInfo::name).toList();
        assertEquals(List.of("X509v3 Basic Constraints", "X509v3 Key Usage", "X509v3 Extended Key Usage",
                "X509v3 Subject Key Identifier", "X509v3 Authority Key Identifier", "X509v3 Subject Alternative Name"),
                extNames);
        ExtensionInfo bc = c.extensions().get(0);
        assertTrue(bc.critical());
        assertEquals("CA:FALSE", bc.value());
        assertEquals("Digital Signature, Key Encipherment", c.extensions().get(1).value());
        assertEquals("TLS Web Server Authentication, TLS Web Client Authentication", c.extensions().get(2).value());
        assertTrue(c.isSignedBy(Corpus.pkiCert("ca")));
        assertFalse(c.isSignedBy(c));
    }

    @Test
    void caIsSelfSignedAndExpiredCertificateKeepsItsDates() {
        CertificateInfo ca = Corpus.pkiCert("ca");
        assertTrue(ca.isCa());
        assertTrue(ca.isSelfIssued());
        assertTrue(ca.isSelfSigned());
        assertEquals(List.of("keyCertSign", "cRLSign"), ca.keyUsage());
        assertNull(ca.extendedKeyUsage());
        assertEquals(Instant.parse("2046-11-22T00:00:00Z"), ca.notAfter());
        CertificateInfo expired = Corpus.pkiCert("proxy-b-expired");
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), expired.notBefore());
        assertEquals(Instant.parse("2021-01-01T00:00:00Z"), expired.notAfter());
        CertificateInfo rogue = Corpus.pkiCert("proxy-b-selfsigned");
        assertTrue(rogue.isSelfSigned());
        assertFalse(rogue.isCa());
        assertNull(rogue.authorityKeyId());
    }

    @Test
    void derCopyAndDigestsAreConsistent() throws Exception {
        CertificateInfo c = Corpus.pkiCert("proxy-a");
        byte[] der = c.der();
        der[0] = 0;
        assertEquals(0x30, c.der()[0] & 0xff, "der() must hand out a copy");
        assertEquals(c, CertificateInfo.parse(c.der()));
        String sha1 = org.siptrust.core.Hex.of(java.security.MessageDigest.getInstance("SHA-1").digest(c.der()));
        assertEquals(sha1, c.sha1());
        String spki = org.siptrust.core.Hex.of(java.security.MessageDigest.getInstance("SHA-256")
                .digest(c.subjectPublicKeyInfo()));
        assertEquals(spki, c.spkiSha256());
        // the same SPKI hash, computed by openssl: x509 -pubkey | pkey -pubin -outform DER | sha256
        assertEquals("c5ee869fb240dab27d0e1427e3f9d978f8f61def99195bada27b814cc1b8062f", c.spkiSha256());
    }

    /** Every certificate in every capture reference file, when it is one of ours or a Zeek one. */
    @Test
    void matchesEveryCaptureReferenceEntry() throws Exception {
        Map<String, CertificateInfo> known = new HashMap<>();
        // the corpus's pki/ and each regenerated variant's (testdata/ORIGIN.md)
        List<Path> pems;
        try (Stream<Path> s = Files.walk(Corpus.root().toRealPath())) {
            pems = s.filter(p -> p.getParent().getFileName().toString().equals("pki") && p.toString().endsWith(".crt")).toList();
        }
        assertTrue(pems.size() >= 30, "pki certificates found: " + pems.size());
        for (Path p : pems) {
            CertificateInfo c = CertificateInfo.parse(Corpus.pemBlocks(Files.readString(p)).get(0));
            known.put(c.sha256(), c);
        }
        for (CertificateInfo c : Corpus.zeekCertificates()) {
            known.put(c.sha256(), c);
        }
        List<Path> refs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Corpus.root().toRealPath())) {
            s.filter(p -> p.toString().endsWith(".tls.json")).forEach(refs::add);
        }
        assertTrue(refs.size() >= 20, "reference files found: " + refs.size());
        int compared = 0;
        for (Path ref : refs) {
            for (Object h : JsonTree.list(JsonTree.read(ref))) {
                Map<?, ?> hs = (Map<?, ?>) h;
                for (String role : new String[] {"server_certificates", "client_certificates"}) {
                    Object certs = hs.get(role);
                    if (certs == null) {
                        continue;
                    }
                    for (Object o : (List<?>) certs) {
                        Map<?, ?> e = (Map<?, ?>) o;
                        String sha = Corpus.hex((String) e.get("sha256"));
                        CertificateInfo c = known.get(sha);
                        assertNotNull(c, ref + ": certificate " + e.get("subject") + " " + sha + " is neither in pki/ nor"
                                + " among the extracted Zeek certificates");
                        String where = ref.getFileName() + " " + e.get("subject");
                        assertEquals(e.get("subject"), c.subject(), where);
                        assertEquals(e.get("issuer"), c.issuer(), where);
                        assertEquals(e.get("serial"), c.serialHex(), where);
                        assertEquals(lower((List<?>) e.get("san")), lower(c.sanStrings()), where);
                        assertEquals(((Number) e.get("der_len")).intValue(), c.der().length, where);
                        assertEquals(e.get("self_signed"), c.subject().equals(c.issuer()), where);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 100, "compared " + compared + " reference entries");
    }

    private static List<String> lower(List<?> l) {
        return l.stream().map(o -> o.toString().toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void zeekCertificatesHaveTheirExpectedPeculiarities() throws Exception {
        Map<String, CertificateInfo> z = new HashMap<>();
        for (CertificateInfo c : Corpus.zeekCertificates()) {
            z.put(c.sha256(), c);
        }
        assertEquals(15, z.size());
        CertificateInfo noCn = z.get("3cd6d125cca7c6f128928b0570cd3dc6efb0ad52f95dbff292011106b7f8d4b4");
        assertEquals("O=TestCorp", noCn.subject());
        assertTrue(noCn.subjectCommonNames().isEmpty());
        assertFalse(noCn.hasSubjectAltNameExtension());
        assertTrue(noCn.isSelfSigned());
        assertEquals("FA17A614059B1EF3", noCn.serialHex());
        CertificateInfo client = z.get("a1f55d76849597ea678caa765fddf967cb1d9150a29c4e4479c58e0bafaaedc3");
        assertEquals(List.of("email:johanna@corelight.com"), client.sanStrings());
        assertEquals(SubjectAltName.Kind.EMAIL, client.subjectAltNames().get(0).kind());
        assertEquals(List.of(new KeyPurpose("1.3.6.1.5.5.7.3.2", "clientAuth"),
                new KeyPurpose("1.3.6.1.5.5.7.3.4", "emailProtection")), client.extendedKeyUsage());
        CertificateInfo verisign = z.get("64903546a58058d1e6f1bead1134ede66a6831d231f0df8d4e28535d7a300496");
        assertEquals(List.of("DirName:/CN=VeriSignMPKI-2-6"), verisign.sanStrings());
        assertEquals("CN=VeriSign Class 3 Secure Server CA - G3,OU=Terms of use at https://www.verisign.com/rpa (c)10,"
                + "OU=VeriSign Trust Network,O=VeriSign\\, Inc.,C=US", verisign.subject());
        assertEquals("SHA1withRSA", verisign.signatureAlgorithm());
        assertEquals(Integer.valueOf(0), verisign.pathLen());
        assertTrue(verisign.isCa());
        assertEquals(List.of("URI:http://crl.verisign.com/pca3-g5.crl"), verisign.crlDistributionPoints());
        assertEquals("OCSP - URI:http://ocsp.verisign.com", verisign.authorityInfoAccess().get(0).toString());
        CertificateInfo heise = z.get("a1a0ce42b5da24e6210fb4b27614bcfda36e4756296c6a9cd93105f1c76ed360");
        assertEquals(List.of("1.3.6.1.4.1.6449.1.2.2.7", "2.23.140.1.2.1"), heise.policies());
        ExtensionInfo sct = heise.extensions().stream().filter(e -> e.oid().equals("1.3.6.1.4.1.11129.2.4.2"))
                .findFirst().orElseThrow();
        assertEquals("CT Precertificate SCTs", sct.name());
        assertEquals("3 signed certificate timestamps", sct.value());
        CertificateInfo isrg = z.get("6d99fb265eb1c5b3744765fcbc648f3cd8e1bffafdc4c2f99b9d47cf7ff1c24f");
        assertEquals(4096, isrg.publicKeySize());
        assertFalse(isrg.isSelfSigned(), "this ISRG Root X1 is the cross-signed one, issued by DST Root CA X3");
        CertificateInfo r3 = z.get("67add1166b020ae61b8f5fc96813c04c2aa589960796865572a3c7e737613dfd");
        CertificateInfo leaf = z.get("4983a8a16d7e3954eceffda10e1a198388b334f71ba311acd99f89984739297e");
        assertTrue(leaf.isSignedBy(r3), "certauth.idrix.fr is signed by R3");
        assertTrue(r3.isSignedBy(isrg), "R3 (cross-signed variant) is signed by ISRG Root X1");
    }
}
