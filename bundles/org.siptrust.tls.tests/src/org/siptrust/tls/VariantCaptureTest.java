package org.siptrust.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siptrust.capture.Capture;
import org.siptrust.capture.TcpConnection;
import org.siptrust.core.Finding;
import org.siptrust.core.Hex;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.core.Severity;
import org.siptrust.testing.JsonTree;

/**
 * Real OpenSSL captures of the record protections the SIP corpus lacks (see data-gen/README.md):
 * our plaintext must equal tshark's byte for byte, with the key log and, for RSA key exchange,
 * with only the server's private key.
 */
class VariantCaptureTest {
    private static final Path SERVER_KEY = TestData.corpus().resolve("pki/proxy-b.key");

    static Stream<String> scenarios() throws Exception {
        try (Stream<Path> files = Files.list(TestData.variants())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tshark.json"))
                    .map(n -> n.substring(0, n.length() - ".tshark.json".length())).sorted().toList().stream();
        }
    }

    private static Map<String, Object> reference(String name) throws Exception {
        return JsonTree.map(JsonTree.read(TestData.variants().resolve(name + ".tshark.json")));
    }

    private static Capture capture(String name) throws Exception {
        return TestData.load(TestData.variants().resolve(name + ".pcap"));
    }

    private static KeyMaterial keyLog(String name) throws Exception {
        return KeyMaterial.builder().addKeyLog(TestData.variants().resolve(name + ".keys")).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void plaintextEqualsTsharksWithTheKeyLog(String name) throws Exception {
        Map<String, Object> ref = reference(name);
        List<TlsSession> sessions = TestData.analyzeAll(capture(name), keyLog(name));
        compare(name, ref, expectedPlaintext(ref, "keylog"), sessions);
        for (Object o : JsonTree.list(ref.get("handshakes"))) {
            Map<String, Object> h = JsonTree.map(o);
            TlsSession s = sessions.get(((Long) h.get("stream")).intValue());
            String v = (String) h.get("version");
            assertEquals(TlsNames.version(Integer.parseInt(v.substring(2), 16)), s.version(), name);
            assertEquals(h.get("cipher_suite"), s.cipherSuiteHex(), name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void rsaKeyExchangeDecryptsWithTheServerKeyAlone(String name) throws Exception {
        Map<String, Object> ref = reference(name);
        Map<String, Object> rsa = expectedPlaintext(ref, "rsa_key_only");
        if (rsa.isEmpty()) {
            return; // not an RSA key exchange
        }
        KeyMaterial key = KeyMaterial.builder().addPrivateKey(SERVER_KEY, null).build();
        List<TlsSession> sessions = TestData.analyzeAll(capture(name), key);
        compare(name, ref, rsa, sessions);
        for (TlsSession s : sessions) {
            assertTrue(s.secretsForExport().startsWith("CLIENT_RANDOM " + s.clientRandomHex() + " "), name);
        }
    }

    /**
     * tshark's plaintext per stream; where tshark 4.0 cannot decrypt the suite (ARIA-GCM), the
     * plaintext tshark found in a twin capture whose client sent the same input.
     */
    private static Map<String, Object> expectedPlaintext(Map<String, Object> ref, String keys) throws Exception {
        Object twin = ref.get("same_plaintext_as");
        if (twin == null) {
            return JsonTree.map(ref.get(keys));
        }
        assertEquals(Boolean.FALSE, ref.get("tshark_decrypts"));
        Map<String, Object> own = JsonTree.map(ref.get(keys)); // streams tshark tried (empty: no RSA key exchange)
        return own.isEmpty() ? own : JsonTree.map(reference((String) twin).get(keys));
    }

    /** Decrypted bytes of every connection equal tshark's follow output. */
    private static void compare(String name, Map<String, Object> ref, Map<String, Object> streams, List<TlsSession> sessions) {
        assertEquals(streams.size(), sessions.size(), name + " connections");
        for (Map.Entry<String, Object> e : streams.entrySet()) {
            TlsSession s = sessions.get(Integer.parseInt(e.getKey()));
            Map<String, Object> data = JsonTree.map(e.getValue());
            String where = name + " stream " + e.getKey();
            assertEquals(data.get("client_hex"), Hex.of(s.clientApplicationData().slice(0, s.clientApplicationData().length())),
                    where + " client data");
            assertEquals(data.get("server_hex"), Hex.of(s.serverApplicationData().slice(0, s.serverApplicationData().length())),
                    where + " server data");
            if (!name.contains("failure")) {
                assertTrue(s.decrypted(), where + ": " + s.undecryptedReason());
                assertTrue(s.handshakeCompleted(), where);
                for (Finding f : s.findings()) {
                    assertFalse(f.severity().atLeast(Severity.WARNING), where + ": " + f);
                }
            }
        }
    }

    @Test
    void helloRetryRequestIsNoticedAndTheRealServerHelloCounts() throws Exception {
        TlsSession s = TestData.analyzeAll(capture("tls13_hello_retry"), keyLog("tls13_hello_retry")).get(0);
        assertTrue(s.helloRetryRequest());
        List<Object> hellos = JsonTree.list(reference("tls13_hello_retry").get("handshakes"));
        assertEquals(2, hellos.size(), "tshark sees the HelloRetryRequest and the ServerHello");
        assertEquals(JsonTree.map(hellos.get(1)).get("server_hello_frame"), s.serverHelloFrame());
        assertTrue(s.clientHelloFrame() > (Long) JsonTree.map(hellos.get(0)).get("server_hello_frame"),
                "the ClientHello that counts is the second one, after the HelloRetryRequest");
        assertTrue(s.decrypted());
    }

    @Test
    void encryptThenMacIsNegotiatedOnlyWhereBothSidesOfferIt() throws Exception {
        assertTrue(TestData.analyzeAll(capture("tls12_ecdhe_rsa_aes128_cbc_sha_etm"),
                keyLog("tls12_ecdhe_rsa_aes128_cbc_sha_etm")).get(0).encryptThenMac());
        TlsSession mte = TestData.analyzeAll(capture("tls12_ecdhe_rsa_aes256_cbc_sha384_mte"),
                keyLog("tls12_ecdhe_rsa_aes256_cbc_sha384_mte")).get(0);
        assertFalse(mte.encryptThenMac());
        assertEquals("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", mte.cipherSuiteName());
    }

    @Test
    void classicAndExtendedMasterSecretsBothDeriveFromTheRsaPremaster() throws Exception {
        KeyMaterial key = KeyMaterial.builder().addPrivateKey(SERVER_KEY, null).build();
        TlsSession classic = TestData.analyzeAll(capture("tls12_rsa_no_ems"), key).get(0);
        assertFalse(classic.extendedMasterSecret(), "the Python client offers no extended_master_secret");
        assertTrue(classic.decrypted(), classic.undecryptedReason());
        TlsSession ems = TestData.analyzeAll(capture("tls12_rsa_aes256_cbc_sha256"), key).get(0);
        assertTrue(ems.extendedMasterSecret());
        assertTrue(ems.decrypted(), ems.undecryptedReason());
    }

    @Test
    void resumedSessionsDecryptWithTheSessionCacheAndSayWhyWithoutIt() throws Exception {
        for (String name : List.of("tls12_rsa_resumption_session_id", "tls12_rsa_resumption_ticket")) {
            Capture cap = capture(name);
            KeyMaterial key = KeyMaterial.builder().addPrivateKey(SERVER_KEY, null).build();
            List<TlsSession> shared = TestData.analyzeAll(cap, key);
            assertFalse(shared.get(0).resumed(), name);
            assertTrue(shared.get(1).resumed(), name);
            assertTrue(shared.get(1).decrypted(), name + ": " + shared.get(1).undecryptedReason());
            assertTrue(shared.get(1).serverCertificates().isEmpty(), "an abbreviated handshake has no Certificate");

            TcpConnection second = cap.tcpConnections().get(1);
            TlsSession alone = TlsAnalyzer.analyze(second.id(), second.client(), second.server(), second.clientToServer(),
                    second.serverToClient(), key, ProgressMonitor.NULL);
            assertFalse(alone.decrypted());
            assertEquals("resumed TLS session (abbreviated handshake): no key-log entry for client random "
                    + alone.clientRandomHex().substring(0, 8) + "… and the original session's master secret is not known",
                    alone.undecryptedReason(), name);
        }
    }

    @Test
    void zeroRttEarlyDataIsDecrypted() throws Exception {
        List<TlsSession> s = TestData.analyzeAll(capture("tls13_early_data"), keyLog("tls13_early_data"));
        assertFalse(s.get(0).resumed());
        assertTrue(s.get(1).resumed(), "PSK resumption");
        String early = new String(s.get(1).clientApplicationData().slice(0, 60), StandardCharsets.ISO_8859_1);
        assertTrue(early.startsWith("OPTIONS sip:early.biloxi.example.com SIP/2.0\r\n"), early);
    }

    @Test
    void aRefusedHandshakeIsAnErrorNamingTheAlertAndWhoSentIt() throws Exception {
        TlsSession s = TestData.analyzeAll(capture("tls12_handshake_failure"), keyLog("tls12_handshake_failure")).get(0);
        assertTrue(s.looksLikeTls());
        assertNull(s.version(), "no ServerHello");
        assertFalse(s.handshakeCompleted());
        assertFalse(s.decrypted());
        assertEquals(1, s.alerts().size());
        TlsAlert a = s.alerts().get(0);
        assertEquals("fatal:handshake_failure", a.toString());
        assertFalse(a.fromClient());
        assertFalse(a.encrypted());
        Finding f = Rfc8448SessionTest.only(s.findings(), "tls-handshake-failed");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("TLS handshake failed: the server sent fatal alert handshake_failure (40) in frame " + a.frame(),
                f.message());
        assertEquals(List.of(a.frame()), f.frames());
        assertEquals(s.connectionId(), f.connection());
        assertEquals("RFC 5246 §7.2.2", f.rule().toString(), "no server certificate was involved");
        assertTrue(s.findings().stream().noneMatch(x -> x.id().equals("undecrypted-connection")),
                "nothing was encrypted, so nothing is undecrypted");
    }
}
