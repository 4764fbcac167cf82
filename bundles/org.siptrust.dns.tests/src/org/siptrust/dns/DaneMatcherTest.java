package org.siptrust.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.core.Finding;
import org.siptrust.core.Hex;
import org.siptrust.core.Severity;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * DANE matching of the proxies' real certificates against the TLSA records of the signed corpus
 * zone. The certificates are the pki files, checked first to be the very certificates the
 * proxies presented in the capture (SHA-256 from the tshark reference).
 */
class DaneMatcherTest {
    static List<byte[]> chainA;
    static List<byte[]> chainB;
    static DnssecValidator validator;

    @BeforeAll
    static void load() throws Exception {
        Map<String, List<String>> ref = TestData.referenceServerChains();
        byte[] a = TestData.pkiCertificate("proxy-a.crt");
        byte[] b = TestData.pkiCertificate("proxy-b.crt");
        byte[] ca = TestData.pkiCertificate("ca.crt");
        assertEquals(List.of(TestData.sha256(a), TestData.sha256(ca)), ref.get("127.0.0.11:5061"));
        assertEquals(List.of(TestData.sha256(b), TestData.sha256(ca)), ref.get("127.0.0.12:5061"));
        chainA = List.of(a, ca);
        chainB = List.of(b, ca);
        DnsEvidence ev = DnsEvidence.builder().addZoneFile(TestData.ZONE).build();
        validator = DnssecValidator.of(ev, DnssecAnchors.load(TestData.DS), TestData.captureStart());
    }

    static List<TlsaRecord> zoneTlsa(String host) {
        List<DnsRrset> sets = validator.evidence()
                .rrsets(Name.fromConstantString("_5061._tcp." + host + "."), Type.TLSA);
        assertEquals(1, sets.size());
        return TlsaRecord.of(sets.get(0));
    }

    static String status(String host) {
        return validator.validate(Name.fromConstantString("_5061._tcp." + host + "."), Type.TLSA).statusWord();
    }

    @Test
    void zoneTlsaMatchesBothProxies() {
        for (var c : List.of(List.of("sip.atlanta.example.com", chainA), List.of("sip.biloxi.example.com", chainB))) {
            String host = (String) c.get(0);
            @SuppressWarnings("unchecked")
            List<byte[]> chain = (List<byte[]>) c.get(1);
            assertEquals("secure", status(host));
            DaneResult r = DaneMatcher.match(zoneTlsa(host), chain, status(host));
            assertEquals("match", r.result(), r.explanation());
            assertEquals(3, r.matched().usage());
            assertEquals(0, r.matchedCertificateIndex());
            assertEquals("RFC 7671 §5.1", r.rule().toString());
            assertTrue(r.explanation().contains("DANE-EE"), r.explanation());
            assertTrue(r.finding("c1", null, List.of()).isEmpty());
        }
    }

    @Test
    void proxiesDoNotMatchEachOthersRecords() {
        DaneResult r = DaneMatcher.match(zoneTlsa("sip.biloxi.example.com"), chainA, "secure");
        assertEquals("mismatch", r.result());
        Finding f = r.finding("stream-1", TestData.sha256Quiet(chainA.get(0)), List.of(29L)).orElseThrow();
        assertEquals("dane-mismatch", f.id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("RFC 6698 §2.1", f.rule().toString());
        assertTrue(f.message().contains("RFC 7671 §5"), f.message());
    }

    @Test
    void tamperedTlsaHashIsAMismatch() {
        TlsaRecord good = zoneTlsa("sip.biloxi.example.com").get(0);
        byte[] data = good.data();
        data[0] ^= 1;
        TlsaRecord bad = new TlsaRecord(good.owner(), 3, 1, 1, data);
        DaneResult r = DaneMatcher.match(List.of(bad), chainB, "secure");
        assertEquals("mismatch", r.result());
        assertNull(r.matched());
        assertEquals(List.of(bad.toText()), r.records());
    }

    @Test
    void recordsThatAreNotSecureAreNotTrusted() {
        List<TlsaRecord> t = zoneTlsa("sip.biloxi.example.com");
        for (String s : List.of("insecure", "bogus", "indeterminate")) {
            DaneResult r = DaneMatcher.match(t, chainB, s);
            assertEquals("not-secure", r.result());
            Finding f = r.finding(null, null, List.of()).orElseThrow();
            assertEquals("dane-not-secure", f.id());
            assertEquals(Severity.WARNING, f.severity());
            assertEquals("RFC 7673 §3", f.rule().toString());
        }
        assertEquals("no-records", DaneMatcher.match(List.of(), chainB, "secure").result());
    }

    @Test
    void selectorsAndMatchingTypes() throws Exception {
        String owner = "_5061._tcp.sip.biloxi.example.com";
        // 3 0 1: SHA-256 of the whole leaf = the certificate fingerprint in the tshark reference
        byte[] leafSha = Hex.parse(TestData.referenceServerChains().get("127.0.0.12:5061").get(0));
        assertEquals("match", DaneMatcher.match(List.of(new TlsaRecord(owner, 3, 0, 1, leafSha)), chainB, "secure").result());
        // 3 1 2: SHA-512 of proxy-b's SubjectPublicKeyInfo (openssl pkey -pubin -outform DER | sha512sum)
        byte[] spki512 = Hex.parse("774582b3d09a25486b353d7b9410b1eef8f057d3b317f3a0f8ef7cba435faf67"
                + "9506167a89e7214b1621f38aae19b3708cba61ceeb9cff9ffb3c600ff84ce508");
        assertEquals("match", DaneMatcher.match(List.of(new TlsaRecord(owner, 3, 1, 2, spki512)), chainB, "secure").result());
        // 3 1 0: proxy-a's SubjectPublicKeyInfo itself (RSA 2048)
        byte[] spkiA = Hex.parse("30820122300d06092a864886f70d01010105000382010f003082010a0282010100fb99ae67e14bd3ad"
                + "9aa0fc63c07069d869655977744caf20278ec11ea2fb09cc6efaba47b4efe3b65088ff3886cc2ed5acc4c600948e7395e7"
                + "61358a4ebe6de0990ed710620bc3bb6f513ac67c968fb469bab4f06dfe40aa286a93860506132395ddd97db05ba35a2452"
                + "dd5c6c8d8b936912a69440b39a21985c1b845adf204b6a7c6a2f8cee539ec145f4f9e031f183ff66cda70d6c60d5862e18"
                + "9aba93b717c9b2a5120b0db5dfd0f46901e1ea1c194ca06b378ee879ef7f4abc531fbe9cdb2a0ae118f04b0b1ba902fde5"
                + "5dba21e6bb39b86317a2cfdc4e6858e56e63298b28f7acbbeaf5a956677b57a5618e241999eb9d9d50687c26c4d13241d"
                + "0ba4a790203010001");
        assertEquals("match", DaneMatcher.match(List.of(new TlsaRecord(owner, 3, 1, 0, spkiA)), chainA, "secure").result());
        assertEquals("mismatch", DaneMatcher.match(List.of(new TlsaRecord(owner, 3, 1, 0, spkiA)), chainB, "secure").result());
    }

    @Test
    void usagesTwoAndThreeDifferOnTheCa() throws Exception {
        String owner = "_5061._tcp.sip.biloxi.example.com";
        byte[] caSha = Hex.parse(TestData.referenceServerChains().get("127.0.0.12:5061").get(1));
        // DANE-TA: the corpus root CA presented second in the chain is the trust anchor
        DaneResult ta = DaneMatcher.match(List.of(new TlsaRecord(owner, 2, 0, 1, caSha)), chainB, "secure");
        assertEquals("match", ta.result());
        assertEquals(1, ta.matchedCertificateIndex());
        assertTrue(ta.explanation().contains("names must still match")
                || ta.explanation().contains("reference identity must still match"), ta.explanation());
        // DANE-EE matches the leaf only
        assertEquals("mismatch", DaneMatcher.match(List.of(new TlsaRecord(owner, 3, 0, 1, caSha)), chainB, "secure").result());
        // PKIX-TA: the constraint holds; PKIX validation is left to the certificate validator
        DaneResult pkix = DaneMatcher.match(List.of(new TlsaRecord(owner, 0, 0, 1, caSha)), chainB, "secure");
        assertEquals("match", pkix.result());
        assertTrue(pkix.explanation().contains("evaluated elsewhere"), pkix.explanation());
        // PKIX-EE on the CA does not match: the constraint names the leaf
        assertEquals("mismatch", DaneMatcher.match(List.of(new TlsaRecord(owner, 1, 0, 1, caSha)), chainB, "secure").result());
    }

    @Test
    void unusableRecordsCountAsNoRecords() {
        String owner = "_5061._tcp.sip.biloxi.example.com";
        DaneResult r = DaneMatcher.match(List.of(new TlsaRecord(owner, 3, 1, 1, new byte[20]),
                new TlsaRecord(owner, 4, 1, 1, new byte[32])), chainB, "secure");
        assertEquals("no-records", r.result());
        assertTrue(r.explanation().contains("unusable"), r.explanation());
        // one usable record among unusable ones still decides
        List<TlsaRecord> mixed = new java.util.ArrayList<>(zoneTlsa("sip.biloxi.example.com"));
        mixed.add(new TlsaRecord(owner, 3, 7, 1, new byte[32]));
        assertEquals("match", DaneMatcher.match(mixed, chainB, "secure").result());
        assertEquals("mismatch", DaneMatcher.match(mixed, List.of(new byte[] {0x30, 0x00}), "secure").result());
    }
}
