package org.siptrust.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siptrust.capture.Capture;
import org.siptrust.capture.TcpConnection;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.tls.KeyMaterial;
import org.siptrust.tls.TlsAnalyzer;
import org.siptrust.tls.TlsSession;

/**
 * End to end on f_dns_naptr_srv_tlsa: the certificate chains the servers presented (decrypted
 * from the TLS 1.3 handshakes with the scenario's key log) against the TLSA records the clients
 * located per RFC 3263, with DNS evidence from the capture and the signed zone.
 */
class DaneFromCaptureTest {

    @Test
    void everyTlsHopOfTheScenario() throws Exception {
        Capture c = CaptureDns.load(TestData.F_DNS.resolve("f_dns_naptr_srv_tlsa.pcapng"));
        DnsEvidence ev = CaptureDns.add(c, DnsEvidence.builder()).addZoneFile(TestData.ZONE).build();
        DnssecValidator v = DnssecValidator.of(ev, DnssecAnchors.load(TestData.DS), TestData.captureStart());
        KeyMaterial keys = KeyMaterial.builder().addKeyLog(TestData.F_DNS.resolve("f_dns_naptr_srv_tlsa.keys")).build();
        Map<String, List<String>> reference = TestData.referenceServerChains();

        // reference identity per hop (README: outbound proxies, Request-URIs, Contact URIs)
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("127.0.0.13->127.0.0.12:5061", "sip:biloxi.example.com");
        targets.put("127.0.0.10->127.0.0.11:5061", "sip:atlanta.example.com");
        targets.put("127.0.0.11->127.0.0.12:5061", "sip:bob@biloxi.example.com");
        targets.put("127.0.0.12->127.0.0.13:5061", "sip:bob@bob-pc.biloxi.example.com:5061;transport=tls");
        targets.put("127.0.0.12->127.0.0.11:5061", "sip:alice@atlanta.example.com");
        targets.put("127.0.0.11->127.0.0.10:5061", "sip:alice@alice-pc.atlanta.example.com:5061;transport=tls");

        List<String> verdicts = new ArrayList<>();
        for (TcpConnection t : c.tcpConnections()) {
            if (t.server().port() != 5061) {
                continue;
            }
            TlsSession s = TlsAnalyzer.analyze(t.id(), t.client(), t.server(), t.clientToServer(), t.serverToClient(),
                    keys, ProgressMonitor.NULL);
            List<byte[]> chain = s.serverCertificates();
            List<String> shas = new ArrayList<>();
            for (byte[] der : chain) {
                shas.add(TestData.sha256(der));
            }
            assertEquals(reference.get(t.server().toString()), shas, t.toString());
            String hop = t.client().ip() + "->" + t.server();
            Resolution r = Rfc3263Locator.locate(SipTarget.parse(targets.get(hop), "Request-URI"), ev, v);
            Destination d = r.destinationFor(t.server()).orElseThrow(() -> new AssertionError(hop + "\n" + r.render()));
            DaneResult dane = d.dane(chain);
            verdicts.add(hop + " " + d.tlsaName() + " " + d.tlsaStatus().word() + " " + dane.result());
        }
        assertEquals(List.of(
                "127.0.0.13->127.0.0.12:5061 _5061._tcp.sip.biloxi.example.com secure match",
                "127.0.0.10->127.0.0.11:5061 _5061._tcp.sip.atlanta.example.com secure match",
                "127.0.0.11->127.0.0.12:5061 _5061._tcp.sip.biloxi.example.com secure match",
                "127.0.0.12->127.0.0.13:5061 _5061._tcp.bob-pc.biloxi.example.com secure no-records",
                "127.0.0.12->127.0.0.11:5061 _5061._tcp.sip.atlanta.example.com secure match",
                "127.0.0.11->127.0.0.10:5061 _5061._tcp.alice-pc.atlanta.example.com secure no-records"), verdicts);
        assertTrue(v.findings().isEmpty());
    }
}
