package org.siptrust.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.siptrust.core.Finding;
import org.siptrust.core.Severity;

/** Lint ids on each corpus certificate, and the checks the corpus does not exercise on generated ones. */
class CertificateLintTest {

    private static List<String> ids(CertificateInfo c, Role role) {
        return CertificateLint.lint(c, role).stream().map(LintResult::id).toList();
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("ca", Role.CA, List.of()),
                Arguments.of("proxy-a", Role.SERVER, List.of()),
                Arguments.of("proxy-b", Role.SERVER, List.of()),
                Arguments.of("proxy-b-expired", Role.SERVER, List.of()),
                Arguments.of("proxy-b-selfsigned", Role.SERVER, List.of()),
                Arguments.of("proxy-b-wrongdomain", Role.SERVER, List.of()),
                Arguments.of("proxy-b-cnonly", Role.SERVER, List.of("cn-fallback")),
                Arguments.of("proxy-b-wildcard", Role.SERVER, List.of("no-sip-identity", "wildcard-not-sip")),
                Arguments.of("alice", Role.CLIENT, List.of("uri-san-with-user")),
                Arguments.of("bob", Role.CLIENT, List.of("uri-san-with-user")),
                Arguments.of("ca", Role.SERVER, List.of("leaf-is-ca", "leaf-key-cert-sign", "no-sip-identity")));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("corpus")
    void corpusCertificates(String name, Role role, List<String> expected) {
        assertEquals(expected, ids(Corpus.pkiCert(name), role));
    }

    @Test
    void sipFindingsCarryTheirClauseAndSeverity() {
        List<LintResult> w = CertificateLint.lint(Corpus.pkiCert("proxy-b-wildcard"), Role.SERVER);
        assertEquals(Severity.ERROR, w.get(0).severity());
        assertEquals("RFC 5922 §7.1", w.get(0).rule().toString());
        assertEquals(Severity.WARNING, w.get(1).severity());
        assertEquals("RFC 5922 §7.2", w.get(1).rule().toString());
        assertTrue(w.get(1).message().contains("RFC 9525 would accept it for generic TLS"), w.get(1).message());
        LintResult cn = CertificateLint.lint(Corpus.pkiCert("proxy-b-cnonly"), Role.SERVER).get(0);
        assertEquals("RFC 5922 §7.1", cn.rule().toString());
        assertEquals(Severity.WARNING, cn.severity());
        LintResult user = CertificateLint.lint(Corpus.pkiCert("bob"), Role.CLIENT).get(0);
        assertEquals(Severity.INFO, user.severity(), "a user certificate naming its user is normal");
        assertEquals(Severity.WARNING, CertificateLint.lint(Corpus.pkiCert("bob"), Role.SERVER).get(0).severity());
        Finding f = w.get(0).toFinding(Corpus.pkiCert("proxy-b-wildcard").sha256());
        assertEquals("no-sip-identity", f.id());
        assertEquals("53e28cfc023ad81e5f40de6ac45d4c7053c67b753983221cabfb7b8b4a9d639b", f.certificate());
    }

    @Test
    void zeekCertificates() throws Exception {
        for (CertificateInfo z : Corpus.zeekCertificates()) {
            List<String> server = ids(z, Role.SERVER);
            switch (z.sha256().substring(0, 8)) {
                // www.spidh.org, SHA-1 signed by COMODO
                case "7920ebd7" -> assertEquals(List.of("weak-signature"), server);
                // the VeriSign G5 intermediate, linted as a CA: SHA-1 and no authorityKeyIdentifier
                case "8420dfbe" -> assertEquals(List.of("missing-aki", "weak-signature"), ids(z, Role.CA));
                // client certificate: EKU clientAuth + emailProtection; fine as client, not as a server
                case "a1f55d76" -> {
                    assertEquals(List.of("no-sip-identity", "eku-not-sip"), server);
                    assertEquals(List.of("no-sip-identity"), ids(z, Role.CLIENT));
                }
                // O=TestCorp self-signed root used as server certificate
                case "3cd6d125" -> assertEquals(List.of("leaf-is-ca", "weak-signature", "no-sip-identity"), server);
                case "a1a0ce42" -> assertEquals(List.of(), server);
                default -> {
                }
            }
        }
    }

    @Test
    void generatedCasesForTheRfc5280AndCryptoChecks() {
        TestPki.ThreeLevels p = TestPki.threeLevels();
        assertEquals(List.of(), ids(p.leaf().cert(), Role.SERVER));
        assertEquals(List.of(), ids(p.intermediate().cert(), Role.CA));

        CertificateInfo ekuCode = TestPki.builder(TestPki.cn("code.test.example")).issuer(p.intermediate()).notCa()
                .eku(KeyPurposeId.id_kp_codeSigning).dns("code.test.example").build().cert();
        List<LintResult> eku = CertificateLint.lint(ekuCode, Role.SERVER);
        assertEquals(List.of("eku-not-sip"), eku.stream().map(LintResult::id).toList());
        assertEquals(Severity.WARNING, eku.get(0).severity());
        assertEquals("RFC 5924 §4.1", eku.get(0).rule().toString());

        CertificateInfo weak = TestPki.builder(TestPki.cn("weak.test.example")).issuer(p.intermediate()).notCa()
                .keys(TestPki.rsa(1024)).dns("weak.test.example").build().cert();
        assertEquals(List.of("weak-key"), ids(weak, Role.SERVER));
        assertEquals(1024, weak.publicKeySize());

        TestPki.Issued rsaCa = TestPki.builder(TestPki.cn("RSA CA")).issuer(p.root()).ca(null)
                .keyUsage(KeyUsage.keyCertSign).keys(TestPki.rsa(2048)).build();
        CertificateInfo sha1 = TestPki.builder(TestPki.cn("sha1.test.example")).issuer(rsaCa).notCa()
                .signatureAlgorithm("SHA1withRSA").dns("sha1.test.example").build().cert();
        assertEquals("SHA1withRSA", sha1.signatureAlgorithm());
        assertEquals(List.of("weak-signature"), ids(sha1, Role.SERVER));

        CertificateInfo serials = TestPki.builder(TestPki.cn("serial.test.example")).issuer(p.intermediate()).notCa()
                .serial(BigInteger.ONE.negate().shiftLeft(170)).dns("serial.test.example").build().cert();
        assertEquals(List.of("serial-not-positive", "serial-too-long"), ids(serials, Role.SERVER));

        CertificateInfo gt = TestPki.builder(TestPki.cn("time.test.example")).issuer(p.intermediate()).notCa()
                .generalizedTime().validity(TestPki.FROM, Instant.parse("2049-12-31T23:59:59Z"))
                .dns("time.test.example").build().cert();
        assertEquals(List.of("validity-encoding", "validity-encoding"), ids(gt, Role.SERVER));

        CertificateInfo leafCa = TestPki.builder(TestPki.cn("ca-leaf.test.example")).issuer(p.intermediate()).ca(null)
                .keyUsage(KeyUsage.keyCertSign | KeyUsage.digitalSignature).noKeyIdentifiers()
                .dns("ca-leaf.test.example").build().cert();
        assertEquals(List.of("ca-without-ski", "missing-aki", "leaf-is-ca", "leaf-key-cert-sign"),
                ids(leafCa, Role.SERVER));

        CertificateInfo notCa = TestPki.builder(TestPki.cn("Pretend CA")).issuer(p.root()).notCa()
                .keyUsage(KeyUsage.digitalSignature).build().cert();
        assertEquals(List.of("ca-not-ca", "ca-without-key-cert-sign"), ids(notCa, Role.CA));

        CertificateInfo wildcardCn = TestPki.builder(TestPki.cn("*.cn.example")).issuer(p.intermediate()).notCa()
                .build().cert();
        List<LintResult> wc = CertificateLint.lint(wildcardCn, Role.SERVER);
        assertEquals(List.of("no-sip-identity", "wildcard-not-sip"), wc.stream().map(LintResult::id).toList());
        assertTrue(wc.get(1).message().contains("RFC 9525 would not use a CN either"), wc.get(1).message());
    }
}
