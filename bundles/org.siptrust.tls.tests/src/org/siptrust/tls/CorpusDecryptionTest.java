package org.siptrust.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siptrust.capture.Capture;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;
import org.siptrust.testing.JsonTree;

/**
 * Every TLS connection of the SIP corpus against tshark's reference decode: version, suite, SNI,
 * certificate chains (SHA-256, in order, and their frames), and the decrypted SIP: every message
 * tshark found is in our plaintext, in order, ending in the frame tshark reports.
 */
class CorpusDecryptionTest {

    record Case(String name, Path capture, Path reference, Path sipReference, String keys) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws Exception {
        Path root = TestData.corpus().resolve("captures");
        List<Case> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                String n = dir.getFileName().toString();
                Path ref = dir.resolve("reference");
                Path cap = Files.exists(dir.resolve(n + ".pcap")) ? dir.resolve(n + ".pcap") : dir.resolve(n + ".pcapng");
                String keys = Files.exists(dir.resolve(n + ".keys")) ? "keylog" : "rsa";
                out.add(new Case(n, cap, ref.resolve(n + ".tls.json"), ref.resolve(n + ".sip.json"), keys));
                if (Files.exists(dir.resolve(n + ".dsb.pcapng"))) {
                    out.add(new Case(n + ".dsb", dir.resolve(n + ".dsb.pcapng"), ref.resolve(n + ".dsb.tls.json"),
                            ref.resolve(n + ".dsb.sip.json"), "embedded"));
                }
            }
        }
        return out.stream();
    }

    static KeyMaterial keysFor(Case c, Capture capture) throws Exception {
        KeyMaterial.Builder b = KeyMaterial.builder();
        Path dir = c.capture().getParent();
        switch (c.keys()) {
            case "keylog" -> b.addKeyLog(dir.resolve(dir.getFileName() + ".keys"));
            case "rsa" -> {
                try (Stream<Path> ks = Files.list(dir.resolve("keys"))) {
                    for (Path k : ks.sorted().toList()) {
                        b.addPrivateKey(k, null);
                    }
                }
            }
            default -> {
                for (String text : capture.embeddedKeyLogs()) {
                    b.addKeyLogText(text, "Decryption Secrets Block");
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTsharkReference(Case c) throws Exception {
        Capture capture = TestData.load(c.capture());
        KeyMaterial keys = keysFor(c, capture);
        if (c.keys().equals("embedded")) {
            assertTrue(keys.keyLogEntryCount() > 0, "the pcapng carries its key log");
        }
        List<TlsSession> sessions = TestData.analyzeAll(capture, keys);
        List<Object> refs = JsonTree.list(JsonTree.read(c.reference()));
        List<Object> sip = JsonTree.list(JsonTree.read(c.sipReference()));
        assertFalse(refs.isEmpty());
        int matched = 0;
        for (Object o : refs) {
            Map<String, Object> ref = JsonTree.map(o);
            TlsSession s = find(sessions, (String) ref.get("client"), (String) ref.get("server"));
            String where = c.name() + " " + ref.get("client") + " -> " + ref.get("server");
            assertTrue(s.looksLikeTls(), where);
            assertEquals(ref.get("version"), s.version(), where);
            assertEquals(ref.get("cipher_suite"), s.cipherSuiteHex(), where);
            assertEquals(ref.get("sni"), s.sni(), where);
            assertEquals(((Long) ref.get("client_hello_frame")).longValue(), s.clientHelloFrame(), where);
            assertEquals(((Long) ref.get("server_hello_frame")).longValue(), s.serverHelloFrame(), where);
            assertEquals(ref.get("certificate_request"), s.certificateRequested(), where);
            assertChain(ref.get("server_certificates"), s.serverCertificates(), s.serverCertificateFrame(), where + " server chain");
            assertChain(ref.get("client_certificates"), s.clientCertificates(), s.clientCertificateFrame(), where + " client chain");
            assertTrue(s.decrypted(), where + ": " + s.undecryptedReason());
            assertNull(s.undecryptedReason());
            assertTrue(s.handshakeCompleted(), where);
            String head = new String(s.clientApplicationData().slice(0, Math.min(60, s.clientApplicationData().length())),
                    StandardCharsets.ISO_8859_1);
            assertTrue(head.matches("(?s)^(REGISTER|MESSAGE|INVITE|ACK|BYE|OPTIONS) sips?:.*"), where + ": " + head);
            assertSipMessagesAtTsharkFrames(sip, s, where);
            for (Finding f : s.findings()) {
                assertFalse(f.id().startsWith("tls-record") || f.id().equals("undecrypted-connection"), where + ": " + f);
            }
            matched++;
        }
        long tlsSessions = sessions.stream().filter(TlsSession::looksLikeTls).count();
        assertEquals(refs.size(), tlsSessions, "every TLS connection is in the reference");
        System.out.printf("%-36s %d/%d TLS connections decrypted%n", c.name(),
                sessions.stream().filter(TlsSession::decrypted).count(), tlsSessions);
        assertEquals(refs.size(), matched);
    }

    /** Without keys the facts are the same and the reason says what is missing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void withoutKeysFactsStayAndTheReasonIsPrecise(Case c) throws Exception {
        Capture capture = TestData.load(c.capture());
        List<TlsSession> sessions = TestData.analyzeAll(capture, KeyMaterial.NONE);
        for (Object o : JsonTree.list(JsonTree.read(c.reference()))) {
            Map<String, Object> ref = JsonTree.map(o);
            TlsSession s = find(sessions, (String) ref.get("client"), (String) ref.get("server"));
            String where = c.name() + " " + ref.get("client");
            assertEquals(ref.get("version"), s.version(), where);
            assertEquals(ref.get("cipher_suite"), s.cipherSuiteHex(), where);
            assertFalse(s.decrypted(), where);
            String cr8 = s.clientRandomHex().substring(0, 8) + "…";
            String expected = s.version().equals("TLSv1.3") ? "TLS 1.3: no handshake/traffic secrets for client random " + cr8
                    : s.cipherSuite() == 0x009c ? "no key-log entry for client random " + cr8
                            + " and no RSA private key (RSA key exchange)"
                            : "no key-log entry for client random " + cr8;
            assertEquals(expected, s.undecryptedReason(), where);
            Finding f = Rfc8448SessionTest.only(s.findings(), "undecrypted-connection");
            assertEquals(List.of(s.clientHelloFrame()), f.frames());
            assertTrue(s.handshakeCompleted(), where + ": inferred from the encrypted records both sides sent");
            assertEquals(1, s.findings().size(), where + ": " + s.findings());
            assertEquals(ref.get("sni"), s.sni(), where);
            if (s.version().equals("TLSv1.2")) {
                assertChain(ref.get("server_certificates"), s.serverCertificates(), s.serverCertificateFrame(), where);
            } else {
                assertTrue(s.serverCertificates().isEmpty(), "TLS 1.3 certificates are encrypted");
            }
        }
    }

    @Test
    void rsaKeyExchangeWithKeysThatDoNotMatchTheServerSaysSo() throws Exception {
        Path dir = TestData.corpus().resolve("captures/d1_tls12_rsa_kx");
        Capture capture = TestData.load(dir.resolve("d1_tls12_rsa_kx.pcap"));
        KeyMaterial onlyAlice = KeyMaterial.builder().addPrivateKey(dir.resolve("keys/alice.key"), null).build();
        List<TlsSession> sessions = TestData.analyzeAll(capture, onlyAlice);
        int decrypted = 0;
        for (TlsSession s : sessions) {
            if (s.decrypted()) {
                decrypted++;
                assertEquals("127.0.0.10", s.server().ip(), "only connections to alice decrypt with alice's key");
            } else {
                assertEquals("RSA key exchange but no private key matches the server certificate", s.undecryptedReason());
            }
        }
        assertEquals(1, decrypted);
        // ECDHE with an RSA key: the key cannot help, and the reason says a key log is needed
        Capture d2 = TestData.load(TestData.corpus().resolve("captures/d2_tls12_ecdhe_keylog/d2_tls12_ecdhe_keylog.pcap"));
        TlsSession s = TestData.analyzeAll(d2, onlyAlice).get(0);
        assertEquals("ECDHE key exchange: an RSA private key cannot decrypt this, a key log is needed (no entry for client random "
                + s.clientRandomHex().substring(0, 8) + "…)", s.undecryptedReason());
    }

    static TlsSession find(List<TlsSession> sessions, String client, String server) {
        for (TlsSession s : sessions) {
            if (s.client().toString().equals(client) && s.server().toString().equals(server)) {
                return s;
            }
        }
        throw new AssertionError("no connection " + client + " -> " + server);
    }

    static void assertChain(Object refCerts, List<byte[]> ours, long ourFrame, String where) throws Exception {
        List<Object> ref = JsonTree.list(refCerts);
        List<String> want = new ArrayList<>();
        long frame = -1;
        for (Object o : ref) {
            want.add(TestData.normalizeFingerprint((String) JsonTree.map(o).get("sha256")));
            frame = (Long) JsonTree.map(o).get("frame");
        }
        List<String> got = new ArrayList<>();
        for (byte[] der : ours) {
            got.add(TestData.sha256(der));
        }
        assertEquals(want, got, where);
        assertEquals(frame, ourFrame, where + " frame");
    }

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^(?:content-length|l)\\s*:\\s*(\\d+)\\s*$");

    /** Splits our plaintext into SIP messages and checks each against tshark's message list for that direction. */
    static void assertSipMessagesAtTsharkFrames(List<Object> sip, TlsSession s, String where) {
        for (boolean fromClient : new boolean[] {true, false}) {
            String src = (fromClient ? s.client() : s.server()).toString();
            String dst = (fromClient ? s.server() : s.client()).toString();
            List<String> want = new ArrayList<>();
            for (Object o : sip) {
                Map<String, Object> m = JsonTree.map(o);
                if (src.equals(m.get("src")) && dst.equals(m.get("dst"))) {
                    Object method = m.get("method");
                    want.add(m.get("frame") + " " + (method != null ? method : "SIP/2.0 " + m.get("status_code")));
                }
            }
            FramedBytes data = fromClient ? s.clientApplicationData() : s.serverApplicationData();
            assertEquals(0, data.gapOffsets().length, where + ": no gaps");
            List<String> got = new ArrayList<>();
            String text = new String(data.slice(0, data.length()), StandardCharsets.ISO_8859_1);
            int pos = 0;
            while (pos < text.length()) {
                int hdrEnd = text.indexOf("\r\n\r\n", pos);
                assertTrue(hdrEnd > 0, where + ": complete SIP headers at " + pos);
                Matcher cl = CONTENT_LENGTH.matcher(text.substring(pos, hdrEnd + 2));
                int len = cl.find() ? Integer.parseInt(cl.group(1)) : 0;
                int end = hdrEnd + 4 + len;
                String first = text.substring(pos, text.indexOf("\r\n", pos));
                String label = first.startsWith("SIP/2.0 ") ? first.substring(0, 11) : first.substring(0, first.indexOf(' '));
                got.add(data.frameAt(end - 1) + " " + label);
                pos = end;
            }
            assertEquals(want, got, where + (fromClient ? " client" : " server") + " SIP messages");
            assertNotNull(data);
        }
    }
}
