package org.siptrust.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.siptrust.capture.TcpConnection;
import org.siptrust.core.CancelledException;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.Hex;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.core.Severity;

/** Connections seen from the middle, with swapped roles, SSLv2 hellos, progress and cancellation. */
class RobustnessTest {
    private static final Path D2 = TestData.corpus().resolve("captures/d2_tls12_ecdhe_keylog");

    private static TcpConnection d2(int i) throws Exception {
        return TestData.load(D2.resolve("d2_tls12_ecdhe_keylog.pcap")).tcpConnections().get(i);
    }

    private static KeyMaterial d2Keys() throws Exception {
        return KeyMaterial.builder().addKeyLog(D2.resolve("d2_tls12_ecdhe_keylog.keys")).build();
    }

    /** The stream from its run {@code from} on, as a capture that started late would show it. */
    private static FramedBytes from(FramedBytes f, int from) {
        FramedBytes.Builder b = new FramedBytes.Builder();
        for (int r = from; r < f.runCount(); r++) {
            b.append(f.array(), f.runStart(r), f.runEnd(r) - f.runStart(r), f.runFrame(r), f.runTime(r));
        }
        return b.build();
    }

    @Test
    void aConnectionThatStartedBeforeTheCaptureSaysSo() throws Exception {
        TcpConnection t = d2(1);
        // drop the handshake: keep the client's and server's application data segments only
        FramedBytes up = from(t.clientToServer(), 3);
        FramedBytes down = from(t.serverToClient(), 2);
        TlsSession s = TlsAnalyzer.analyze(t.id(), t.client(), t.server(), up, down, d2Keys(), ProgressMonitor.NULL);
        assertTrue(s.looksLikeTls());
        assertFalse(s.decrypted());
        assertEquals("handshake not in the capture (connection started before capture)", s.undecryptedReason());
        assertEquals(null, s.version());
        Finding f = Rfc8448SessionTest.only(s.findings(), "undecrypted-connection");
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(s.findings().stream().noneMatch(x -> x.id().equals("tls-handshake-failed")), s.findings().toString());
    }

    @Test
    void withoutTheClientHelloNoKeyCanBeFound() throws Exception {
        TcpConnection t = d2(1);
        TlsSession s = TlsAnalyzer.analyze(t.id(), t.client(), t.server(), from(t.clientToServer(), 1), t.serverToClient(),
                d2Keys(), ProgressMonitor.NULL);
        assertEquals("TLSv1.2", s.version(), "the ServerHello is there");
        assertEquals(2, s.serverCertificates().size());
        assertFalse(s.decrypted());
        assertEquals("the ClientHello is not in the capture: without its client random no key can be found",
                s.undecryptedReason());
    }

    @Test
    void aCipherSuiteWeCannotDecryptIsNamed() throws Exception {
        TcpConnection t = d2(0);
        byte[] down = t.serverToClient().slice(0, t.serverToClient().length());
        int suite = 5 + 4 + 2 + 32 + 1 + (down[5 + 4 + 2 + 32] & 0xff); // record, handshake header, version, random, session id
        down[suite] = 0x00;
        down[suite + 1] = (byte) 0x96; // as if the server had picked SEED
        FramedBytes changed = DamageTest.rebuild(t.serverToClient(), down, Set.of());
        TlsSession s = TlsAnalyzer.analyze(t.id(), t.client(), t.server(), t.clientToServer(), changed, d2Keys(),
                ProgressMonitor.NULL);
        assertEquals("0x0096", s.cipherSuiteHex());
        assertEquals("TLS_RSA_WITH_SEED_CBC_SHA", s.cipherSuiteName());
        assertFalse(s.decrypted());
        assertEquals("unsupported cipher suite 0x0096 (TLS_RSA_WITH_SEED_CBC_SHA)", s.undecryptedReason());
    }

    @Test
    void theSideThatSendsTheClientHelloIsTheClient() throws Exception {
        TcpConnection t = d2(0);
        TlsSession s = TlsAnalyzer.analyze(t.id(), t.server(), t.client(), t.serverToClient(), t.clientToServer(), d2Keys(),
                ProgressMonitor.NULL);
        assertTrue(s.rolesSwapped());
        assertEquals(t.client(), s.client());
        assertTrue(s.decrypted(), s.undecryptedReason());
        assertTrue(new String(s.clientApplicationData().slice(0, 9), java.nio.charset.StandardCharsets.US_ASCII)
                .startsWith("REGISTER "));
    }

    @Test
    void progressCountsRecordBytesAndCancellationStops() throws Exception {
        TcpConnection t = TestData.load(TestData.corpus().resolve("public/zeek/tls_tls-1.2-stream-keylog.pcap"))
                .tcpConnections().get(0);
        AtomicLong worked = new AtomicLong();
        ProgressMonitor counting = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
                throw new AssertionError("the analyzer must not begin a task of its own");
            }

            @Override
            public void worked(long units) {
                worked.addAndGet(units);
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
        TlsAnalyzer.analyze(t.id(), t.client(), t.server(), t.clientToServer(), t.serverToClient(), KeyMaterial.NONE,
                counting);
        assertEquals(t.clientToServer().length() + t.serverToClient().length(), worked.get());

        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> TlsAnalyzer.analyze(t.id(), t.client(), t.server(),
                t.clientToServer(), t.serverToClient(), KeyMaterial.NONE, cancelled));
    }

    @Test
    void sslv2CompatibleClientHelloIsNotedAndItsChallengeIsTheRandom() {
        // RFC 5246 Appendix E.2: msg_type 1, version 3.1, 3 cipher specs, no session id, 16-byte challenge
        String challenge = "000102030405060708090a0b0c0d0e0f";
        byte[] hello = Hex.parse("8022" + "01" + "0301" + "0009" + "0000" + "0010" + "00002f" + "000035" + "010080"
                + challenge);
        FramedBytes up = new FramedBytes.Builder().append(hello, 7, 7_000_000L).build();
        TlsSession s = TlsAnalyzer.analyze("v2", new org.siptrust.core.Endpoint("192.0.2.1", 1), new org.siptrust.core.Endpoint(
                "192.0.2.2", 443), up, FramedBytes.EMPTY, KeyMaterial.NONE, ProgressMonitor.NULL);
        assertTrue(s.looksLikeTls());
        assertEquals("00".repeat(16) + challenge, s.clientRandomHex());
        assertEquals(7, s.clientHelloFrame());
        Finding note = Rfc8448SessionTest.only(s.findings(), "tls-sslv2-client-hello");
        assertEquals(Severity.INFO, note.severity());
        assertEquals("the client sent an SSL 2.0-compatible ClientHello (version TLSv1.0)", note.message());
        Finding failed = Rfc8448SessionTest.only(s.findings(), "tls-handshake-failed");
        assertEquals("TLS handshake failed: the connection ended before both Finished messages (last handshake message:"
                + " SSLv2 ClientHello from the client, frame 7)", failed.message());
        assertEquals(List.of(7L), failed.frames());
    }

    @Test
    void decryptionOfOneDirectionOnlyIsNotCalledDecrypted() throws Exception {
        Path a = TestData.corpus().resolve("captures/a_multihop_tls13_ok");
        TcpConnection t = TestData.load(a.resolve("a_multihop_tls13_ok.pcap")).tcpConnections().get(0);
        StringBuilder serverOnly = new StringBuilder();
        for (String line : java.nio.file.Files.readAllLines(a.resolve("a_multihop_tls13_ok.keys"))) {
            if (line.startsWith("SERVER_")) {
                serverOnly.append(line).append('\n');
            }
        }
        KeyMaterial keys = KeyMaterial.builder().addKeyLogText(serverOnly.toString(), "server-only").build();
        TlsSession s = TlsAnalyzer.analyze(t.id(), t.client(), t.server(), t.clientToServer(), t.serverToClient(), keys,
                ProgressMonitor.NULL);
        assertFalse(s.decrypted());
        String cr = s.clientRandomHex().substring(0, 8) + "…";
        assertEquals("TLS 1.3: no CLIENT_HANDSHAKE_TRAFFIC_SECRET or CLIENT_TRAFFIC_SECRET_0 for client random " + cr,
                s.undecryptedReason());
        assertTrue(s.serverApplicationData().length() > 0, "the server side is still decrypted");
        assertEquals(2, s.serverCertificates().size());
        assertTrue(s.clientCertificates().isEmpty());
        assertTrue(Set.of(0, 1).contains(s.clientApplicationData().gapOffsets().length));
    }
}
