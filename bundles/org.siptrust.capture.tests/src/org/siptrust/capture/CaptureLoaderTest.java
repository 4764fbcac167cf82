package org.siptrust.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siptrust.core.Finding;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.testing.Tshark;

/** Frame counts and times against tshark, on every capture of the corpus. */
class CaptureLoaderTest {

    static List<Path> captures() throws IOException {
        return TestData.allCaptures();
    }

    @ParameterizedTest
    @MethodSource("captures")
    void frameCountEqualsTsharkReference(Path capture) throws Exception {
        Path summary = TestData.reference(capture, "summary.json");
        assumeTrue(Files.exists(summary), "no reference for " + capture);
        Matcher m = Pattern.compile("\"frames\"\\s*:\\s*(\\d+)").matcher(Files.readString(summary));
        assertTrue(m.find());
        Capture c = CaptureLoader.load(capture, ProgressMonitor.NULL);
        assertEquals(Long.parseLong(m.group(1)), c.summary().frames(), capture.toString());
        assertTrue(c.findings().stream().noneMatch(f -> f.id().equals("capture-damaged")));
    }

    @ParameterizedTest
    @MethodSource("captures")
    void everyFrameTimeEqualsTshark(Path capture) throws Exception {
        assumeTrue(Tshark.available(), "tshark not installed");
        List<String> lines = Tshark.lines("-r", capture.toString(), "-T", "fields", "-e", "frame.time_epoch");
        Capture c = CaptureLoader.load(capture, ProgressMonitor.NULL);
        assertEquals(lines.size(), c.frameIndex().size());
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).trim().split("\\.");
            long want = Long.parseLong(parts[0]) * 1_000_000_000L + Long.parseLong((parts[1] + "000000000").substring(0, 9));
            assertEquals(want, c.frameIndex().time(i + 1), "frame " + (i + 1) + " of " + capture.getFileName());
        }
    }

    @Test
    void pcapngDecryptionSecretsBlockIsRead() throws Exception {
        Path dsb = TestData.ROOT.resolve("captures/f_dns_naptr_srv_tlsa/f_dns_naptr_srv_tlsa.dsb.pcapng");
        Capture c = CaptureLoader.load(dsb, ProgressMonitor.NULL);
        assertEquals("pcapng", c.summary().format());
        assertEquals(1, c.embeddedKeyLogs().size());
        String log = c.embeddedKeyLogs().get(0);
        assertTrue(log.contains("CLIENT_HANDSHAKE_TRAFFIC_SECRET"), "key log labels present");
        // the same frames as the capture without the secrets
        Capture plain = CaptureLoader.load(TestData.ROOT.resolve("captures/f_dns_naptr_srv_tlsa/f_dns_naptr_srv_tlsa.pcapng"),
                ProgressMonitor.NULL);
        assertEquals(plain.summary().frames(), c.summary().frames());
        assertTrue(plain.embeddedKeyLogs().isEmpty());
    }

    @Test
    void connectionsOfScenarioBMatchTheManifest() throws Exception {
        Capture c = CaptureLoader.load(TestData.ROOT.resolve("captures/b_ip_in_record_route/b_ip_in_record_route.pcap"),
                ProgressMonitor.NULL);
        List<String> pairs = new ArrayList<>();
        for (TcpConnection t : c.tcpConnections()) {
            pairs.add(t.client() + " -> " + t.server());
            assertTrue(t.sawSyn());
            assertEquals(0, t.clientToServer().gapOffsets().length);
        }
        // README of the scenario: streams 0..3
        assertEquals(List.of("127.0.0.13:35011 -> 127.0.0.12:5061", "127.0.0.10:50447 -> 127.0.0.11:5061",
                "127.0.0.11:39165 -> 127.0.0.12:5061", "127.0.0.12:40599 -> 127.0.0.13:5061"), pairs);
        // TLS record header at the start of the client stream: handshake (22), version 3.x
        TcpConnection first = c.tcpConnections().get(0);
        assertEquals(22, first.clientToServer().get(0));
        assertEquals(3, first.clientToServer().get(1));
        assertEquals(4, first.clientToServer().frameAt(0), "ClientHello in frame 4 as tshark says");
    }

    @Test
    void readFrameGivesTheSameBytesAsTheSequentialPass(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        for (String f : List.of("captures/b_ip_in_record_route/b_ip_in_record_route.pcap",
                "captures/f_dns_naptr_srv_tlsa/f_dns_naptr_srv_tlsa.dsb.pcapng")) {
            Capture c = CaptureLoader.load(TestData.ROOT.resolve(f), ProgressMonitor.NULL);
            RawFrame r = c.readFrame(4);
            assertEquals(c.frameIndex().capturedLength(4), r.data().length);
            assertEquals(c.frameIndex().time(4), r.timeNanos());
        }
    }

    @Test
    void emptyFileIsAFormatError(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.pcap"));
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureLoader.load(empty, ProgressMonitor.NULL));
        assertTrue(e.getMessage().contains("empty"));
    }

    @Test
    void nonCaptureFileIsAFormatError(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.txt"), "INVITE sip:bob@biloxi.example.com SIP/2.0\r\n");
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureLoader.load(text, ProgressMonitor.NULL));
        assertTrue(e.getMessage().startsWith("not a pcap or pcapng file"), e.getMessage());
    }

    @Test
    void truncatedPcapKeepsEveryCompleteFrameAndReportsTheDamage(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path src = TestData.ROOT.resolve("captures/b_ip_in_record_route/b_ip_in_record_route.pcap");
        Capture whole = CaptureLoader.load(src, ProgressMonitor.NULL);
        // cut in the middle of frame 50's data
        long cut = whole.frameIndex().fileOffset(50) + 16 + whole.frameIndex().capturedLength(50) / 2;
        byte[] all = Files.readAllBytes(src);
        Path cutFile = Files.write(tmp.resolve("cut.pcap"), java.util.Arrays.copyOf(all, (int) cut));
        Capture c = CaptureLoader.load(cutFile, ProgressMonitor.NULL);
        assertEquals(49, c.summary().frames());
        Finding d = c.findings().stream().filter(f -> f.id().equals("capture-damaged")).findFirst().orElseThrow();
        assertTrue(d.message().contains("after frame 49"), d.message());
        assertEquals(List.of(49L), d.frames());
    }

    @Test
    void truncatedPcapngKeepsEveryCompleteFrame(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path src = TestData.ROOT.resolve("captures/f_dns_naptr_srv_tlsa/f_dns_naptr_srv_tlsa.pcapng");
        Capture whole = CaptureLoader.load(src, ProgressMonitor.NULL);
        long cut = whole.frameIndex().fileOffset(100) + 30;
        byte[] all = Files.readAllBytes(src);
        Path cutFile = Files.write(tmp.resolve("cut.pcapng"), java.util.Arrays.copyOf(all, (int) cut));
        Capture c = CaptureLoader.load(cutFile, ProgressMonitor.NULL);
        assertEquals(99, c.summary().frames());
        assertTrue(c.findings().stream().anyMatch(f -> f.id().equals("capture-damaged")));
    }

    @Test
    void absurdRecordLengthStopsReadingWithAFinding(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path src = TestData.ROOT.resolve("captures/b_ip_in_record_route/b_ip_in_record_route.pcap");
        Capture whole = CaptureLoader.load(src, ProgressMonitor.NULL);
        byte[] all = Files.readAllBytes(src);
        int at = (int) whole.frameIndex().fileOffset(10) + 8; // incl_len of frame 10 (little-endian file)
        all[at] = (byte) 0xff;
        all[at + 1] = (byte) 0xff;
        all[at + 2] = (byte) 0xff;
        all[at + 3] = (byte) 0x7f;
        Capture c = CaptureLoader.load(Files.write(tmp.resolve("absurd.pcap"), all), ProgressMonitor.NULL);
        assertEquals(9, c.summary().frames());
        assertFalse(c.findings().isEmpty());
        assertTrue(c.findings().get(0).message().contains("claims"), c.findings().get(0).message());
    }
}
