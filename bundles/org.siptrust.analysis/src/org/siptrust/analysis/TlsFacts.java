package org.siptrust.analysis;

import java.util.List;

/**
 * The TLS facts of a connection in report form: what CLI.md's {@code connections[].tls} holds.
 * Certificates are named by SHA-256 (lower-case hex); their details are in
 * {@link Analysis#certificates()}.
 */
public record TlsFacts(String version, String cipherSuite, String cipherSuiteName, String sni, List<String> alpn,
        boolean decrypted, String undecryptedReason, List<String> serverCertificates, List<String> clientCertificates,
        List<String> alerts, boolean certificateRequested, boolean handshakeCompleted, boolean resumed,
        long clientHelloFrame, long serverHelloFrame) {

    public TlsFacts {
        alpn = List.copyOf(alpn);
        serverCertificates = List.copyOf(serverCertificates);
        clientCertificates = List.copyOf(clientCertificates);
        alerts = List.copyOf(alerts);
    }
}
