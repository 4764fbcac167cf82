package org.siptrust.trust;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.siptrust.core.Endpoint;
import org.siptrust.sip.SipMessage;
import org.siptrust.tls.TlsSession;
import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.TrustAnchors;

/**
 * Everything the trust rules look at: the connections with their TLS facts and parsed certificate
 * chains, every SIP message (all hops, frame order), the trust anchors and evaluation time, and DNS
 * location facts.
 *
 * @param anchorsGiven false when the user gave no trust anchor (every chain is then "untrusted",
 *                     which is said once instead of as an error on every connection)
 */
public record TrustInput(List<Connection> connections, List<SipMessage> messages, TrustAnchors anchors,
        boolean anchorsGiven, Instant at, LocationFacts location) {

    /**
     * One transport connection.
     *
     * @param transport   {@code tls}, {@code tcp} or {@code udp}
     * @param tls         the TLS facts for tls connections, else null
     * @param serverChain the server's certificates as sent (leaf first), parsed; empty when not seen
     * @param clientChain the client's certificates as sent, parsed; empty when none
     */
    public record Connection(String id, String transport, Endpoint client, Endpoint server, long firstFrame,
            TlsSession tls, List<CertificateInfo> serverChain, List<CertificateInfo> clientChain) {
        public Connection {
            Objects.requireNonNull(id);
            serverChain = List.copyOf(serverChain);
            clientChain = List.copyOf(clientChain);
        }

        public boolean isTls() {
            return tls != null;
        }
    }

    public TrustInput {
        connections = List.copyOf(connections);
        messages = List.copyOf(messages);
        location = location == null ? LocationFacts.NONE : location;
    }
}
