package org.siptrust.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siptrust.sip.SipMessage;
import org.siptrust.testing.JsonTree;

/**
 * Differential test against tshark 4.0.17 (the reference files in testdata/**&#47;reference): for every
 * capture of the corpus, frames, TLS facts and certificate chains, SIP messages and certificate SANs
 * must equal what tshark (and openssl, for SANs) read from the same bytes.
 */
class CorpusDecodeTest {

    static List<Scenario> scenarios() throws Exception {
        return Scenario.all();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void framesEqualTshark(Scenario s) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) JsonTree.read(s.ref("summary.json"));
        assertEquals(summary.get("frames"), s.analyse().summary().frames());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    @SuppressWarnings("unchecked")
    void tlsHandshakesEqualTshark(Scenario s) throws Exception {
        assumeTrue(Files.exists(s.ref("tls.json")));
        Analysis a = s.analyse();
        Set<Object> sipStreams = new HashSet<>();
        if (Files.exists(s.ref("sip.json"))) {
            JsonTree.objects(s.ref("sip.json")).forEach(m -> sipStreams.add(m.get("tcp_stream")));
        }
        for (Map<String, Object> h : JsonTree.objects(s.ref("tls.json"))) {
            Connection c = a.connections().stream()
                    .filter(x -> x.client().toString().equals(h.get("client")) && x.server().toString().equals(h.get("server")))
                    .findFirst().orElse(null);
            assertNotNull(c, "connection " + h.get("client") + " -> " + h.get("server"));
            TlsFacts t = c.tls();
            assertNotNull(t, c.label() + " is TLS");
            if (h.get("version") != null) {
                assertEquals(h.get("version"), t.version(), c.label());
            }
            if (h.get("cipher_suite") != null) {
                assertEquals(((String) h.get("cipher_suite")).toLowerCase(Locale.ROOT), t.cipherSuite(), c.label());
            }
            assertEquals(h.get("sni"), t.sni(), c.label());
            assertEquals(shas((List<Map<String, Object>>) h.get("server_certificates")), t.serverCertificates(), c.label());
            assertEquals(shas((List<Map<String, Object>>) h.get("client_certificates")), t.clientCertificates(), c.label());
            if ((!s.keyLogs().isEmpty() || !s.rsaKeys().isEmpty()) && sipStreams.contains(h.get("tcp_stream"))) {
                assertTrue(t.decrypted(), c.label() + " decrypted: " + t.undecryptedReason());
            }
        }
    }

    private static List<String> shas(List<Map<String, Object>> certs) {
        List<String> out = new ArrayList<>();
        if (certs != null) {
            for (Map<String, Object> c : certs) {
                out.add(((String) c.get("sha256")).replace(":", "").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void sipMessagesEqualTshark(Scenario s) throws Exception {
        assumeTrue(Files.exists(s.ref("sip.json")));
        List<String> want = new ArrayList<>();
        for (Map<String, Object> m : JsonTree.objects(s.ref("sip.json"))) {
            String what = m.get("method") != null ? (String) m.get("method") : String.valueOf(m.get("status_code"));
            want.add(m.get("frame") + " " + what + " " + m.get("call_id") + " " + m.get("cseq"));
        }
        List<String> got = new ArrayList<>();
        for (SipMessage m : s.analyse().messages()) {
            String what = m.isRequest() ? m.method() : String.valueOf(m.statusCode());
            got.add(m.frame() + " " + what + " " + m.callId() + " " + m.cseq());
        }
        assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    @SuppressWarnings("unchecked")
    void certificateSansEqualOpenssl(Scenario s) throws Exception {
        assumeTrue(Files.exists(s.ref("tls.json")));
        Analysis a = s.analyse();
        for (Map<String, Object> h : JsonTree.objects(s.ref("tls.json"))) {
            List<Map<String, Object>> certs = new ArrayList<>();
            certs.addAll((List<Map<String, Object>>) h.getOrDefault("server_certificates", List.of()));
            certs.addAll((List<Map<String, Object>>) h.getOrDefault("client_certificates", List.of()));
            for (Map<String, Object> c : certs) {
                String sha = ((String) c.get("sha256")).replace(":", "").toLowerCase(Locale.ROOT);
                CertificateRecord r = a.certificate(sha).orElseThrow(() -> new AssertionError("certificate " + c.get("subject")));
                List<String> want = ((List<String>) c.get("san")).stream().map(x -> x.toLowerCase(Locale.ROOT)).sorted().toList();
                List<String> got = r.info().sanStrings().stream().map(x -> x.toLowerCase(Locale.ROOT)).sorted().toList();
                assertEquals(want, got, Objects.toString(c.get("subject")));
                assertEquals(c.get("subject"), r.info().subject());
            }
        }
    }
}
