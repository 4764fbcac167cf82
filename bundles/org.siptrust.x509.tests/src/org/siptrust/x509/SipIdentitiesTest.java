package org.siptrust.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;

/** RFC 5922 §7.1 identity extraction (TRUST-RULES R2) on the corpus certificates. */
class SipIdentitiesTest {

    private static List<String> rejectedNames(SipIdentitySet s) {
        return s.rejected().stream().map(RejectedName::presented).toList();
    }

    @Test
    void proxyBHasOnlyTheUriDomainAndItsDnsNamesAreIgnored() {
        SipIdentitySet s = SipIdentities.extract(Corpus.pkiCert("proxy-b"));
        assertEquals(Set.of("biloxi.example.com"), s.names());
        SipIdentity id = s.identities().get(0);
        assertEquals(SipIdentity.Source.URI_SAN, id.source());
        assertTrue(id.reason().contains("RFC 5922 §7.1"), id.reason());
        assertFalse(s.cnFallback());
        assertEquals(List.of("DNS:biloxi.example.com", "DNS:sip.biloxi.example.com", "CN=sip.biloxi.example.com"),
                rejectedNames(s));
        assertTrue(s.rejected().get(1).reason().contains("sip URI identities"), s.rejected().get(1).reason());
        assertTrue(s.rejected().get(2).reason().contains("has a subjectAltName extension"));
    }

    @Test
    void cnOnlyCertificateFallsBackToTheCn() {
        SipIdentitySet s = SipIdentities.extract(Corpus.pkiCert("proxy-b-cnonly"));
        assertEquals(Set.of("sip.biloxi.example.com"), s.names());
        assertEquals(SipIdentity.Source.CN, s.identities().get(0).source());
        assertTrue(s.cnFallback());
        assertTrue(s.identities().get(0).reason().contains("no subjectAltName extension"));
    }

    @Test
    void wildcardCertificateHasNoSipIdentity() {
        SipIdentitySet s = SipIdentities.extract(Corpus.pkiCert("proxy-b-wildcard"));
        assertTrue(s.isEmpty());
        RejectedName w = s.rejected().get(0);
        assertEquals("DNS:*.biloxi.example.com", w.presented());
        assertTrue(w.wildcard());
        assertEquals("*.biloxi.example.com", w.name());
        assertTrue(w.reason().startsWith("DNS:*.biloxi.example.com is a wildcard: not a SIP identity under RFC 5922 §7.2"),
                w.reason());
    }

    /**
     * R2 step 2: dNSName entries count only if step 1 found none. bob's only URI has a user part, so it is
     * no identity and step 1 found none: the dNSName bob-pc.biloxi.example.com counts.
     */
    @Test
    void bobsUriWithUserPartIsRejectedSoHisDnsNameCounts() {
        SipIdentitySet s = SipIdentities.extract(Corpus.pkiCert("bob"));
        assertEquals(Set.of("bob-pc.biloxi.example.com"), s.names());
        assertEquals(SipIdentity.Source.DNS_SAN, s.identities().get(0).source());
        RejectedName uri = s.rejected().get(0);
        assertEquals("URI:sip:bob@biloxi.example.com", uri.presented());
        assertTrue(uri.reason().startsWith("URI sip:bob@biloxi.example.com has a user part"), uri.reason());
        assertEquals(Set.of("alice-pc.atlanta.example.com"), SipIdentities.extract(Corpus.pkiCert("alice")).names());
    }

    @Test
    void otherCorpusCertificates() throws Exception {
        assertEquals(Set.of("atlanta.example.com"), SipIdentities.extract(Corpus.pkiCert("proxy-a")).names());
        assertEquals(Set.of("chicago.example.com"), SipIdentities.extract(Corpus.pkiCert("proxy-b-wrongdomain")).names());
        assertEquals(Set.of("biloxi.example.com"), SipIdentities.extract(Corpus.pkiCert("proxy-b-selfsigned")).names());
        assertEquals(Set.of("biloxi.example.com"), SipIdentities.extract(Corpus.pkiCert("proxy-b-expired")).names());
        SipIdentitySet ca = SipIdentities.extract(Corpus.pkiCert("ca"));
        assertTrue(ca.isEmpty());
        assertFalse(ca.cnFallback());
        assertTrue(ca.rejected().get(0).reason().contains("not a fully qualified DNS name"));
        for (CertificateInfo z : Corpus.zeekCertificates()) {
            SipIdentitySet s = SipIdentities.extract(z);
            switch (z.sha256().substring(0, 8)) {
                case "3cd6d125" -> assertTrue(s.isEmpty(), "O=TestCorp: no CN, no SAN");
                case "a1f55d76" -> {
                    assertTrue(s.isEmpty(), "e-mail SAN only");
                    assertTrue(s.rejected().get(0).reason().contains("only URI and DNS"));
                }
                case "a1a0ce42" -> assertEquals(Set.of("www.heise.de", "heise.de"), s.names());
                default -> {
                }
            }
        }
    }

    @Test
    void ipAddressesSchemesAndIdnsFollowTheRule() {
        CertificateInfo c = TestPki.builder(TestPki.cn("mixed.example")).san(
                new GeneralName(GeneralName.iPAddress, "192.0.2.7"),
                new GeneralName(GeneralName.uniformResourceIdentifier, "sips:secure.example"),
                new GeneralName(GeneralName.uniformResourceIdentifier, "SIP:Upper.Example:5061;transport=tls"),
                new GeneralName(GeneralName.uniformResourceIdentifier, "sip:[2001:db8::5]"),
                new GeneralName(GeneralName.uniformResourceIdentifier, "sip:xn--bcher-kva.example"),
                new GeneralName(GeneralName.dNSName, "ignored.example")).build().cert();
        SipIdentitySet s = SipIdentities.extract(c);
        assertEquals(List.of("upper.example", "xn--bcher-kva.example"), List.copyOf(s.names()));
        List<String> reasons = s.rejected().stream().map(RejectedName::reason).toList();
        assertTrue(reasons.get(0).contains("iPAddress entries are never SIP identities"), reasons.get(0));
        assertTrue(reasons.get(1).contains("scheme sips, not sip"), reasons.get(1));
        assertTrue(reasons.get(2).contains("IP literal"), reasons.get(2));
        assertTrue(s.find("BÜCHER.example") != null, "U-label reference compared as A-label");
    }
}
