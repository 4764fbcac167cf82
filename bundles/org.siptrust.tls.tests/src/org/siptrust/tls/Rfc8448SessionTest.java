package org.siptrust.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siptrust.core.Endpoint;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.ProgressMonitor;

/** The whole RFC 8448 §3 connection through the public API: handshake facts, decryption, framing. */
class Rfc8448SessionTest {
    private static final Endpoint CLIENT = new Endpoint("192.0.2.1", 50000);
    private static final Endpoint SERVER = new Endpoint("192.0.2.2", 443);

    /** The records in the order they crossed the wire: true = from the client. */
    private static List<Object[]> flow() {
        List<Object[]> f = new ArrayList<>();
        f.add(new Object[] {true, Rfc8448.clientHelloRecord()});
        f.add(new Object[] {false, Rfc8448.h(Rfc8448.SERVER_HELLO_RECORD)});
        f.add(new Object[] {false, Rfc8448.h(Rfc8448.SERVER_FLIGHT_RECORD)});
        f.add(new Object[] {true, Rfc8448.h(Rfc8448.CLIENT_FINISHED_RECORD)});
        f.add(new Object[] {false, Rfc8448.h(Rfc8448.NEW_SESSION_TICKET_RECORD)});
        f.add(new Object[] {true, Rfc8448.h(Rfc8448.CLIENT_APP_RECORD)});
        f.add(new Object[] {false, Rfc8448.h(Rfc8448.SERVER_APP_RECORD)});
        f.add(new Object[] {true, Rfc8448.h(Rfc8448.CLIENT_ALERT_RECORD)});
        f.add(new Object[] {false, Rfc8448.h(Rfc8448.SERVER_ALERT_RECORD)});
        return f;
    }

    /**
     * Builds both directions, cutting every record into pieces of the given sizes (cycled), each
     * piece in its own frame; returns {client, server} and the last frame of every record.
     */
    static FramedBytes[] build(List<Object[]> flow, int[] pieces, long[] lastFrames) {
        FramedBytes.Builder c = new FramedBytes.Builder();
        FramedBytes.Builder s = new FramedBytes.Builder();
        long frame = 1;
        int p = 0;
        for (int r = 0; r < flow.size(); r++) {
            boolean fromClient = (Boolean) flow.get(r)[0];
            byte[] rec = (byte[]) flow.get(r)[1];
            int off = 0;
            while (off < rec.length) {
                int n = pieces == null ? rec.length : Math.min(pieces[p++ % pieces.length], rec.length - off);
                (fromClient ? c : s).append(rec, off, n, frame, frame * 1_000_000L);
                off += n;
                frame++;
            }
            lastFrames[r] = frame - 1;
        }
        return new FramedBytes[] {c.build(), s.build()};
    }

    private static TlsSession analyze(FramedBytes[] dirs, KeyMaterial keys) {
        return TlsAnalyzer.analyze("rfc8448", CLIENT, SERVER, dirs[0], dirs[1], keys, ProgressMonitor.NULL);
    }

    private static KeyMaterial keys(String log) {
        return KeyMaterial.builder().addKeyLogText(log, "rfc8448.keys").build();
    }

    @Test
    void decryptsTheWholeConnection() throws Exception {
        long[] last = new long[9];
        TlsSession s = analyze(build(flow(), null, last), keys(Rfc8448.keyLog()));
        assertTrue(s.looksLikeTls());
        assertEquals("TLSv1.3", s.version());
        assertEquals(0x1301, s.cipherSuite());
        assertEquals("0x1301", s.cipherSuiteHex());
        assertEquals("TLS_AES_128_GCM_SHA256", s.cipherSuiteName());
        assertEquals("server", s.sni());
        assertEquals(Rfc8448.CLIENT_RANDOM, s.clientRandomHex());
        assertFalse(s.helloRetryRequest());
        assertFalse(s.certificateRequested());
        assertTrue(s.handshakeCompleted());
        assertFalse(s.resumed());
        assertTrue(s.decrypted(), s.undecryptedReason());
        assertNull(s.undecryptedReason());
        assertEquals(1, s.clientHelloFrame());
        assertEquals(2, s.serverHelloFrame());

        assertEquals(1, s.serverCertificates().size());
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(s.serverCertificates().get(0)));
        assertEquals("CN=rsa", cert.getSubjectX500Principal().getName());
        assertEquals(3, s.serverCertificateFrame());
        assertTrue(s.clientCertificates().isEmpty());

        assertArrayEquals(Rfc8448.appData(), s.clientApplicationData().slice(0, 50));
        assertEquals(50, s.clientApplicationData().length());
        assertArrayEquals(Rfc8448.appData(), s.serverApplicationData().slice(0, 50));
        assertEquals(6, s.clientApplicationData().frameAt(0));
        assertEquals(7, s.serverApplicationData().frameAt(49));

        assertEquals(2, s.alerts().size());
        TlsAlert a = s.alerts().get(0);
        assertTrue(a.fromClient());
        assertTrue(a.encrypted());
        assertEquals("warning:close_notify", a.toString());
        assertEquals(8, a.frame());
        assertFalse(s.alerts().get(1).fromClient());
        assertEquals(List.of(), s.findings(), "a clean connection has no findings");
        assertTrue(s.secretsForExport().contains("CLIENT_TRAFFIC_SECRET_0 " + Rfc8448.CLIENT_RANDOM));
        assertFalse(s.toString().contains(Rfc8448.C_AP_TRAFFIC));
    }

    @Test
    void recordsCutAtOddPlacesStillDecryptAndMapToTheirLastFrame() {
        long[] last = new long[9];
        FramedBytes[] dirs = build(flow(), new int[] {1, 2, 3, 5, 7, 11, 13, 4, 6}, last);
        TlsSession s = analyze(dirs, keys(Rfc8448.keyLog()));
        assertTrue(s.decrypted(), s.undecryptedReason());
        assertEquals(1, s.serverCertificates().size());
        assertArrayEquals(Rfc8448.appData(), s.clientApplicationData().slice(0, 50));
        assertArrayEquals(Rfc8448.appData(), s.serverApplicationData().slice(0, 50));
        for (int i = 0; i < 50; i++) {
            assertEquals(last[5], s.clientApplicationData().frameAt(i), "client byte " + i);
            assertEquals(last[6], s.serverApplicationData().frameAt(i), "server byte " + i);
        }
        assertEquals(last[0], s.clientHelloFrame());
        assertEquals(last[2], s.serverCertificateFrame());
        assertEquals(List.of(), s.findings());
    }

    @Test
    void withoutKeysSaysExactlyWhatIsMissing() {
        TlsSession s = analyze(build(flow(), null, new long[9]), KeyMaterial.NONE);
        assertEquals("TLSv1.3", s.version());
        assertEquals("server", s.sni());
        assertFalse(s.decrypted());
        assertEquals("TLS 1.3: no handshake/traffic secrets for client random cb34ecb1…", s.undecryptedReason());
        assertTrue(s.serverCertificates().isEmpty(), "TLS 1.3 certificates are encrypted");
        assertEquals(0, s.clientApplicationData().length());
        Finding f = only(s.findings(), "undecrypted-connection");
        assertEquals(org.siptrust.core.Severity.WARNING, f.severity());
        assertEquals("rfc8448", f.connection());
        assertEquals(List.of(1L), f.frames());
        assertTrue(f.message().contains("cb34ecb1…"));
    }

    @Test
    void applicationSecretsAloneStillDecryptTheApplicationData() {
        String log = "CLIENT_TRAFFIC_SECRET_0 " + Rfc8448.CLIENT_RANDOM + " " + Rfc8448.C_AP_TRAFFIC + "\n"
                + "SERVER_TRAFFIC_SECRET_0 " + Rfc8448.CLIENT_RANDOM + " " + Rfc8448.S_AP_TRAFFIC + "\n";
        TlsSession s = analyze(build(flow(), null, new long[9]), keys(log));
        assertTrue(s.decrypted(), s.undecryptedReason());
        assertArrayEquals(Rfc8448.appData(), s.clientApplicationData().slice(0, 50));
        assertArrayEquals(Rfc8448.appData(), s.serverApplicationData().slice(0, 50));
        assertTrue(s.serverCertificates().isEmpty(), "the certificate is under the missing handshake secret");
    }

    @Test
    void handshakeSecretsAloneNameTheMissingTrafficSecrets() {
        String log = "CLIENT_HANDSHAKE_TRAFFIC_SECRET " + Rfc8448.CLIENT_RANDOM + " " + Rfc8448.C_HS_TRAFFIC + "\n"
                + "SERVER_HANDSHAKE_TRAFFIC_SECRET " + Rfc8448.CLIENT_RANDOM + " " + Rfc8448.S_HS_TRAFFIC + "\n";
        TlsSession s = analyze(build(flow(), null, new long[9]), keys(log));
        assertFalse(s.decrypted());
        assertEquals(1, s.serverCertificates().size(), "the handshake still decrypts");
        assertTrue(s.undecryptedReason().contains("CLIENT_TRAFFIC_SECRET_0"), s.undecryptedReason());
        assertTrue(s.undecryptedReason().contains("SERVER_TRAFFIC_SECRET_0"), s.undecryptedReason());
    }

    @Test
    void aWrongSecretIsReportedAsWrongNotAsMissing() {
        String bad = Rfc8448.keyLog().replace(Rfc8448.S_HS_TRAFFIC, Rfc8448.S_HS_TRAFFIC.replace('b', 'c'));
        TlsSession s = analyze(build(flow(), null, new long[9]), keys(bad));
        assertFalse(s.decrypted());
        assertTrue(s.undecryptedReason().contains("do not decrypt the server→client records"), s.undecryptedReason());
    }

    static Finding only(List<Finding> findings, String id) {
        List<Finding> hits = findings.stream().filter(f -> f.id().equals(id)).toList();
        assertEquals(1, hits.size(), id + " in " + findings);
        return hits.get(0);
    }
}
