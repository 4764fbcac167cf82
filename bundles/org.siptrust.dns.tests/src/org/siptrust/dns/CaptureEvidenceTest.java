package org.siptrust.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.siptrust.capture.Capture;
import org.siptrust.core.Times;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/** The DNS messages of corpus captures, parsed and compared field by field with tshark's reference. */
class CaptureEvidenceTest {

    static DnsEvidence evidence(Path capture) throws Exception {
        Capture c = CaptureDns.load(capture);
        return CaptureDns.add(c, DnsEvidence.builder()).build();
    }

    /** Compares every message with the reference .dns.tsv row of the same frame. */
    static void assertMatchesReference(DnsEvidence ev, Path tsv) throws Exception {
        List<String[]> rows = TestData.tsv(tsv);
        int frame = TestData.column(rows, "frame.number");
        int time = TestData.column(rows, "frame.time_epoch");
        int src = TestData.column(rows, "ip.src");
        int id = TestData.column(rows, "dns.id");
        int resp = TestData.column(rows, "dns.flags.response");
        int rcode = TestData.column(rows, "dns.flags.rcode");
        int aa = TestData.column(rows, "dns.flags.authoritative");
        int doBit = TestData.column(rows, "dns.resp.z.do");
        int qname = TestData.column(rows, "dns.qry.name");
        int qtype = TestData.column(rows, "dns.qry.type");
        int an = TestData.column(rows, "dns.count.answers");
        int ar = TestData.column(rows, "dns.count.add_rr");
        List<String[]> data = rows.subList(1, rows.size());
        assertEquals(data.size(), ev.messages().size(), "message count");
        assertTrue(ev.findings().isEmpty(), ev.findings().toString());
        for (int i = 0; i < data.size(); i++) {
            String[] r = data.get(i);
            DnsMessageRecord m = ev.messages().get(i);
            String where = "frame " + r[frame];
            assertEquals(Long.parseLong(r[frame]), m.frame(), where);
            assertEquals(Times.nanos(TestData.epoch(r[time])), m.timeNanos(), where);
            if (!r[src].isEmpty()) {
                assertEquals(r[src], m.src().ip(), where);
            }
            assertEquals(Integer.decode(r[id]).intValue(), m.id(), where);
            assertEquals("1".equals(r[resp]), m.response(), where);
            assertEquals(r[qname].toLowerCase(Locale.ROOT), m.questionName().toLowerCase(Locale.ROOT), where);
            assertEquals(Integer.parseInt(r[qtype]), m.questionType(), where);
            assertEquals(Integer.parseInt(r[an]), m.answers().size(), where);
            assertEquals(Integer.parseInt(r[ar]), m.additional().size(), where);
            if (m.response()) {
                assertEquals(Integer.parseInt(r[rcode]), m.rcode(), where);
                assertEquals("1".equals(r[aa]), m.authoritative(), where);
                assertEquals("1".equals(r[doBit]), m.dnssecOk(), where);
            }
        }
    }

    @Test
    void fDnsCaptureHas62MessagesLikeTshark() throws Exception {
        DnsEvidence ev = evidence(TestData.F_DNS.resolve("f_dns_naptr_srv_tlsa.pcapng"));
        assertEquals(62, ev.messages().size());
        assertMatchesReference(ev, TestData.F_DNS.resolve("reference/f_dns_naptr_srv_tlsa.dns.tsv"));
        assertEquals(31, ev.messages().stream().filter(DnsMessageRecord::response).count());
    }

    @Test
    void embeddedSecretsVariantHasTheSameDns() throws Exception {
        DnsEvidence ev = evidence(TestData.F_DNS.resolve("f_dns_naptr_srv_tlsa.dsb.pcapng"));
        assertMatchesReference(ev, TestData.F_DNS.resolve("reference/f_dns_naptr_srv_tlsa.dsb.dns.tsv"));
    }

    @Test
    void capturedRrsetsKeepTheirFrames() throws Exception {
        DnsEvidence ev = evidence(TestData.F_DNS.resolve("f_dns_naptr_srv_tlsa.pcapng"));
        // TLSA of sip.biloxi: answer of frames 8 and 150, additional section of the NAPTR/SRV answers
        List<DnsRrset> tlsa = ev.rrsets(Name.fromConstantString("_5061._tcp.sip.biloxi.example.com."), Type.TLSA);
        assertEquals(1, tlsa.size());
        DnsRrset t = tlsa.get(0);
        assertEquals(DnsSource.CAPTURE, t.source());
        assertEquals(List.of("3 1 1 0661FDF9E7A20A64B0E4278787620EC175AB5344D7325F203BDDEA6422486D35"), t.answers());
        assertTrue(t.frames().containsAll(List.of(2L, 4L, 8L, 53L, 144L, 146L, 150L)), t.frames().toString());
        assertTrue(t.isSigned());
        // kamailio B's SRV question for bob-pc got NXDOMAIN in frame 62
        List<DnsNegative> nx = ev.negatives(Name.fromConstantString("_sips._tcp.bob-pc.biloxi.example.com."), Type.SRV);
        assertEquals(1, nx.size());
        assertEquals(Rcode.NXDOMAIN, nx.get(0).rcode());
        assertEquals(List.of(62L), nx.get(0).frames());
    }

    @Test
    void zeekDnsCapturesMatchTheirReferences() throws Exception {
        Path zeek = TestData.ROOT.resolve("public/zeek");
        int total = 0;
        for (String name : List.of("dns_naptr", "dnssec_dnskey", "dnssec_ds", "dnssec_nsec", "dnssec_nsec3",
                "dnssec_rrsig")) {
            DnsEvidence ev = evidence(zeek.resolve(name + ".pcap"));
            assertMatchesReference(ev, zeek.resolve("reference/" + name + ".dns.tsv"));
            total += ev.messages().size();
        }
        assertEquals(19, total);
    }

    @Test
    void zeekNaptrAnswerIsSipsOverTcp() throws Exception {
        DnsEvidence ev = evidence(TestData.ROOT.resolve("public/zeek/dns_naptr.pcap"));
        List<DnsRrset> naptr = ev.rrsets(Name.fromConstantString("fp-de-carrier-vodafone.rcs.telephony.goog."),
                Type.NAPTR);
        assertEquals(1, naptr.size());
        assertEquals(List.of(2L), naptr.get(0).frames());
        assertTrue(naptr.get(0).answers().get(0).contains("SIPS+D2T"), naptr.get(0).answers().toString());
        assertTrue(naptr.get(0).answers().get(0).contains("_sips._tcp.fp-de-carrier-vodafone.rcs.telephony.goog."));
    }

    @Test
    void zeekUpennDnskeyRrsetLacksTheKeyItsDsNames() throws Exception {
        // dnssec_dnskey.pcap and dnssec_ds.pcap were captured 20 s apart on 2018-09-21. The DS
        // (key tag 18463, RSASHA1) is used as the trust anchor; the captured DNSKEY RRset holds
        // keys 56805, 50475 and 19785 and an RRSIG by 18463, but not key 18463 itself.
        Path zeek = TestData.ROOT.resolve("public/zeek");
        DnsEvidence.Builder b = DnsEvidence.builder();
        CaptureDns.add(CaptureDns.load(zeek.resolve("dnssec_dnskey.pcap")), b);
        CaptureDns.add(CaptureDns.load(zeek.resolve("dnssec_ds.pcap")), b);
        DnsEvidence ev = b.build();
        Name upenn = Name.fromConstantString("upenn.edu.");
        DnsRrset ds = ev.rrsets(upenn, Type.DS).get(0);
        StringBuilder anchorText = new StringBuilder();
        ds.records().forEach(r -> anchorText.append(r).append('\n'));
        DnssecAnchors anchor = DnssecAnchors.parse(anchorText.toString(), "upenn.edu DS from frame 2");
        assertTrue(anchor.records().get(0).rdataToString().startsWith("18463 5 "));
        List<Integer> tags = ev.rrsets(upenn, Type.DNSKEY).get(0).records().stream()
                .map(r -> ((org.xbill.DNS.DNSKEYRecord) r).getFootprint()).toList();
        assertEquals(List.of(19785, 50475, 56805), tags.stream().sorted().toList());
        DnssecValidator v = DnssecValidator.of(ev, anchor, TestData.epoch("1537557808.534727000"));
        DnssecResult r = v.validate(ev.rrsets(upenn, Type.DNSKEY).get(0));
        assertEquals(DnssecStatus.BOGUS, r.status(), r.toString());
        assertEquals(org.xbill.DNS.ExtendedErrorCodeOption.DNSKEY_MISSING, r.edeCode(), r.toString());
        assertEquals(List.of(2L), r.frames());
        // the DS itself is signed by edu., above the anchor: nothing can be said about it
        assertEquals(DnssecStatus.INDETERMINATE, v.validate(ds).status());
        // sshfp.net (dnssec_nsec3.pcap) is under no anchor
        DnsEvidence nsec3 = evidence(zeek.resolve("dnssec_nsec3.pcap"));
        DnsNegative nx = nsec3.allNegatives().get(0);
        assertEquals("NXDOMAIN", nx.kind());
        assertEquals(DnssecStatus.INDETERMINATE, DnssecValidator.of(nsec3, anchor, Instant.EPOCH).validate(nx).status());
    }
}
