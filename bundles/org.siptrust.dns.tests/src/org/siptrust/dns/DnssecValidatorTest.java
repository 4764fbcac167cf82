package org.siptrust.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.core.Finding;
import org.siptrust.core.Severity;
import org.xbill.DNS.ExtendedErrorCodeOption;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * DNSSEC validation of the signed example.com zone from the corpus (dnssec-signzone, ECDSA P-256)
 * with its DS record as the only trust anchor, as of the capture time.
 */
class DnssecValidatorTest {
    static final String BILOXI_TLSA_DATA = "0661FDF9E7A20A64B0E4278787620EC175AB";
    static final String BILOXI_TLSA_SIG = "djaMWKM3ib7Y6Rg9M428UQRiA76pEy6WrwmD";

    static Instant captureTime;
    static DnssecAnchors anchors;

    @BeforeAll
    static void load() throws Exception {
        captureTime = TestData.captureStart();
        anchors = DnssecAnchors.load(TestData.DS);
    }

    static Name n(String s) {
        return Name.fromConstantString(s.endsWith(".") ? s : s + ".");
    }

    static DnssecValidator zoneValidator(String zoneText, Instant at, DnssecAnchors a) throws Exception {
        DnsEvidence ev = DnsEvidence.builder().addZoneText(zoneText, "example.com.zone.signed").build();
        return DnssecValidator.of(ev, a, at);
    }

    @Test
    void captureTimeIsTheFirstPacketOnNovember27() {
        assertEquals("2026-11-27T04:05:48.869418327Z", captureTime.toString());
        assertEquals(2026, captureTime.atZone(ZoneOffset.UTC).getYear());
    }

    @Test
    void anchorIsTheDsOfTheKsk() {
        assertEquals(List.of(n("example.com")), anchors.names());
        assertEquals(Type.DS, anchors.records().get(0).getType());
        assertTrue(anchors.records().get(0).rdataToString().startsWith("62579 13 2 "));
    }

    @Test
    void locatorRecordsOfBothDomainsAreSecure() throws Exception {
        DnssecValidator v = zoneValidator(TestData.zoneText(), captureTime, anchors);
        for (String domain : List.of("biloxi.example.com", "atlanta.example.com")) {
            assertSecure(v, domain, Type.NAPTR);
            assertSecure(v, "_sips._tcp." + domain, Type.SRV);
            assertSecure(v, "sip." + domain, Type.A);
            assertSecure(v, "_5061._tcp.sip." + domain, Type.TLSA);
        }
        assertSecure(v, "example.com", Type.DNSKEY);
        assertSecure(v, "bob-pc.biloxi.example.com", Type.A);
    }

    private static void assertSecure(DnssecValidator v, String name, int type) {
        List<DnsRrset> sets = v.evidence().rrsets(n(name), type);
        assertEquals(1, sets.size(), name + " " + Type.string(type));
        DnssecResult r = v.validate(sets.get(0));
        assertEquals(DnssecStatus.SECURE, r.status(), r.toString());
        assertEquals(DnsSource.ZONE, r.source());
    }

    @Test
    void wholeZoneValidatesWithoutFindings() throws Exception {
        DnssecValidator v = zoneValidator(TestData.zoneText(), captureTime, anchors);
        var all = v.validateAll();
        // 12 owner names: SOA, NS, NSEC, DNSKEY at the apex; one NAPTR, SRV, A or TLSA plus NSEC at the 11 others
        assertEquals(26, all.size());
        all.values().forEach(r -> assertEquals(DnssecStatus.SECURE, r.status(), r.toString()));
        assertTrue(v.findings().isEmpty());
    }

    @Test
    void tamperedTlsaDataIsBogus() throws Exception {
        String zone = TestData.zoneText();
        assertTrue(zone.contains(BILOXI_TLSA_DATA));
        String tampered = zone.replace(BILOXI_TLSA_DATA, "1661FDF9E7A20A64B0E4278787620EC175AB");
        DnssecValidator v = zoneValidator(tampered, captureTime, anchors);
        DnssecResult r = v.validate(n("_5061._tcp.sip.biloxi.example.com"), Type.TLSA);
        assertEquals(DnssecStatus.BOGUS, r.status(), r.toString());
        assertTrue(r.reason() != null && !r.reason().isBlank());
        // the other TLSA RRset is untouched
        assertEquals(DnssecStatus.SECURE, v.validate(n("_5061._tcp.sip.atlanta.example.com"), Type.TLSA).status());

        List<Finding> findings = v.findings();
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("dnssec-bogus", f.id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("RFC 4035 §5", f.rule().toString());
        assertTrue(f.message().contains("_5061._tcp.sip.biloxi.example.com TLSA"), f.message());
    }

    @Test
    void tamperedSignatureIsBogus() throws Exception {
        String zone = TestData.zoneText();
        assertTrue(zone.contains(BILOXI_TLSA_SIG));
        String tampered = zone.replace(BILOXI_TLSA_SIG, BILOXI_TLSA_SIG.replace("M428", "M429"));
        DnssecValidator v = zoneValidator(tampered, captureTime, anchors);
        DnssecResult r = v.validate(n("_5061._tcp.sip.biloxi.example.com"), Type.TLSA);
        assertEquals(DnssecStatus.BOGUS, r.status(), r.toString());
        assertEquals(DnssecStatus.SECURE, v.validate(n("sip.biloxi.example.com"), Type.A).status());
    }

    @Test
    void signaturesAreJudgedAtTheValidationTime() throws Exception {
        // RRSIG validity in the zone: 20261127030543 .. 20261227030543
        DnssecValidator later = zoneValidator(TestData.zoneText(), Instant.parse("2027-01-15T00:00:00Z"), anchors);
        DnssecResult r = later.validate(n("_sips._tcp.biloxi.example.com"), Type.SRV);
        assertEquals(DnssecStatus.BOGUS, r.status(), r.toString());
        DnssecValidator earlier = zoneValidator(TestData.zoneText(), Instant.parse("2026-11-27T02:00:00Z"), anchors);
        assertEquals(DnssecStatus.BOGUS, earlier.validate(n("_sips._tcp.biloxi.example.com"), Type.SRV).status());
    }

    @Test
    void wrongAnchorMakesEverythingBogus() throws Exception {
        DnssecAnchors wrong = DnssecAnchors.parse(
                "example.com. IN DS 62579 13 2 F72B893C8CE516C5B2DC51878011B9B8DFD7329707E429157A8983713E0A31E8",
                "wrong.ds");
        DnssecValidator v = zoneValidator(TestData.zoneText(), captureTime, wrong);
        DnssecResult r = v.validate(n("biloxi.example.com"), Type.NAPTR);
        assertEquals(DnssecStatus.BOGUS, r.status(), r.toString());
    }

    @Test
    void withoutAnchorEverythingIsIndeterminate() throws Exception {
        DnssecValidator v = zoneValidator(TestData.zoneText(), captureTime, DnssecAnchors.none());
        DnssecResult r = v.validate(n("biloxi.example.com"), Type.NAPTR);
        assertEquals(DnssecStatus.INDETERMINATE, r.status());
        assertTrue(r.reason().contains("no trust anchor"), r.reason());
        DnssecAnchors other = DnssecAnchors.parse(
                "example.net. IN DS 62579 13 2 F72B893C8CE516C5B2DC51878011B9B8DFD7329707E429157A8983713E0A31E7",
                "other.ds");
        assertEquals(DnssecStatus.INDETERMINATE,
                zoneValidator(TestData.zoneText(), captureTime, other).validate(n("biloxi.example.com"), Type.NAPTR)
                        .status());
    }

    @Test
    void denialOfExistenceFromTheZoneIsSecure() throws Exception {
        DnssecValidator v = zoneValidator(TestData.zoneText(), captureTime, anchors);
        // kamailio B asked this in frame 61 and got NXDOMAIN (frame 62)
        List<DnsNegative> nx = v.evidence().negatives(n("_sips._tcp.bob-pc.biloxi.example.com"), Type.SRV);
        assertEquals(1, nx.size());
        assertEquals(Rcode.NXDOMAIN, nx.get(0).rcode());
        DnssecResult r = v.validate(nx.get(0));
        assertEquals(DnssecStatus.SECURE, r.status(), r.toString());
        // NODATA: the name exists with A only
        List<DnsNegative> nodata = v.evidence().negatives(n("sip.biloxi.example.com"), Type.AAAA);
        assertEquals(1, nodata.size());
        assertTrue(nodata.get(0).isNodata());
        assertEquals(DnssecStatus.SECURE, v.validate(nodata.get(0)).status());
        // empty non-terminal: _tcp.sip.biloxi.example.com exists only as a parent
        assertEquals(DnssecStatus.SECURE, v.validate(n("_tcp.sip.biloxi.example.com"), Type.TXT).status());
    }

    @Test
    void forgedDenialIsBogus() throws Exception {
        // a zone that lost the SRV record but kept the NSEC chain that claims it: the denial of
        // _sips._tcp.biloxi.example.com SRV cannot be proven, the NSEC there lists SRV
        String zone = TestData.zoneText().replace(
                "_sips._tcp.biloxi.example.com. 300 IN SRV 10 10 5061 sip.biloxi.example.com.", "");
        DnssecValidator v = zoneValidator(zone, captureTime, anchors);
        DnssecResult r = v.validate(n("_sips._tcp.biloxi.example.com"), Type.SRV);
        assertEquals(DnssecStatus.BOGUS, r.status(), r.toString());
    }

    @Test
    void unsignedCopyOfASignedZoneIsBogus() throws Exception {
        StringBuilder unsigned = new StringBuilder();
        try (Master m = new Master(Files.newInputStream(TestData.ZONE))) {
            Record r;
            while ((r = m.nextRecord()) != null) {
                int t = r.getType();
                if (t != Type.RRSIG && t != Type.NSEC && t != Type.DNSKEY) {
                    unsigned.append(r).append('\n');
                }
            }
        }
        assertFalse(unsigned.toString().contains("RRSIG"));
        DnssecValidator v = zoneValidator(unsigned.toString(), captureTime, anchors);
        DnssecResult r = v.validate(n("_5061._tcp.sip.biloxi.example.com"), Type.TLSA);
        // the anchor says example.com is signed; a zone without keys cannot satisfy it
        assertEquals(DnssecStatus.BOGUS, r.status(), r.toString());
        assertEquals(ExtendedErrorCodeOption.DNSKEY_MISSING, r.edeCode(), r.toString());
    }
}
