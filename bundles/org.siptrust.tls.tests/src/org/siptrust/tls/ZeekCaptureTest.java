package org.siptrust.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.siptrust.core.FramedBytes;
import org.siptrust.testing.JsonTree;

/** Public Internet TLS traces from the Zeek repository against tshark 4.0's decode of them. */
class ZeekCaptureTest {
    private static final Path ZEEK = TestData.corpus().resolve("public/zeek");

    private static List<TlsSession> run(String name, boolean withKeys) throws Exception {
        KeyMaterial keys = withKeys ? KeyMaterial.builder().addKeyLog(ZEEK.resolve(name + ".keys")).build()
                : KeyMaterial.NONE;
        return TestData.analyzeAll(TestData.load(ZEEK.resolve(name + ".pcap")), keys);
    }

    private static void assertFacts(String name, List<TlsSession> sessions) throws Exception {
        List<Object> refs = JsonTree.list(JsonTree.read(ZEEK.resolve("reference/" + name + ".tls.json")));
        assertEquals(refs.size(), sessions.stream().filter(TlsSession::looksLikeTls).count());
        for (Object o : refs) {
            Map<String, Object> ref = JsonTree.map(o);
            TlsSession s = CorpusDecryptionTest.find(sessions, (String) ref.get("client"), (String) ref.get("server"));
            String where = name + " " + ref.get("client");
            assertEquals(ref.get("version"), s.version(), where);
            assertEquals(ref.get("cipher_suite"), s.cipherSuiteHex(), where);
            assertEquals(ref.get("sni"), s.sni(), where);
            assertEquals(ref.get("certificate_request"), s.certificateRequested(), where);
            assertEquals(((Long) ref.get("client_hello_frame")).longValue(), s.clientHelloFrame(), where);
            assertEquals(((Long) ref.get("server_hello_frame")).longValue(), s.serverHelloFrame(), where);
            CorpusDecryptionTest.assertChain(ref.get("server_certificates"), s.serverCertificates(),
                    s.serverCertificateFrame(), where + " server chain");
            CorpusDecryptionTest.assertChain(ref.get("client_certificates"), s.clientCertificates(),
                    s.clientCertificateFrame(), where + " client chain");
        }
    }

    @Test
    void heiseDecryptsWithTheConvertedZeekSecret() throws Exception {
        List<TlsSession> sessions = run("tls_tls12-decryption", true);
        assertFacts("tls_tls12-decryption", sessions);
        TlsSession s = sessions.get(0);
        assertTrue(s.decrypted(), s.undecryptedReason());
        assertEquals("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", s.cipherSuiteName());
        assertEquals(List.of(10L), requestFrames(s.clientApplicationData()), "tshark: GET in frame 10");
        String response = text(s.serverApplicationData());
        assertTrue(response.startsWith("HTTP/1.1 301 "), response.substring(0, 20));
        assertEquals(11, s.serverApplicationData().frameAt(0));
    }

    @Test
    void heiseStreamWithOneOfManySecrets() throws Exception {
        List<TlsSession> sessions = run("tls_tls-1.2-stream-keylog", true);
        assertFacts("tls_tls-1.2-stream-keylog", sessions);
        TlsSession s = sessions.get(0);
        assertTrue(s.decrypted(), s.undecryptedReason());
        // tshark 4.0.17 with the same key log: 16 GET requests in these frames, 16 responses (14x 200, 2x 304)
        assertEquals(List.of(14L, 126L, 131L, 154L, 169L, 174L, 179L, 183L, 188L, 194L, 198L, 209L, 214L, 218L, 223L, 227L),
                requestFrames(s.clientApplicationData()));
        String responses = text(s.serverApplicationData());
        assertEquals(14, count(responses, "HTTP/1.1 200 "));
        assertEquals(2, count(responses, "HTTP/1.1 304 "));
        assertEquals(0, s.serverApplicationData().gapOffsets().length);
        assertFalse(s.findings().stream().anyMatch(f -> f.id().startsWith("tls-record")), s.findings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tls_tls12-decryption", "tls_tls-1.2-stream-keylog", "tls_cert-no-cn", "tls_tls-expired-cert",
            "tls_client-certificate"})
    void withoutKeysTheFactsAreRightAndTheReasonIsPrecise(String name) throws Exception {
        List<TlsSession> sessions = run(name, false);
        assertFacts(name, sessions);
        // tshark 4.0.17: tls.handshake.extensions_alpn_str of the ClientHello and of the ServerHello
        Map<String, List<String>> offered = Map.of("tls_tls12-decryption", List.of("h2", "http/1.1"),
                "tls_tls-1.2-stream-keylog", List.of("http/1.1"), "tls_client-certificate", List.of("h2", "http/1.1"));
        for (TlsSession s : sessions) {
            assertEquals(offered.getOrDefault(name, List.of()), s.alpn(), name);
            assertEquals(offered.containsKey(name) ? "http/1.1" : null, s.alpnSelected(), name);
            assertFalse(s.decrypted());
            String cr = s.clientRandomHex().substring(0, 8) + "…";
            String reason = s.cipherSuiteName().startsWith("TLS_RSA_")
                    ? "no key-log entry for client random " + cr + " and no RSA private key (RSA key exchange)"
                    : "no key-log entry for client random " + cr;
            assertEquals(reason, s.undecryptedReason(), name);
            assertTrue(s.handshakeCompleted(), "both sides sent ChangeCipherSpec and an encrypted Finished");
        }
    }

    @Test
    void plainSipOverUdpIsNotTls() throws Exception {
        List<TlsSession> sessions = TestData.analyzeAll(TestData.load(ZEEK.resolve("sip_wireshark.pcap")), KeyMaterial.NONE);
        for (TlsSession s : sessions) {
            assertFalse(s.looksLikeTls());
            assertTrue(s.findings().isEmpty());
        }
    }

    private static String text(FramedBytes b) {
        return new String(b.slice(0, b.length()), StandardCharsets.ISO_8859_1);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** Frames in which each HTTP request (no body) ends, as tshark reports HTTP requests. */
    private static List<Long> requestFrames(FramedBytes b) {
        String t = text(b);
        List<Long> out = new ArrayList<>();
        for (int i = t.indexOf("GET "); i >= 0; i = t.indexOf("GET ", i + 1)) {
            if (i == 0 || t.startsWith("\r\n\r\n", i - 4)) {
                out.add(b.frameAt(t.indexOf("\r\n\r\n", i) + 3));
            }
        }
        return out;
    }
}
