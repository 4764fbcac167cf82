package org.siptrust.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.core.Endpoint;

/** RFC 3263 location against the signed corpus zone (evidence: zone file, anchor: its DS). */
class Rfc3263LocatorTest {
    static DnsEvidence zone;
    static DnssecValidator validator;

    @BeforeAll
    static void load() throws Exception {
        zone = DnsEvidence.builder().addZoneFile(TestData.ZONE).build();
        validator = DnssecValidator.of(zone, DnssecAnchors.load(TestData.DS), TestData.captureStart());
    }

    static ResolutionNode child(ResolutionNode n, String type) {
        return n.children().stream().filter(c -> c.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " under " + n + "\n" + n.render()));
    }

    @Test
    void domainResolvesThroughNaptrSrvToTheProxyWithTlsa() {
        for (String[] c : new String[][] {{"biloxi", "127.0.0.12"}, {"atlanta", "127.0.0.11"}}) {
            String domain = c[0] + ".example.com";
            Resolution r = Rfc3263Locator.locate(SipTarget.parse("sip:" + domain, "Request-URI"), zone, validator);
            ResolutionNode naptr = child(r.root(), "NAPTR");
            assertEquals(ResolutionNode.ANSWER, naptr.outcome(), r.render());
            assertEquals(List.of("10 10 \"S\" \"SIPS+D2T\" \"\" _sips._tcp." + domain + "."), naptr.records());
            assertEquals(DnssecStatus.SECURE, naptr.dnssec());
            assertEquals(List.of("zone"), naptr.sources());
            ResolutionNode srv = child(naptr, "SRV");
            assertEquals("_sips._tcp." + domain, srv.name());
            assertEquals(SipTransport.TLS, srv.transport());
            assertEquals(DnssecStatus.SECURE, srv.dnssec());
            ResolutionNode host = child(srv, ResolutionNode.HOST);
            assertEquals("sip." + domain, host.name());
            assertEquals(5061, host.port());
            ResolutionNode a = child(host, "A");
            assertEquals(List.of(c[1]), a.records());
            assertEquals(DnssecStatus.SECURE, a.dnssec());
            ResolutionNode tlsa = child(host, "TLSA");
            assertEquals("_5061._tcp.sip." + domain, tlsa.name());
            assertEquals(DnssecStatus.SECURE, tlsa.dnssec());
            // AAAA: the zone proves there is none (NSEC), securely
            ResolutionNode aaaa = child(host, "AAAA");
            assertEquals(ResolutionNode.NODATA, aaaa.outcome());
            assertEquals(DnssecStatus.SECURE, aaaa.dnssec());

            assertEquals(1, r.destinations().size());
            Destination d = r.destinations().get(0);
            assertEquals(SipTransport.TLS, d.transport());
            assertEquals(c[1] + ":5061", d.endpointText());
            assertEquals(DnssecStatus.SECURE, d.chainStatus());
            assertEquals(DnssecStatus.SECURE, d.tlsaStatus());
            assertEquals(1, d.tlsa().size());
            assertEquals(3, d.tlsa().get(0).usage());
            assertTrue(r.destinationFor(new Endpoint(c[1], 5061)).isPresent());
            assertTrue(r.destinationFor(new Endpoint(c[1], 5060)).isEmpty());

            List<SrvReferenceIdentity> ids = r.secureSrvTargets();
            assertEquals(1, ids.size());
            assertEquals("sip." + domain, ids.get(0).target());
            assertEquals(domain, ids.get(0).serviceDomain());
            assertEquals("RFC 7673 §3", ids.get(0).rule().toString());

            List<String> expected = r.expectedQueries().stream().map(e -> e.typeText() + " " + e.name()).toList();
            assertEquals(List.of("NAPTR " + domain, "SRV _sips._tcp." + domain, "A/AAAA sip." + domain,
                    "TLSA _5061._tcp.sip." + domain), expected);
        }
    }

    @Test
    void withoutValidatorNothingIsSecureAndSrvTargetsAreNotIdentities() {
        Resolution r = Rfc3263Locator.locate(SipTarget.parse("sip:biloxi.example.com", "Request-URI"), zone, null);
        assertEquals(DnssecStatus.INDETERMINATE, child(r.root(), "NAPTR").dnssec());
        assertTrue(r.secureSrvTargets().isEmpty());
        assertEquals(DnssecStatus.INDETERMINATE, r.destinations().get(0).tlsaStatus());
        DaneResult dane = r.destinations().get(0).dane(List.of());
        assertEquals("not-secure", dane.result());
    }

    @Test
    void numericHostIsNotLookedUp() {
        Resolution r = Rfc3263Locator.locate(SipTarget.parse("sip:127.0.0.12:5061;transport=tls", "Route"), zone,
                validator);
        ResolutionNode n = child(r.root(), ResolutionNode.NUMERIC);
        assertEquals(ResolutionNode.NO_LOOKUP, n.outcome());
        assertTrue(n.note().contains("no DNS lookup"), n.note());
        assertTrue(r.expectedQueries().isEmpty());
        assertEquals("127.0.0.12:5061", r.destinations().get(0).endpointText());
        assertEquals(SipTransport.TLS, r.destinations().get(0).transport());
        // no port, sip: UDP 5060; sips: TLS 5061; IPv6
        assertEquals("127.0.0.12:5060 UDP", describe(Rfc3263Locator.locate(
                SipTarget.parse("sip:127.0.0.12", "Route"), zone, validator).destinations().get(0)));
        assertEquals("[2001:db8::1]:5061 TLS", describe(Rfc3263Locator.locate(
                SipTarget.parse("sips:[2001:db8::1]", "Route"), zone, validator).destinations().get(0)));
    }

    static String describe(Destination d) {
        return d.endpointText() + " " + d.transport();
    }

    @Test
    void explicitPortMeansAddressLookupOnly() {
        // the ACK's Route in the capture: <sip:sip.biloxi.example.com:5061;transport=tls;lr>
        Resolution r = Rfc3263Locator.locate(
                SipTarget.parse("<sip:sip.biloxi.example.com:5061;transport=tls;lr>", "Route"), zone, validator);
        assertTrue(r.root().flatten().stream().noneMatch(n -> n.type().equals("NAPTR") || n.type().equals("SRV")));
        ResolutionNode host = child(r.root(), ResolutionNode.HOST);
        assertTrue(host.note().contains("A/AAAA lookup only"), host.note());
        assertEquals("127.0.0.12:5061 TLS", describe(r.destinations().get(0)));
        assertEquals("_5061._tcp.sip.biloxi.example.com", r.destinations().get(0).tlsaName());
        assertEquals(DnssecStatus.SECURE, r.destinations().get(0).tlsaStatus());
        // no SRV was used: the target is not an SRV reference identity
        assertTrue(r.secureSrvTargets().isEmpty());
        // without transport parameter a sip: URI with a port means UDP, no TLSA
        Resolution udp = Rfc3263Locator.locate(SipTarget.parse("sip:bob@bob-pc.biloxi.example.com:5060", "Contact"),
                zone, validator);
        assertEquals("127.0.0.13:5060 UDP", describe(udp.destinations().get(0)));
        assertNull(udp.destinations().get(0).tlsaName());
    }

    @Test
    void transportParameterSkipsNaptr() {
        Resolution r = Rfc3263Locator.locate(SipTarget.parse("sip:biloxi.example.com;transport=tls", "Request-URI"),
                zone, validator);
        assertTrue(r.root().children().stream().noneMatch(n -> n.type().equals("NAPTR")), r.render());
        ResolutionNode srv = child(r.root(), "SRV");
        assertEquals("_sips._tcp.biloxi.example.com", srv.name());
        assertEquals("127.0.0.12:5061 TLS", describe(r.destinations().get(0)));
        assertEquals(1, r.secureSrvTargets().size());
        // transport=tcp in a sips URI is TLS; transport=udp in a sips URI is unusable
        Resolution tcp = Rfc3263Locator.locate(SipTarget.parse("sips:biloxi.example.com;transport=tcp", "Request-URI"),
                zone, validator);
        assertEquals("_sips._tcp.biloxi.example.com", child(tcp.root(), "SRV").name());
        Resolution bad = Rfc3263Locator.locate(SipTarget.parse("sips:biloxi.example.com;transport=udp", "Request-URI"),
                zone, validator);
        assertEquals(ResolutionNode.FAILURE, bad.root().outcome());
        assertTrue(bad.destinations().isEmpty());
    }

    @Test
    void noNaptrNoSrvFallsBackToAddressWithDefaultPort() {
        Resolution r = Rfc3263Locator.locate(SipTarget.parse("sip:bob@bob-pc.biloxi.example.com", "Request-URI"),
                zone, validator);
        ResolutionNode naptr = child(r.root(), "NAPTR");
        assertEquals(ResolutionNode.NODATA, naptr.outcome());
        assertEquals(DnssecStatus.SECURE, naptr.dnssec(), naptr.dnssecReason());
        List<String> srvs = r.root().children().stream().filter(n -> n.type().equals("SRV"))
                .map(n -> n.name() + " " + n.outcome() + " " + n.dnssec().word()).toList();
        assertEquals(List.of("_sips._tcp.bob-pc.biloxi.example.com nxdomain secure",
                "_sip._tcp.bob-pc.biloxi.example.com nxdomain secure",
                "_sip._udp.bob-pc.biloxi.example.com nxdomain secure"), srvs);
        assertEquals("127.0.0.13:5060 UDP", describe(r.destinations().get(0)));
        Resolution sips = Rfc3263Locator.locate(SipTarget.parse("sips:bob@bob-pc.biloxi.example.com", "Request-URI"),
                zone, validator);
        assertEquals(1, sips.root().children().stream().filter(n -> n.type().equals("SRV")).count());
        assertEquals("127.0.0.13:5061 TLS", describe(sips.destinations().get(0)));
        // no TLSA at _5061._tcp.bob-pc: securely denied, so DANE does not apply
        assertEquals("no-records", sips.destinations().get(0).dane(List.of()).result());
    }

    @Test
    void sipsUriDropsNonTlsNaptrServices() throws Exception {
        // a real zone edit: biloxi also offers SIP+D2U (unsigned addition: the NAPTR RRset turns bogus)
        String text = TestData.zoneText().replace(
                "biloxi.example.com.\t300\tIN NAPTR 10 10 \"S\" \"SIPS+D2T\" \"\" _sips._tcp.biloxi.example.com.",
                "biloxi.example.com.\t300\tIN NAPTR 10 10 \"S\" \"SIPS+D2T\" \"\" _sips._tcp.biloxi.example.com.\n"
                        + "biloxi.example.com.\t300\tIN NAPTR 5 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.biloxi.example.com.");
        assertTrue(text.contains("SIP+D2U"));
        DnsEvidence ev = DnsEvidence.builder().addZoneText(text, "edited").build();
        DnssecValidator v = DnssecValidator.of(ev, DnssecAnchors.load(TestData.DS), TestData.captureStart());
        Resolution sip = Rfc3263Locator.locate(SipTarget.parse("sip:biloxi.example.com", "Request-URI"), ev, v);
        ResolutionNode naptr = child(sip.root(), "NAPTR");
        assertEquals(DnssecStatus.BOGUS, naptr.dnssec());
        assertEquals(List.of("_sip._udp.biloxi.example.com", "_sips._tcp.biloxi.example.com"),
                naptr.children().stream().map(ResolutionNode::name).toList());
        assertTrue(sip.secureSrvTargets().isEmpty(), "a bogus NAPTR cannot vouch for the SRV target");
        assertEquals("127.0.0.12:5061 TLS", describe(sip.destinations().get(0)));
        assertEquals(DnssecStatus.BOGUS, sip.destinations().get(0).tlsaStatus());
        Resolution sips = Rfc3263Locator.locate(SipTarget.parse("sips:biloxi.example.com", "Request-URI"), ev, v);
        ResolutionNode n2 = child(sips.root(), "NAPTR");
        assertEquals(List.of("_sips._tcp.biloxi.example.com"), n2.children().stream().map(ResolutionNode::name).toList());
        assertTrue(n2.note().contains("SIP+D2U: not TLS, and the URI is sips"), n2.note());
        // a UDP-only client finds nothing usable for sips
        Resolution udpOnly = new Rfc3263Locator(EnumSet.of(SipTransport.UDP))
                .resolve(SipTarget.parse("sips:biloxi.example.com", "Request-URI"), ev, v);
        assertEquals(ResolutionNode.FAILURE, udpOnly.root().outcome());
        assertTrue(udpOnly.destinations().isEmpty());
    }

    @Test
    void silentEvidenceIsNotNonExistence() {
        DnsEvidence empty = DnsEvidence.builder().build();
        Resolution r = Rfc3263Locator.locate(SipTarget.parse("sip:example.org", "Request-URI"), empty, null);
        ResolutionNode naptr = child(r.root(), "NAPTR");
        assertEquals(ResolutionNode.NO_EVIDENCE, naptr.outcome());
        assertTrue(naptr.note().startsWith("no evidence for NAPTR"), naptr.note());
        assertTrue(r.destinations().isEmpty());
        assertFalse(r.expectedQueries().isEmpty());
    }

    @Test
    void sipUriParsing() {
        SipTarget t = SipTarget.parse("\"Bob\" <sips:bob@[2001:db8::5]:5071;transport=tcp;maddr=proxy.example.net>",
                "Contact");
        assertEquals("proxy.example.net", t.host());
        assertEquals(5071, t.port());
        assertEquals("tcp", t.transportParam());
        assertTrue(t.sips());
        assertFalse(t.isNumericHost());
        assertTrue(SipTarget.parse("sip:[::1]", "x").isNumericHost());
        assertFalse(SipTarget.parse("sip:1.2.3.example.com", "x").isNumericHost());
        assertThrows(IllegalArgumentException.class, () -> SipTarget.parse("tel:+123", "x"));
        assertThrows(IllegalArgumentException.class, () -> SipTarget.parse("sip:host:99999", "x"));
    }
}
