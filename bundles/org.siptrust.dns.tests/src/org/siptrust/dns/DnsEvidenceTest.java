package org.siptrust.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siptrust.capture.Capture;
import org.siptrust.capture.UdpFlow;
import org.siptrust.core.Datagram;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.Severity;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * Evidence building from the real DNS messages of f_dns_naptr_srv_tlsa.pcapng: DNS-over-TCP
 * framing (the same messages, length-prefixed), damaged messages, and zone/anchor file errors.
 */
class DnsEvidenceTest {
    static List<Datagram> datagrams;

    @BeforeAll
    static void load() throws Exception {
        Capture c = CaptureDns.load(TestData.F_DNS.resolve("f_dns_naptr_srv_tlsa.pcapng"));
        datagrams = new ArrayList<>();
        for (UdpFlow f : c.udpFlows()) {
            if (f.server().port() == 53) {
                datagrams.addAll(f.datagrams());
            }
        }
        datagrams.sort((a, b) -> Long.compare(a.frame(), b.frame()));
        assertEquals(62, datagrams.size());
    }

    static FramedBytes.Builder tcp(List<Datagram> ds) {
        FramedBytes.Builder b = new FramedBytes.Builder();
        for (Datagram d : ds) {
            byte[] p = d.payload();
            b.append(new byte[] {(byte) (p.length >> 8), (byte) p.length}, d.frame(), d.timeNanos());
            b.append(p, d.frame(), d.timeNanos());
        }
        return b;
    }

    @Test
    void lengthPrefixedTcpStreamGivesTheSameMessages() {
        DnsEvidence udp = DnsEvidence.builder().build();
        DnsEvidence.Builder ub = DnsEvidence.builder();
        datagrams.forEach(ub::addDatagram);
        udp = ub.build();
        DnsEvidence overTcp = DnsEvidence.builder()
                .addTcpStream(tcp(datagrams).build(), datagrams.get(0).source(), datagrams.get(0).destination())
                .build();
        assertEquals(62, overTcp.messages().size());
        assertTrue(overTcp.findings().isEmpty(), overTcp.findings().toString());
        for (int i = 0; i < 62; i++) {
            DnsMessageRecord a = udp.messages().get(i);
            DnsMessageRecord b = overTcp.messages().get(i);
            assertEquals(a.frame(), b.frame());
            assertEquals(a.timeNanos(), b.timeNanos());
            assertEquals(a.id(), b.id());
            assertEquals(a.answers(), b.answers());
            assertEquals(a.additional(), b.additional());
        }
        assertEquals(udp.allRrsets().size(), overTcp.allRrsets().size());
    }

    @Test
    void aGapStopsTcpParsingWithAFinding() {
        FramedBytes.Builder b = tcp(datagrams.subList(0, 3));
        b.gap(-1);
        Datagram fourth = datagrams.get(3);
        byte[] p = fourth.payload();
        b.append(new byte[] {0, (byte) p.length}, fourth.frame(), fourth.timeNanos());
        b.append(p, fourth.frame(), fourth.timeNanos());
        DnsEvidence ev = DnsEvidence.builder().addTcpStream(b.build(), fourth.source(), fourth.destination()).build();
        assertEquals(3, ev.messages().size());
        assertEquals(1, ev.findings().size());
        Finding f = ev.findings().get(0);
        assertEquals("dns-malformed", f.id());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of(fourth.frame()), f.frames());
        assertTrue(f.message().contains("missing"), f.message());
    }

    @Test
    void aStreamEndingInsideAMessageIsReported() {
        FramedBytes full = tcp(datagrams.subList(0, 2)).build();
        FramedBytes.Builder cut = new FramedBytes.Builder();
        int keep = full.length() - 10;
        for (int r = 0; r < full.runCount(); r++) {
            int from = full.runStart(r);
            int to = Math.min(full.runEnd(r), keep);
            if (from < to) {
                cut.append(full.slice(from, to), full.runFrame(r), full.runTime(r));
            }
        }
        DnsEvidence ev = DnsEvidence.builder().addTcpStream(cut.build(), datagrams.get(0).source(),
                datagrams.get(0).destination()).build();
        assertEquals(1, ev.messages().size());
        assertEquals(1, ev.findings().size());
        assertEquals(List.of(datagrams.get(1).frame()), ev.findings().get(0).frames());
    }

    @Test
    void damagedMessagesAreFindingsAndParsingGoesOn() {
        DnsEvidence.Builder b = DnsEvidence.builder();
        for (Datagram d : datagrams) {
            byte[] p = d.payload();
            if (d.frame() == 2) {
                p = Arrays.copyOf(p, p.length / 2); // the NAPTR answer cut in the middle
            }
            if (d.frame() == 5) {
                p = Arrays.copyOf(p, 5); // shorter than a DNS header
            }
            b.addMessage(p, d.frame(), d.timeNanos(), d.source(), d.destination());
        }
        DnsEvidence ev = b.build();
        assertEquals(60, ev.messages().size());
        assertEquals(List.of(List.of(2L), List.of(5L)), ev.findings().stream().map(Finding::frames).toList());
        ev.findings().forEach(f -> assertEquals("dns-malformed", f.id()));
        // the NAPTR RRset is still known from the later answers (frames 23 ... 144)
        assertEquals(1, ev.rrsets(Name.fromConstantString("biloxi.example.com."), Type.NAPTR).size());
        assertTrue(!ev.rrsets(Name.fromConstantString("biloxi.example.com."), Type.NAPTR).get(0).frames().contains(2L));
    }

    @Test
    void zoneFileErrorsNameTheLine() throws Exception {
        String zone = TestData.zoneText();
        String bad = zone.replace("sip.biloxi.example.com.\t300\tIN A\t127.0.0.12",
                "sip.biloxi.example.com.\t300\tIN A\t127.0.0.300");
        assertTrue(!bad.equals(zone));
        long line = bad.substring(0, bad.indexOf("127.0.0.300")).chars().filter(c -> c == '\n').count() + 1;
        ZoneFileException e = assertThrows(ZoneFileException.class,
                () -> DnsEvidence.builder().addZoneText(bad, "bad.zone"));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith("bad.zone:" + line + ": "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void zoneFileProblems(@TempDir Path dir) throws Exception {
        Path include = dir.resolve("include.zone");
        Files.writeString(include, "$INCLUDE /etc/hostname\n", StandardCharsets.UTF_8);
        ZoneFileException inc = assertThrows(ZoneFileException.class, () -> DnsEvidence.builder().addZoneFile(include));
        assertTrue(inc.getMessage().contains("INCLUDE"), inc.getMessage());

        Path relative = dir.resolve("relative.zone");
        Files.writeString(relative, "$TTL 300\nwww IN A 192.0.2.1\n", StandardCharsets.UTF_8);
        ZoneFileException rel = assertThrows(ZoneFileException.class, () -> DnsEvidence.builder().addZoneFile(relative));
        assertTrue(rel.getMessage().startsWith(relative.toString()), rel.getMessage());
        // with $ORIGIN it is fine
        Path withOrigin = dir.resolve("origin.zone");
        Files.writeString(withOrigin, "$ORIGIN example.org.\n$TTL 300\nwww IN A 192.0.2.1\n", StandardCharsets.UTF_8);
        DnsEvidence ev = DnsEvidence.builder().addZoneFile(withOrigin).build();
        assertEquals(List.of("192.0.2.1"),
                ev.rrsets(Name.fromConstantString("www.example.org."), Type.A).get(0).answers());

        Path empty = dir.resolve("empty.zone");
        Files.writeString(empty, "; nothing\n", StandardCharsets.UTF_8);
        assertThrows(ZoneFileException.class, () -> DnsEvidence.builder().addZoneFile(empty));
        ZoneFileException missing = assertThrows(ZoneFileException.class,
                () -> DnsEvidence.builder().addZoneFile(dir.resolve("missing.zone")));
        assertTrue(missing.getMessage().contains("missing.zone"));

        ZoneFileException noAnchor = assertThrows(ZoneFileException.class, () -> DnssecAnchors.load(withOrigin));
        assertTrue(noAnchor.getMessage().contains("no DS or DNSKEY"), noAnchor.getMessage());
        assertThrows(ZoneFileException.class, () -> DnssecAnchors.load(TestData.F_DNS.resolve("README.md")));
    }

    @Test
    void liveResolverNeedsAHostAndPort() {
        assertThrows(IllegalArgumentException.class, () -> DnsEvidence.builder().liveResolver("127.0.0.1:notaport"));
        assertThrows(IllegalArgumentException.class, () -> DnsEvidence.builder().liveResolver("127.0.0.1:70000"));
        assertTrue(DnsEvidence.builder().liveResolver("[::1]:5353").build().hasLiveResolver());
        assertTrue(!DnsEvidence.builder().build().hasLiveResolver());
    }

    @Test
    void ianaRootAnchorIsBuiltIn() {
        DnssecAnchors root = DnssecAnchors.ianaRoot();
        assertEquals(List.of(Name.root), root.names());
        assertEquals(2, root.records().size());
        assertEquals(Name.root, root.coveringAnchor(Name.fromConstantString("example.com.")));
    }
}
