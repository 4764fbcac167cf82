package org.siptrust.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureLoader;
import org.siptrust.capture.TcpConnection;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.ProgressMonitor;

/**
 * The TCP streams of a_multihop_tls13_ok.pcap without decryption are TLS records, not SIP: the
 * framer must find no message and account for the bytes as skipped, not hang or invent messages.
 */
class CiphertextStreamTest {

    @Test
    void tlsCiphertextYieldsNoSipMessages() throws Exception {
        Capture capture = CaptureLoader.load(
                Corpus.testdata().resolve("captures/a_multihop_tls13_ok/a_multihop_tls13_ok.pcap"), ProgressMonitor.NULL);
        List<TcpConnection> connections = capture.tcpConnections();
        assertEquals(6, connections.size());
        long bytes = 0;
        long skipped = 0;
        for (TcpConnection c : connections) {
            for (FramedBytes s : List.of(c.clientToServer(), c.serverToClient())) {
                StreamParseResult r = SipParser.parseStreamDetailed(s,
                        new WireContext(c.id(), "TCP", c.client(), c.server(), false));
                assertEquals(List.of(), r.messages(), c.id());
                bytes += s.length();
                skipped += r.skipped().stream().mapToLong(StreamParseResult.Skipped::length).sum();
                if (s.length() > 0) {
                    assertEquals(s.frameAt(0), r.skipped().get(0).frame());
                }
            }
        }
        assertTrue(bytes > 50_000, "ciphertext bytes: " + bytes);
        assertTrue(skipped >= bytes - 64, skipped + " of " + bytes + " bytes accounted as skipped");
    }
}
