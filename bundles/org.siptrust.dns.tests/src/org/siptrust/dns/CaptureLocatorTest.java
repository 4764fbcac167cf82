package org.siptrust.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.capture.Capture;
import org.siptrust.core.Endpoint;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * RFC 3263 location with the DNS evidence of f_dns_naptr_srv_tlsa.pcapng, and what each SIP
 * element actually asked compared with what RFC 3263 says it should have asked (see the
 * scenario README: alice and bob do the full NAPTR/SRV/A/TLSA dance; kamailio A asks only the
 * NAPTR and takes the rest from the additional section; for URIs with an explicit port the
 * kamailios still ask SRV).
 */
class CaptureLocatorTest {
    static final Endpoint ALICE = new Endpoint("127.0.0.10", 0);
    static final Endpoint PROXY_A = new Endpoint("127.0.0.11", 0);
    static final Endpoint PROXY_B = new Endpoint("127.0.0.12", 0);

    static DnsEvidence captureOnly;
    static DnsEvidence captureAndZone;
    static DnssecAnchors anchors;

    @BeforeAll
    static void load() throws Exception {
        Capture c = CaptureDns.load(TestData.F_DNS.resolve("f_dns_naptr_srv_tlsa.pcapng"));
        captureOnly = CaptureDns.add(c, DnsEvidence.builder()).build();
        captureAndZone = CaptureDns.add(c, DnsEvidence.builder()).addZoneFile(TestData.ZONE).build();
        anchors = DnssecAnchors.load(TestData.DS);
    }

    static String summary(List<QueryComparison> list) {
        return list.stream().map(q -> q.status() + " " + q.type() + " " + q.name() + " " + q.frames())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aliceAskedExactlyWhatRfc3263Expects() {
        Resolution r = Rfc3263Locator.locate(SipTarget.parse("sip:atlanta.example.com", "outbound proxy"),
                captureOnly, null);
        assertEquals("127.0.0.11:5061", r.destinations().get(0).endpointText());
        assertEquals(String.join("\n",
                "asked NAPTR atlanta.example.com [22, 43, 78]",
                "asked SRV _sips._tcp.atlanta.example.com [24, 45, 80]",
                "asked A/AAAA sip.atlanta.example.com [26, 47, 82, 102]",
                "asked TLSA _5061._tcp.sip.atlanta.example.com [28, 49, 84]"), summary(r.compareQueries(ALICE)));
        List<ObservedQuery> observed = r.observedQueries(ALICE);
        ObservedQuery first = observed.get(0);
        assertEquals(22, first.frame());
        assertEquals(23, first.responseFrame());
        assertEquals("NOERROR", first.responseRcode());
        assertTrue(first.dnssecOk());
    }

    @Test
    void kamailioATookSrvAndAddressFromTheAdditionalSection() {
        Resolution r = Rfc3263Locator.locate(SipTarget.parse("sip:bob@biloxi.example.com", "Request-URI"),
                captureOnly, null);
        assertEquals("127.0.0.12:5061", r.destinations().get(0).endpointText());
        List<QueryComparison> cmp = r.compareQueries(PROXY_A);
        assertEquals(String.join("\n",
                "asked NAPTR biloxi.example.com [52]",
                "in-additional SRV _sips._tcp.biloxi.example.com [53]",
                "in-additional A/AAAA sip.biloxi.example.com [53]",
                "in-additional TLSA _5061._tcp.sip.biloxi.example.com [53]",
                "unexpected SRV _sips._tcp.sip.biloxi.example.com [105]"), summary(cmp));
    }

    @Test
    void explicitPortsShouldNotBringSrvQueries() {
        // the ACK's Route on A->B: sip.biloxi.example.com:5061;transport=tls
        Resolution ack = Rfc3263Locator.locate(
                SipTarget.parse("<sip:sip.biloxi.example.com:5061;transport=tls;lr>", "Route"), captureOnly, null);
        List<QueryComparison> cmp = ack.compareQueries(PROXY_A);
        assertEquals(String.join("\n",
                "in-additional A/AAAA sip.biloxi.example.com [53]",
                "in-additional TLSA _5061._tcp.sip.biloxi.example.com [53]",
                "unexpected SRV _sips._tcp.sip.biloxi.example.com [105]"), summary(cmp));
        assertTrue(cmp.get(2).note().contains("explicit port"), cmp.get(2).note());
        // kamailio B towards bob's contact bob-pc.biloxi.example.com:5061;transport=tls
        Resolution bob = Rfc3263Locator.locate(
                SipTarget.parse("sip:bob@bob-pc.biloxi.example.com:5061;transport=tls", "Request-URI"), captureOnly,
                null);
        assertEquals("127.0.0.13:5061", bob.destinations().get(0).endpointText());
        assertEquals(String.join("\n",
                "asked A/AAAA bob-pc.biloxi.example.com [63]",
                "optional-not-asked TLSA _5061._tcp.bob-pc.biloxi.example.com []",
                "unexpected SRV _sips._tcp.bob-pc.biloxi.example.com [61]"), summary(bob.compareQueries(PROXY_B)));
    }

    @Test
    void captureAloneCannotCompleteTheChainOfTrust() throws Exception {
        // the capture has the RRSIGs but never a DNSKEY answer: indeterminate, not bogus
        DnssecValidator v = DnssecValidator.of(captureOnly, anchors, TestData.captureStart());
        DnsRrset tlsa = captureOnly.rrsets(Name.fromConstantString("_5061._tcp.sip.biloxi.example.com."), Type.TLSA)
                .get(0);
        DnssecResult r = v.validate(tlsa);
        assertEquals(DnssecStatus.INDETERMINATE, r.status(), r.toString());
        assertTrue(r.reason().contains("example.com DNSKEY"), r.reason());
        assertTrue(v.findings().isEmpty(), v.findings().toString());
    }

    @Test
    void capturedAnswersValidateWithTheZoneKeys() throws Exception {
        DnssecValidator v = DnssecValidator.of(captureAndZone, anchors, TestData.captureStart());
        DnsRrset tlsa = captureAndZone.rrsets(Name.fromConstantString("_5061._tcp.sip.biloxi.example.com."),
                Type.TLSA).stream().filter(x -> x.source() == DnsSource.CAPTURE).findFirst().orElseThrow();
        DnssecResult r = v.validate(tlsa);
        assertEquals(DnssecStatus.SECURE, r.status(), r.toString());
        assertEquals(tlsa.frames(), r.frames());
        // kamailio's NAPTR answer of frame 53 had no signatures (no DO bit); the same data was
        // signed in frame 2, and that is the same RRset
        DnsRrset naptr = captureAndZone.rrsets(Name.fromConstantString("biloxi.example.com."), Type.NAPTR).stream()
                .filter(x -> x.source() == DnsSource.CAPTURE).findFirst().orElseThrow();
        assertTrue(naptr.frames().containsAll(List.of(2L, 53L, 144L)), naptr.frames().toString());
        assertEquals(DnssecStatus.SECURE, v.validate(naptr).status());
        // nothing in capture or zone is bogus
        assertTrue(v.findings().isEmpty(), v.findings().toString());
        var all = v.validateAll();
        long captureSecure = all.values().stream()
                .filter(x -> x.source() == DnsSource.CAPTURE && x.status() == DnssecStatus.SECURE).count();
        assertTrue(captureSecure >= 10, all.toString());
        // kamailio B's NXDOMAIN (frame 62, no DO bit) proves nothing by itself; the zone's denial does
        DnsNegative nx = captureAndZone.negatives(Name.fromConstantString("_sips._tcp.bob-pc.biloxi.example.com."),
                Type.SRV).stream().filter(n -> n.source() == DnsSource.CAPTURE).findFirst().orElseThrow();
        assertEquals(DnssecStatus.INDETERMINATE, v.validate(nx).status());
        assertEquals(DnssecStatus.SECURE,
                v.validate(Name.fromConstantString("_sips._tcp.bob-pc.biloxi.example.com."), Type.SRV).status());
    }

    @Test
    void daneWithCapturedTlsaAndTheRealProxyCertificate() throws Exception {
        DnssecValidator v = DnssecValidator.of(captureAndZone, anchors, TestData.captureStart());
        Resolution r = Rfc3263Locator.locate(SipTarget.parse("sip:bob@biloxi.example.com", "Request-URI"),
                captureAndZone, v);
        Destination d = r.destinationFor(new Endpoint("127.0.0.12", 5061)).orElseThrow();
        assertEquals(DnssecStatus.SECURE, d.tlsaStatus());
        assertTrue(d.tlsaFrames().containsAll(List.of(2L, 8L, 53L)), d.tlsaFrames().toString());
        byte[] leaf = TestData.pkiCertificate("proxy-b.crt");
        assertEquals(TestData.referenceServerChains().get("127.0.0.12:5061").get(0), TestData.sha256(leaf));
        DaneResult dane = d.dane(List.of(leaf, TestData.pkiCertificate("ca.crt")));
        assertEquals("match", dane.result(), dane.explanation());
        assertEquals(List.of("sip.biloxi.example.com"),
                r.secureSrvTargets().stream().map(SrvReferenceIdentity::target).toList());
        ResolutionNode naptr = r.root().children().get(0);
        assertEquals(List.of("zone", "capture"), naptr.sources());
        assertTrue(naptr.frames().containsAll(List.of(2L, 53L, 144L)));
    }
}
