package org.siptrust.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.capture.Capture;
import org.siptrust.capture.TcpConnection;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.core.Severity;

/**
 * Real corpus connections damaged on purpose: a flipped ciphertext byte, a missing TCP segment
 * (at a record boundary and inside a 16 KB record), an absurd record length, odd segmentation, and
 * key logs with conflicting lines. Decoding must report, skip and carry on.
 */
class DamageTest {
    private static TcpConnection tls13;
    private static KeyMaterial tls13Keys;
    private static TcpConnection tls12Stream;
    private static KeyMaterial tls12Keys;

    /** In the a_multihop TLS 1.3 connection 0 the client's record #7 is exactly frame 70's segment. */
    private static final int RECORD7 = 3167;
    private static final long RECORD7_FRAME = 70;

    @BeforeAll
    static void load() throws Exception {
        Path a = TestData.corpus().resolve("captures/a_multihop_tls13_ok");
        tls13 = TestData.load(a.resolve("a_multihop_tls13_ok.pcap")).tcpConnections().get(0);
        tls13Keys = KeyMaterial.builder().addKeyLog(a.resolve("a_multihop_tls13_ok.keys")).build();
        Path z = TestData.corpus().resolve("public/zeek");
        tls12Stream = TestData.load(z.resolve("tls_tls-1.2-stream-keylog.pcap")).tcpConnections().get(0);
        tls12Keys = KeyMaterial.builder().addKeyLog(z.resolve("tls_tls-1.2-stream-keylog.keys")).build();
        assertEquals(RECORD7, tls13.clientToServer().runStart(3));
        assertEquals(RECORD7_FRAME, tls13.clientToServer().runFrame(3));
    }

    /** Rebuilds a stream from (possibly modified) bytes, keeping its frames; dropped runs become gaps. */
    static FramedBytes rebuild(FramedBytes f, byte[] data, Set<Integer> dropRuns) {
        FramedBytes.Builder b = new FramedBytes.Builder();
        for (int r = 0; r < f.runCount(); r++) {
            int len = f.runEnd(r) - f.runStart(r);
            if (dropRuns.contains(r)) {
                b.gap(len);
            } else {
                b.append(data, f.runStart(r), len, f.runFrame(r), f.runTime(r));
            }
        }
        return b.build();
    }

    static byte[] bytes(FramedBytes f) {
        return f.slice(0, f.length());
    }

    /** The plaintext of {@code s} without the bytes that came from {@code frame}. */
    static byte[] without(FramedBytes s, long frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            if (s.frameAt(i) != frame) {
                out.write(s.get(i));
            }
        }
        return out.toByteArray();
    }

    private static TlsSession analyze(TcpConnection t, FramedBytes up, FramedBytes down, KeyMaterial keys) {
        return TlsAnalyzer.analyze(t.id(), t.client(), t.server(), up, down, keys, ProgressMonitor.NULL);
    }

    private static TlsSession baseline13() {
        return analyze(tls13, tls13.clientToServer(), tls13.serverToClient(), tls13Keys);
    }

    private static List<Finding> recordErrors(TlsSession s) {
        return s.findings().stream().filter(f -> f.id().equals("tls-record-error")).toList();
    }

    @Test
    void aFlippedCiphertextByteCostsOneRecordOnly() {
        TlsSession base = baseline13();
        byte[] data = bytes(tls13.clientToServer());
        data[RECORD7 + 5 + 100] ^= 0x40;
        TlsSession s = analyze(tls13, rebuild(tls13.clientToServer(), data, Set.of()), tls13.serverToClient(), tls13Keys);
        Finding f = Rfc8448SessionTest.only(s.findings(), "tls-record-error");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("client→server record #7 (ApplicationData, frame 70): failed authentication (bad_record_mac); skipped",
                f.message());
        assertEquals(List.of(RECORD7_FRAME), f.frames());
        assertEquals(tls13.id(), f.connection());
        assertTrue(s.decrypted(), "one bad record does not make the connection undecrypted");
        assertArrayEquals(without(base.clientApplicationData(), RECORD7_FRAME), bytes(s.clientApplicationData()));
        assertEquals(1, s.clientApplicationData().gapOffsets().length, "the lost record is a gap");
        assertArrayEquals(bytes(base.serverApplicationData()), bytes(s.serverApplicationData()));
    }

    @Test
    void aMissingSegmentAtARecordBoundaryIsSkippedAndTheCounterRefound() {
        TlsSession base = baseline13();
        FramedBytes up = rebuild(tls13.clientToServer(), bytes(tls13.clientToServer()), Set.of(3));
        TlsSession s = analyze(tls13, up, tls13.serverToClient(), tls13Keys);
        assertTrue(s.decrypted(), s.undecryptedReason());
        assertArrayEquals(without(base.clientApplicationData(), RECORD7_FRAME), bytes(s.clientApplicationData()));
        Finding f = Rfc8448SessionTest.only(s.findings(), "tls-record-error");
        assertEquals("client→server record #7 (ApplicationData, frame 92): 1 record(s) lost in missing TCP data before it;"
                + " decryption resumed", f.message());
    }

    @Test
    void aMissingSegmentInsideA16KRecordLosesThatRecordAndDecodingResumes() {
        TlsSession base = analyze(tls12Stream, tls12Stream.clientToServer(), tls12Stream.serverToClient(), tls12Keys);
        FramedBytes down = tls12Stream.serverToClient();
        int drop = -1;
        for (int r = 0; r < down.runCount(); r++) {
            if (down.runFrame(r) == 54) {
                drop = r; // inside record #12 (34224..50637), which ends in frame 71
            }
        }
        TlsSession s = analyze(tls12Stream, tls12Stream.clientToServer(), rebuild(down, bytes(down), Set.of(drop)), tls12Keys);
        assertTrue(s.decrypted(), s.undecryptedReason());
        assertArrayEquals(without(base.serverApplicationData(), 71), bytes(s.serverApplicationData()),
                "every other record decrypts, including those after the gap");
        List<Finding> errors = recordErrors(s);
        assertEquals(2, errors.size(), errors.toString());
        assertEquals("server→client stream at frame 50: record cut by missing TCP data; decoding resumes at the next"
                + " record boundary (frame 55)", errors.get(0).message());
        assertTrue(errors.get(1).message().contains("1 record(s) lost in missing TCP data before it"), errors.get(1).message());
        assertArrayEquals(bytes(base.clientApplicationData()), bytes(s.clientApplicationData()));
    }

    @Test
    void anAbsurdRecordLengthIsReportedAndTheNextHeaderFound() {
        TlsSession base = baseline13();
        byte[] data = bytes(tls13.clientToServer());
        data[RECORD7 + 3] = (byte) 0xff;
        data[RECORD7 + 4] = (byte) 0xff;
        TlsSession s = analyze(tls13, rebuild(tls13.clientToServer(), data, Set.of()), tls13.serverToClient(), tls13Keys);
        assertTrue(s.decrypted());
        List<Finding> errors = recordErrors(s);
        assertEquals("client→server stream at frame 70: corrupt record header (17 03 03 ff ff, length 65535 exceeds 18432);"
                + " decoding resumes at the next record boundary (frame 92)", errors.get(0).message());
        assertEquals(List.of(70L, 92L), errors.get(0).frames());
        assertArrayEquals(without(base.clientApplicationData(), RECORD7_FRAME), bytes(s.clientApplicationData()));
    }

    @Test
    void recordsSplitAtOddPlacesAcrossManyFramesDecryptTheSame() {
        TlsSession base = baseline13();
        int[] sizes = {1, 4, 2, 7, 3, 5, 11, 6, 13, 9};
        FramedBytes[] split = new FramedBytes[2];
        FramedBytes[] orig = {tls13.clientToServer(), tls13.serverToClient()};
        for (int d = 0; d < 2; d++) {
            FramedBytes.Builder b = new FramedBytes.Builder();
            byte[] data = bytes(orig[d]);
            int k = 0;
            for (int r = 0; r < orig[d].runCount(); r++) {
                int piece = 0;
                for (int off = orig[d].runStart(r); off < orig[d].runEnd(r);) {
                    int n = Math.min(sizes[k++ % sizes.length], orig[d].runEnd(r) - off);
                    // frame numbers stay ordered across both directions: original frame * 10000 + piece
                    b.append(data, off, n, orig[d].runFrame(r) * 10000 + piece++, orig[d].runTime(r));
                    off += n;
                }
            }
            split[d] = b.build();
        }
        TlsSession s = analyze(tls13, split[0], split[1], tls13Keys);
        assertTrue(s.decrypted(), s.undecryptedReason());
        assertArrayEquals(bytes(base.clientApplicationData()), bytes(s.clientApplicationData()));
        assertArrayEquals(bytes(base.serverApplicationData()), bytes(s.serverApplicationData()));
        for (int i = 0; i < s.clientApplicationData().length(); i++) {
            assertEquals(base.clientApplicationData().frameAt(i), s.clientApplicationData().frameAt(i) / 10000,
                    "byte " + i + " belongs to its record's last frame");
        }
        assertEquals(recordErrors(s), List.of());
        assertEquals(2, s.serverCertificates().size());
    }

    @Test
    void duplicateKeyLogLinesLastOneWins() throws Exception {
        Path a = TestData.corpus().resolve("captures/a_multihop_tls13_ok");
        Capture capture = TestData.load(a.resolve("a_multihop_tls13_ok.pcap"));
        String good = Files.readString(a.resolve("a_multihop_tls13_ok.keys"));
        StringBuilder wrong = new StringBuilder();
        for (String line : good.split("\n")) {
            String[] t = line.split(" ");
            if (t.length == 3) {
                wrong.append(t[0]).append(' ').append(t[1]).append(' ').append("5a".repeat(t[2].length() / 2)).append('\n');
            }
        }
        KeyMaterial lastRight = KeyMaterial.builder().addKeyLogText(wrong + good, "dup.keys").build();
        assertEquals(30, lastRight.keyLogDuplicateCount());
        List<TlsSession> ok = TestData.analyzeAll(capture, lastRight);
        assertEquals(6, ok.stream().filter(TlsSession::decrypted).count());

        KeyMaterial lastWrong = KeyMaterial.builder().addKeyLogText(good + wrong, "dup.keys").build();
        for (TlsSession s : TestData.analyzeAll(capture, lastWrong)) {
            assertFalse(s.decrypted());
            assertTrue(s.undecryptedReason().startsWith("the TLS 1.3 secrets in the key log for client random "
                    + s.clientRandomHex().substring(0, 8) + "… do not decrypt the "), s.undecryptedReason());
        }
    }

    @Test
    void truncatedAndGarbledStreamsNeverThrow() throws Exception {
        Capture d1 = TestData.load(TestData.corpus().resolve("captures/d2_tls12_ecdhe_keylog/d2_tls12_ecdhe_keylog.pcap"));
        KeyMaterial keys = KeyMaterial.builder()
                .addKeyLog(TestData.corpus().resolve("captures/d2_tls12_ecdhe_keylog/d2_tls12_ecdhe_keylog.keys")).build();
        TcpConnection t = d1.tcpConnections().get(1);
        byte[] up = bytes(t.clientToServer());
        byte[] down = bytes(t.serverToClient());
        for (int cut = 0; cut < Math.max(up.length, down.length); cut += 37) {
            FramedBytes u = prefix(t.clientToServer(), Math.min(cut, up.length));
            FramedBytes d = prefix(t.serverToClient(), Math.min(cut, down.length));
            TlsSession s = analyze(t, u, d, keys); // must not throw
            assertTrue(cut < 600 || s.looksLikeTls());
        }
        java.util.Random rnd = new java.util.Random(5061);
        for (int i = 0; i < 200; i++) {
            byte[] g = up.clone();
            for (int k = 0; k < 8; k++) {
                g[rnd.nextInt(g.length)] = (byte) rnd.nextInt(256);
            }
            analyze(t, rebuild(t.clientToServer(), g, Set.of()), t.serverToClient(), keys);
        }
        FramedBytes text = new FramedBytes.Builder()
                .append("OPTIONS sip:x SIP/2.0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1, 0).build();
        TlsSession plain = analyze(t, text, FramedBytes.EMPTY, keys);
        assertFalse(plain.looksLikeTls());
        assertTrue(plain.findings().isEmpty());
    }

    private static FramedBytes prefix(FramedBytes f, int len) {
        FramedBytes.Builder b = new FramedBytes.Builder();
        byte[] data = f.array();
        for (int r = 0; r < f.runCount() && f.runStart(r) < len; r++) {
            b.append(data, f.runStart(r), Math.min(f.runEnd(r), len) - f.runStart(r), f.runFrame(r), f.runTime(r));
        }
        return b.build();
    }
}
