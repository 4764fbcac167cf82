package org.siptrust.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.junit.jupiter.api.Test;

/**
 * Validation at the capture time against the corpus CA, and chain-shape problems with a PKI
 * generated at test time (the corpus has a single-level CA only).
 */
class CertificateValidatorTest {

    /** The corpus captures were made on 2026-11-27. */
    private static final Instant CAPTURE = Instant.parse("2026-11-27T05:06:49Z");

    private static final CertificateInfo CA = Corpus.pkiCert("ca");
    private static final TrustAnchors CORPUS_ANCHOR = TrustAnchors.of(List.of(CA));

    private static ValidationResult validate(TrustAnchors anchors, Instant at, CertificateInfo... chain) {
        return CertificateValidator.validate(List.of(chain), anchors, at, Purpose.SERVER, List.of());
    }

    @Test
    void proxyBIsValidAtCaptureTime() {
        CertificateInfo b = Corpus.pkiCert("proxy-b");
        ValidationResult r = validate(CORPUS_ANCHOR, CAPTURE, b);
        assertEquals("valid", r.status());
        assertEquals(List.of(b.sha256(), CA.sha256()), r.chain());
        assertEquals(List.of(), r.problems());
        assertEquals(CAPTURE, r.at());
        // as sent in the captures: leaf plus the root
        ValidationResult sent = validate(CORPUS_ANCHOR, CAPTURE, b, CA);
        assertEquals("valid", sent.status());
        assertEquals(List.of(), sent.codes());
        assertEquals(List.of(b.sha256(), CA.sha256()), sent.chain());
    }

    @Test
    void everyCorpusCertificateIssuedByTheCaValidates() {
        for (String n : new String[] {"proxy-a", "proxy-b", "alice", "bob", "proxy-b-cnonly", "proxy-b-wildcard",
            "proxy-b-wrongdomain"}) {
            ValidationResult r = CertificateValidator.validate(List.of(Corpus.pkiCert(n), CA), CORPUS_ANCHOR, CAPTURE,
                    n.startsWith("proxy") ? Purpose.SERVER : Purpose.CLIENT, List.of());
            assertEquals("valid", r.status(), n + " " + r.problems());
        }
    }

    @Test
    void proxyBExpiredIsExpiredAtCaptureTimeAndValidIn2020() {
        CertificateInfo e = Corpus.pkiCert("proxy-b-expired");
        ValidationResult r = validate(CORPUS_ANCHOR, CAPTURE, e, CA);
        assertEquals("expired", r.status());
        assertEquals(List.of("expired"), r.codes());
        assertEquals(e.sha256(), r.problems().get(0).certificateSha256());
        assertEquals("RFC 5280 §6.1.3", r.problems().get(0).rule().toString());
        assertTrue(r.problems().get(0).message().contains("2021-01-01T00:00:00Z"), r.problems().get(0).message());
        assertEquals(List.of(e.sha256(), CA.sha256()), r.chain());
        org.siptrust.core.Finding f = r.problems().get(0).toFinding();
        assertEquals("certificate-expired", f.id());
        assertEquals(org.siptrust.core.Severity.ERROR, f.severity());
        assertEquals(e.sha256(), f.certificate());

        // --at 2020-06-01: the leaf was valid then. The corpus CA certificate was not (notBefore 2026-11-26), but a
        // trust anchor is a name and a key (RFC 5280 §6.1.1): that is said, and does not change the verdict.
        ValidationResult then = validate(CORPUS_ANCHOR, Instant.parse("2020-06-01T00:00:00Z"), e, CA);
        assertEquals("valid", then.status());
        assertEquals(List.of("anchor-validity"), then.codes());
        assertFalse(then.problems().get(0).blocking());
        assertEquals(CA.sha256(), then.problems().get(0).certificateSha256());
        assertEquals(List.of(e.sha256(), CA.sha256()), then.chain());
    }

    @Test
    void proxyBIsNotYetValidBeforeItsStart() {
        ValidationResult r = validate(CORPUS_ANCHOR, Instant.parse("2026-11-25T23:59:59Z"), Corpus.pkiCert("proxy-b"));
        assertEquals("not-yet-valid", r.status());
        assertEquals(List.of("not-yet-valid", "anchor-validity"), r.codes(), "leaf and CA both start 2026-11-26");
        assertEquals(Corpus.pkiCert("proxy-b").sha256(), r.problems().get(0).certificateSha256());
    }

    @Test
    void selfSignedProxyBIsSelfSignedNotTrusted() {
        CertificateInfo s = Corpus.pkiCert("proxy-b-selfsigned");
        ValidationResult r = validate(CORPUS_ANCHOR, CAPTURE, s);
        assertEquals("self-signed", r.status());
        assertEquals(List.of("self-signed"), r.codes());
        assertEquals(List.of(s.sha256()), r.chain());
        assertEquals("certificate-self-signed", r.problems().get(0).findingId());
        ValidationResult none = validate(TrustAnchors.none(), CAPTURE, s);
        assertEquals("self-signed", none.status());
        // its notBefore is 2026-11-27T03:56:31Z: one evaluation reports both failures on their own
        ValidationResult early = validate(CORPUS_ANCHOR, Instant.parse("2026-11-27T00:00:00Z"), s);
        assertEquals("self-signed", early.status());
        assertEquals(List.of("self-signed", "not-yet-valid"), early.codes());
        ValidationResult late = validate(CORPUS_ANCHOR, Instant.parse("2040-01-01T00:00:00Z"), s);
        assertEquals(List.of("self-signed", "expired"), late.codes());
        // pinned: the user gives the certificate itself as anchor
        ValidationResult pinned = validate(TrustAnchors.of(List.of(s)), CAPTURE, s);
        assertEquals("valid", pinned.status());
        assertEquals(List.of(s.sha256()), pinned.chain());
    }

    @Test
    void withoutAnchorsTheCorpusChainIsUntrusted() {
        CertificateInfo b = Corpus.pkiCert("proxy-b");
        ValidationResult r = validate(TrustAnchors.none(), CAPTURE, b, CA);
        assertEquals("untrusted", r.status());
        assertEquals(List.of("unknown-issuer"), r.codes());
        assertTrue(r.problems().get(0).message().contains("self-signed certificate O=SIP TLS Corpus,CN=Corpus Test Root CA"),
                r.problems().get(0).message());
        assertEquals(List.of(b.sha256(), CA.sha256()), r.chain());
        ValidationResult alone = validate(TrustAnchors.none(), CAPTURE, b);
        assertEquals("untrusted", alone.status());
        assertEquals(b.sha256(), alone.problems().get(0).certificateSha256());
        // untrusted takes precedence over expired, and both are reported
        ValidationResult expired = validate(TrustAnchors.none(), CAPTURE, Corpus.pkiCert("proxy-b-expired"), CA);
        assertEquals("untrusted", expired.status());
        assertEquals(List.of("unknown-issuer", "expired"), expired.codes());
    }

    @Test
    void wellOrderedThreeLevelChainIsValid() {
        TestPki.ThreeLevels p = TestPki.threeLevels();
        TrustAnchors anchors = TrustAnchors.of(List.of(p.root().cert()));
        ValidationResult r = validate(anchors, TestPki.NOW, p.leaf().cert(), p.intermediate().cert());
        assertEquals("valid", r.status(), r.problems().toString());
        assertEquals(List.of(p.leaf().cert().sha256(), p.intermediate().cert().sha256(), p.root().cert().sha256()),
                r.chain());
        assertEquals(List.of(), r.problems());
        ValidationResult withRoot = validate(anchors, TestPki.NOW, p.leaf().cert(), p.intermediate().cert(),
                p.root().cert());
        assertEquals(List.of(), withRoot.problems());
    }

    @Test
    void wrongOrderIsReportedButTheChainStillValidates() {
        TestPki.ThreeLevels p = TestPki.threeLevels();
        TrustAnchors anchors = TrustAnchors.of(List.of(p.root().cert()));
        ValidationResult r = validate(anchors, TestPki.NOW, p.leaf().cert(), p.root().cert(), p.intermediate().cert());
        assertEquals("valid", r.status());
        assertEquals(List.of("wrong-order"), r.codes());
        assertFalse(r.problems().get(0).blocking());
        assertEquals("RFC 5246 §7.4.2", r.problems().get(0).rule().toString());
        assertEquals(List.of(p.leaf().cert().sha256(), p.intermediate().cert().sha256(), p.root().cert().sha256()),
                r.chain());

        // four levels, intermediates swapped
        TestPki.Issued inter1 = TestPki.builder(TestPki.cn("Top Intermediate")).issuer(p.root()).ca(null)
                .keyUsage(KeyUsage.keyCertSign).build();
        TestPki.Issued mid = TestPki.builder(TestPki.cn("Middle Intermediate")).issuer(inter1).ca(null)
                .keyUsage(KeyUsage.keyCertSign).build();
        TestPki.Issued leaf = TestPki.builder(TestPki.cn("leaf4.test.example")).issuer(mid).notCa()
                .dns("leaf4.test.example").build();
        ValidationResult swapped = validate(anchors, TestPki.NOW, leaf.cert(), inter1.cert(), mid.cert());
        assertEquals("valid", swapped.status());
        assertEquals(List.of("wrong-order"), swapped.codes());
        assertTrue(swapped.problems().get(0).message().contains("[O=Test PKI,CN=leaf4.test.example; O=Test PKI,CN=Top"
                + " Intermediate; O=Test PKI,CN=Middle Intermediate]"), swapped.problems().get(0).message());
        assertEquals(List.of(leaf.cert().sha256(), mid.cert().sha256(), inter1.cert().sha256(),
                p.root().cert().sha256()), swapped.chain());
    }

    @Test
    void missingIntermediateIsUntrustedUnlessSeenElsewhere() {
        TestPki.ThreeLevels p = TestPki.threeLevels();
        TrustAnchors anchors = TrustAnchors.of(List.of(p.root().cert()));
        ValidationResult alone = validate(anchors, TestPki.NOW, p.leaf().cert());
        assertEquals("untrusted", alone.status());
        assertEquals(List.of("unknown-issuer"), alone.codes());
        assertTrue(alone.problems().get(0).message().contains("O=Test PKI,CN=Test Intermediate"));

        ValidationResult found = CertificateValidator.validate(List.of(p.leaf().cert()), anchors, TestPki.NOW,
                Purpose.SERVER, List.of(p.intermediate().cert(), Corpus.pkiCert("proxy-a")));
        assertEquals("valid", found.status());
        assertEquals(List.of("missing-intermediate"), found.codes());
        assertEquals(p.intermediate().cert().sha256(), found.problems().get(0).certificateSha256());
        assertEquals(3, found.chain().size());
    }

    @Test
    void unneededCertificateIsAdvisory() {
        TestPki.ThreeLevels p = TestPki.threeLevels();
        ValidationResult r = validate(TrustAnchors.of(List.of(p.root().cert())), TestPki.NOW, p.leaf().cert(),
                p.intermediate().cert(), CA);
        assertEquals("valid", r.status());
        assertEquals(List.of("unneeded-certificate"), r.codes());
        assertEquals(CA.sha256(), r.problems().get(0).certificateSha256());
    }

    @Test
    void forgedSignatureIsInvalid() {
        TestPki.ThreeLevels p = TestPki.threeLevels();
        TestPki.Issued forged = TestPki.builder(TestPki.cn("forged.test.example")).issuer(p.intermediate())
                .signWith(TestPki.ec()).notCa().dns("forged.test.example").build();
        ValidationResult r = validate(TrustAnchors.of(List.of(p.root().cert())), TestPki.NOW, forged.cert(),
                p.intermediate().cert());
        assertEquals("invalid", r.status());
        assertEquals(List.of("bad-signature"), r.codes());
        assertEquals(forged.cert().sha256(), r.problems().get(0).certificateSha256());
        assertEquals(3, r.chain().size());
    }

    @Test
    void constraintViolationsAreEachReported() {
        TestPki.Issued open = TestPki.builder(TestPki.cn("Open Root")).ca(null).keyUsage(KeyUsage.keyCertSign).build();
        TestPki.Issued notCa = TestPki.builder(TestPki.cn("Not A CA")).issuer(open).notCa()
                .keyUsage(KeyUsage.digitalSignature).build();
        TestPki.Issued leaf = TestPki.builder(TestPki.cn("deep.test.example")).issuer(notCa).notCa()
                .dns("deep.test.example").build();
        ValidationResult r = validate(TrustAnchors.of(List.of(open.cert())), TestPki.NOW, leaf.cert(), notCa.cert());
        assertEquals("invalid", r.status());
        assertEquals(List.of("basic-constraints", "key-usage"), r.codes());
        assertTrue(r.problems().stream().allMatch(x -> x.certificateSha256().equals(notCa.cert().sha256())));

        TestPki.Issued root = TestPki.builder(TestPki.cn("Constrained Root")).ca(0)
                .keyUsage(KeyUsage.keyCertSign).build();

        TestPki.Issued inter = TestPki.builder(TestPki.cn("Too Deep Intermediate")).issuer(root).ca(null)
                .keyUsage(KeyUsage.keyCertSign).build();
        TestPki.Issued inter2 = TestPki.builder(TestPki.cn("Deeper Intermediate")).issuer(inter).ca(null)
                .keyUsage(KeyUsage.keyCertSign).build();
        TestPki.Issued leaf2 = TestPki.builder(TestPki.cn("deeper.test.example")).issuer(inter2).notCa().build();
        ValidationResult deep = validate(TrustAnchors.of(List.of(root.cert())), TestPki.NOW, leaf2.cert(),
                inter2.cert(), inter.cert());
        assertEquals("invalid", deep.status());
        assertEquals(List.of("path-length"), deep.codes());
        assertEquals(root.cert().sha256(), deep.problems().get(0).certificateSha256());
    }

    @Test
    void expiredIntermediateMakesTheChainExpired() {
        TestPki.ThreeLevels p = TestPki.threeLevels();
        TestPki.Issued old = TestPki.builder(TestPki.cn("Old Intermediate")).issuer(p.root()).ca(null)
                .keyUsage(KeyUsage.keyCertSign)
                .validity(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z")).build();
        TestPki.Issued leaf = TestPki.builder(TestPki.cn("old.test.example")).issuer(old).notCa().build();
        ValidationResult r = validate(TrustAnchors.of(List.of(p.root().cert())), TestPki.NOW, leaf.cert(), old.cert());
        assertEquals("expired", r.status());
        assertEquals(List.of("expired"), r.codes());
        assertEquals(old.cert().sha256(), r.problems().get(0).certificateSha256());
    }

    @Test
    void ekuWithoutSipServerOrAnyIsAWarningOnly() {
        TestPki.ThreeLevels p = TestPki.threeLevels();
        TestPki.Issued codeSigning = TestPki.builder(TestPki.cn("code.test.example")).issuer(p.intermediate()).notCa()
                .eku(KeyPurposeId.id_kp_codeSigning).dns("code.test.example").build();
        ValidationResult r = validate(TrustAnchors.of(List.of(p.root().cert())), TestPki.NOW, codeSigning.cert(),
                p.intermediate().cert());
        assertEquals("valid", r.status());
        assertEquals(List.of("eku"), r.codes());
        assertEquals("RFC 5924 §4.1", r.problems().get(0).rule().toString());
        assertEquals("eku-not-sip", r.problems().get(0).findingId());
        assertEquals(org.siptrust.core.Severity.WARNING, r.problems().get(0).severity());
        TestPki.Issued sip = TestPki.builder(TestPki.cn("sipdomain.test.example")).issuer(p.intermediate()).notCa()
                .eku(KeyPurposeId.getInstance(new org.bouncycastle.asn1.ASN1ObjectIdentifier(KeyPurpose.SIP_DOMAIN)))
                .build();
        assertEquals(List.of(), validate(TrustAnchors.of(List.of(p.root().cert())), TestPki.NOW, sip.cert(),
                p.intermediate().cert()).codes());
        // a client certificate with only serverAuth (like none of the corpus ones) fails the CLIENT purpose
        TestPki.Issued serverOnly = TestPki.builder(TestPki.cn("ua.test.example")).issuer(p.intermediate()).notCa()
                .eku(KeyPurposeId.id_kp_serverAuth).build();
        ValidationResult client = CertificateValidator.validate(List.of(serverOnly.cert(), p.intermediate().cert()),
                TrustAnchors.of(List.of(p.root().cert())), TestPki.NOW, Purpose.CLIENT, List.of());
        assertEquals(List.of("eku"), client.codes());
    }

    @Test
    void pkixCrossCheckCatchesNameConstraints() throws Exception {
        // Name constraints of the anchor itself are not part of RFC 5280 path processing: put them on an intermediate.
        NameConstraints nc = new NameConstraints(new GeneralSubtree[] {
            new GeneralSubtree(new GeneralName(GeneralName.dNSName, "allowed.example"))}, null);
        TestPki.Issued root = TestPki.builder(TestPki.cn("NC Root")).ca(null).keyUsage(KeyUsage.keyCertSign).build();
        TestPki.Issued inter = TestPki.builder(TestPki.cn("NC Intermediate")).issuer(root).ca(null)
                .keyUsage(KeyUsage.keyCertSign).extension(Extension.nameConstraints, true, nc).build();
        TestPki.Issued good = TestPki.builder(TestPki.cn("sip.allowed.example")).issuer(inter).notCa()
                .dns("sip.allowed.example").build();
        TestPki.Issued bad = TestPki.builder(TestPki.cn("sip.evil.example")).issuer(inter).notCa()
                .dns("sip.evil.example").build();
        TrustAnchors anchors = TrustAnchors.of(List.of(root.cert()));
        assertEquals(List.of(), validate(anchors, TestPki.NOW, good.cert(), inter.cert()).problems());
        ValidationResult r = validate(anchors, TestPki.NOW, bad.cert(), inter.cert());
        assertEquals("invalid", r.status());
        assertEquals(List.of("pkix"), r.codes());
        assertTrue(r.problems().get(0).message().startsWith("PKIX path validation failed"));
        assertEquals(bad.cert().sha256(), r.problems().get(0).certificateSha256());
    }

    @Test
    void emptyChainIsUntrusted() {
        ValidationResult r = CertificateValidator.validate(List.of(), CORPUS_ANCHOR, CAPTURE, Purpose.SERVER, null);
        assertEquals("untrusted", r.status());
        assertEquals(List.of("no-certificate"), r.codes());
    }

    @Test
    void realWorldChainFromZeekCaptureValidatesAtItsCaptureTime() throws Exception {
        java.util.Map<String, CertificateInfo> z = new java.util.HashMap<>();
        for (CertificateInfo c : Corpus.zeekCertificates()) {
            z.put(c.sha256(), c);
        }
        CertificateInfo heise = z.get("a1a0ce42b5da24e6210fb4b27614bcfda36e4756296c6a9cd93105f1c76ed360");
        CertificateInfo sectigo = z.get("7fa4ff68ec04a99d7528d5085f94907f4d1dd1c5381bacdc832ed5c960214676");
        // trusting the intermediate itself (no root in the capture): valid while both were valid, expired after
        TrustAnchors a = TrustAnchors.of(List.of(sectigo));
        assertEquals("valid", validate(a, Instant.parse("2021-01-01T00:00:00Z"), heise, sectigo).status());
        assertEquals("expired", validate(a, Instant.parse("2023-01-01T00:00:00Z"), heise, sectigo).status());
        assertEquals("untrusted", validate(TrustAnchors.none(), Instant.parse("2021-01-01T00:00:00Z"), heise, sectigo)
                .status());
    }
}
