package org.siptrust.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siptrust.capture.TcpConnection;
import org.siptrust.sip.SipMessage;
import org.siptrust.tls.TlsSession;

/**
 * The command line analyses with {@code keepStreams(false)}: each connection's reassembled bytes
 * and decrypted data are let go once its SIP messages are framed. The result must be the same
 * analysis (messages, connections, certificates, hops, findings), only without the streams.
 */
class ReleasedStreamsTest {

    @ParameterizedTest
    @MethodSource("org.siptrust.analysis.Scenario#all")
    void releasingStreamsChangesNothingElse(Scenario s) throws Exception {
        Analysis kept = s.analyse(true);
        Analysis released = s.analyse(false);

        assertEquals(describe(kept.messages()), describe(released.messages()));
        assertEquals(kept.connections(), released.connections());
        assertEquals(kept.findings(), released.findings());
        assertEquals(kept.hops().toString(), released.hops().toString());
        assertEquals(kept.certificates().stream().map(CertificateRecord::sha256).toList(),
                released.certificates().stream().map(CertificateRecord::sha256).toList());
        assertEquals(kept.calls().calls().size(), released.calls().calls().size());

        for (TcpConnection t : released.capture().tcpConnections()) {
            assertTrue(t.clientToServer().isEmpty() && t.serverToClient().isEmpty(), t.id() + " still holds its bytes");
        }
        boolean decryptedSome = false;
        for (Connection c : kept.connections()) {
            TlsSession k = kept.tlsSession(c.id()).orElse(null);
            if (k == null) {
                continue;
            }
            TlsSession r = released.tlsSession(c.id()).orElseThrow();
            assertTrue(r.clientApplicationData().isEmpty() && r.serverApplicationData().isEmpty(), c.id() + " still holds plaintext");
            assertEquals(k.toString(), r.toString());
            assertEquals(k.secretsForExport(), r.secretsForExport());
            decryptedSome |= !k.clientApplicationData().isEmpty();
        }
        if (released.messages().stream().anyMatch(m -> m.context().decrypted())) {
            assertTrue(decryptedSome, "the default analysis keeps the decrypted data the workbench shows");
        }
    }

    private static List<String> describe(List<SipMessage> messages) {
        return messages.stream().map(m -> m.frame() + " " + m.context() + " " + m.rawText()).toList();
    }
}
