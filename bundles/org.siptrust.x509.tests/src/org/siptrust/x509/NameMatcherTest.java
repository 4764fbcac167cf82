package org.siptrust.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;

/** The matching profiles of TRUST-RULES R3 and R10 on the corpus certificates. */
class NameMatcherTest {

    private static MatchResult strict(String ref, String cert) {
        return NameMatcher.rfc5922Matches(ref, SipIdentities.extract(Corpus.pkiCert(cert)));
    }

    @Test
    void rfc5922WholeNameCaseInsensitive() {
        MatchResult m = strict("biloxi.example.com", "proxy-b");
        assertTrue(m.matched());
        assertEquals("biloxi.example.com", m.matchedName());
        assertEquals("RFC 5922 §7.2", m.rule().toString());
        assertTrue(strict("BILOXI.Example.COM.", "proxy-b").matched());
        assertTrue(strict("sip:biloxi.example.com:5061;transport=tls", "proxy-b").matched());
        assertFalse(strict("example.com", "proxy-b").matched(), "no suffix matching");
        assertFalse(strict("x.biloxi.example.com", "proxy-b").matched(), "no suffix matching");
    }

    @Test
    void rfc5922IgnoresDnsNamesWhenAUriIdentityExists() {
        MatchResult m = strict("sip.biloxi.example.com", "proxy-b");
        assertFalse(m.matched());
        assertNull(m.matchedName());
        assertTrue(m.explanation().contains("DNS:sip.biloxi.example.com has the same name but does not count"),
                m.explanation());
    }

    @Test
    void rfc5922CnFallbackAndWrongDomain() {
        assertTrue(strict("sip.biloxi.example.com", "proxy-b-cnonly").matched());
        assertFalse(strict("biloxi.example.com", "proxy-b-cnonly").matched());
        assertFalse(strict("biloxi.example.com", "proxy-b-wrongdomain").matched());
        assertFalse(strict("sip.biloxi.example.com", "proxy-b-wrongdomain").matched());
    }

    @Test
    void rfc5922RejectsWildcardsButSaysRfc9525WouldAccept() {
        MatchResult m = strict("sip.biloxi.example.com", "proxy-b-wildcard");
        assertFalse(m.matched());
        assertTrue(m.explanation().contains("no SIP identity"), m.explanation());
        assertTrue(m.explanation().contains(
                "DNS:*.biloxi.example.com matches under RFC 9525, not SIP-compliant under RFC 5922 §7.2"), m.explanation());
        MatchResult apex = strict("biloxi.example.com", "proxy-b-wildcard");
        assertFalse(apex.explanation().contains("matches under RFC 9525"), apex.explanation());
        assertFalse(strict("*.biloxi.example.com", "proxy-b-wildcard").matched());
    }

    @Test
    void rfc5922HasNoIpIdentity() {
        MatchResult m = strict("127.0.0.12", "proxy-b");
        assertFalse(m.matched());
        assertTrue(m.explanation().contains("IP literal"), m.explanation());
        assertFalse(strict("sip:127.0.0.12:5061", "proxy-b").matched());
    }

    @Test
    void rfc9525UsesDnsNamesOnlyWithLeftmostWildcards() {
        CertificateInfo w = Corpus.pkiCert("proxy-b-wildcard");
        MatchResult m = NameMatcher.rfc9525Matches("sip.biloxi.example.com", w);
        assertTrue(m.matched());
        assertEquals("*.biloxi.example.com", m.matchedName());
        assertEquals("RFC 9525 §6.3", m.rule().toString());
        assertFalse(NameMatcher.rfc9525Matches("biloxi.example.com", w).matched(), "the wildcard needs one label");
        assertFalse(NameMatcher.rfc9525Matches("a.sip.biloxi.example.com", w).matched(), "exactly one label");
        CertificateInfo b = Corpus.pkiCert("proxy-b");
        assertTrue(NameMatcher.rfc9525Matches("sip.biloxi.example.com", b).matched(), "dNSName counts here");
        assertTrue(NameMatcher.rfc9525Matches("biloxi.example.com", b).matched());
        MatchResult cn = NameMatcher.rfc9525Matches("sip.biloxi.example.com", Corpus.pkiCert("proxy-b-cnonly"));
        assertFalse(cn.matched(), "RFC 9525 never uses the CN");
        assertTrue(cn.explanation().contains("never falls back to the subject CN"), cn.explanation());
        assertFalse(NameMatcher.rfc9525Matches("127.0.0.12", b).matched());
    }

    @Test
    void lenientAcceptsCnWildcardsUriHostsAndIpAddresses() {
        MatchResult cn = NameMatcher.lenientMatches("sip.biloxi.example.com", Corpus.pkiCert("proxy-b-cnonly"));
        assertTrue(cn.matched());
        assertTrue(cn.explanation().contains("subject CN"), cn.explanation());
        assertEquals("RFC 2818 §3.1", cn.rule().toString());
        assertTrue(NameMatcher.lenientMatches("sip.biloxi.example.com", Corpus.pkiCert("proxy-b-wildcard")).matched());
        assertTrue(NameMatcher.lenientMatches("bob-pc.biloxi.example.com", Corpus.pkiCert("bob")).matched());
        MatchResult userUri = NameMatcher.lenientMatches("biloxi.example.com", Corpus.pkiCert("bob"));
        assertTrue(userUri.matched(), "host of sip:bob@biloxi.example.com");
        assertEquals("sip:bob@biloxi.example.com", userUri.matchedName());
        MatchResult ip = NameMatcher.lenientMatches("127.0.0.12", Corpus.pkiCert("proxy-b"));
        assertFalse(ip.matched(), "proxy-b has no iPAddress SAN (scenario b)");
        CertificateInfo withIp = TestPki.builder(TestPki.cn("127.0.0.12")).dns("sip.ip.example")
                .san(new GeneralName(GeneralName.iPAddress, "127.0.0.12"), new GeneralName(GeneralName.iPAddress,
                        "2001:db8::12"))
                .build().cert();
        assertTrue(NameMatcher.lenientMatches("127.0.0.12", withIp).matched());
        assertTrue(NameMatcher.lenientMatches("[2001:DB8:0::12]", withIp).matched());
        assertFalse(NameMatcher.rfc5922Matches("127.0.0.12", SipIdentities.extract(withIp)).matched());
        assertFalse(NameMatcher.lenientMatches("127.0.0.13", withIp).matched());
        assertFalse(NameMatcher.lenientMatches("chicago.example.com", Corpus.pkiCert("proxy-b")).matched());
    }

    @Test
    void idnsAreComparedAsALabels() {
        CertificateInfo c = TestPki.builder(TestPki.cn("idn")).san(new GeneralName(GeneralName.uniformResourceIdentifier,
                "sip:xn--bcher-kva.example")).dns("xn--bcher-kva.example").build().cert();
        assertTrue(NameMatcher.rfc5922Matches("bücher.example", SipIdentities.extract(c)).matched());
        assertTrue(NameMatcher.rfc5922Matches("XN--BCHER-KVA.example", SipIdentities.extract(c)).matched());
        assertTrue(NameMatcher.rfc9525Matches("Bücher.Example", c).matched());
    }
}
