package org.siptrust.tls;

import java.util.ArrayList;
import java.util.List;

import org.siptrust.core.Endpoint;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.Hex;

/**
 * What one TCP connection says as TLS: the handshake facts (version, cipher suite, SNI, ALPN,
 * certificate chains with the frames that carried them, alerts), whether it could be decrypted
 * and, if not, precisely why, and the decrypted application data of each direction with every
 * byte mapped to the frame in which the record that carried it ended. Immutable.
 */
public final class TlsSession {

    private final String connectionId;
    private final Endpoint client;
    private final Endpoint server;
    private final boolean looksLikeTls;
    private final boolean rolesSwapped;
    private final int versionCode;
    private final int cipherSuite;
    private final String sni;
    private final List<String> alpn;
    private final String alpnSelected;
    private final byte[] clientRandom;
    private final boolean helloRetryRequest;
    private final boolean certificateRequested;
    private final List<byte[]> serverCertificates;
    private final List<byte[]> clientCertificates;
    private final long serverCertificateFrame;
    private final long clientCertificateFrame;
    private final long clientHelloFrame;
    private final long serverHelloFrame;
    private final List<TlsAlert> alerts;
    private final boolean handshakeCompleted;
    private final boolean resumed;
    private final boolean extendedMasterSecret;
    private final boolean encryptThenMac;
    private final boolean decrypted;
    private final String undecryptedReason;
    private final FramedBytes clientData;
    private final FramedBytes serverData;
    private final List<Finding> findings;
    private final String exportKeyLog;

    TlsSession(ConnectionDecoder d) {
        this.connectionId = d.connectionId;
        this.client = d.client;
        this.server = d.server;
        this.looksLikeTls = d.looksLikeTls;
        this.rolesSwapped = d.rolesSwapped;
        this.versionCode = d.version;
        this.cipherSuite = d.suiteCode;
        this.sni = d.sni;
        this.alpn = List.copyOf(d.alpn);
        this.alpnSelected = d.alpnSelected;
        this.clientRandom = d.factsClientRandom == null ? null : d.factsClientRandom.clone();
        this.helloRetryRequest = d.helloRetryRequest;
        this.certificateRequested = d.certificateRequested;
        this.serverCertificates = copy(d.serverCertificates);
        this.clientCertificates = copy(d.clientCertificates);
        this.serverCertificateFrame = d.serverCertificateFrame;
        this.clientCertificateFrame = d.clientCertificateFrame;
        this.clientHelloFrame = d.clientHelloFrame;
        this.serverHelloFrame = d.serverHelloFrame;
        this.alerts = List.copyOf(d.alerts);
        this.handshakeCompleted = d.handshakeCompleted();
        this.resumed = d.resumed;
        this.extendedMasterSecret = d.extendedMasterSecret;
        this.encryptThenMac = d.encryptThenMac;
        this.decrypted = d.decrypted;
        this.undecryptedReason = d.undecryptedReason;
        this.clientData = d.clientData();
        this.serverData = d.serverData();
        this.findings = List.copyOf(d.findings);
        this.exportKeyLog = d.exportKeyLog;
    }

    private TlsSession(TlsSession o, FramedBytes clientData, FramedBytes serverData) {
        this.connectionId = o.connectionId;
        this.client = o.client;
        this.server = o.server;
        this.looksLikeTls = o.looksLikeTls;
        this.rolesSwapped = o.rolesSwapped;
        this.versionCode = o.versionCode;
        this.cipherSuite = o.cipherSuite;
        this.sni = o.sni;
        this.alpn = o.alpn;
        this.alpnSelected = o.alpnSelected;
        this.clientRandom = o.clientRandom;
        this.helloRetryRequest = o.helloRetryRequest;
        this.certificateRequested = o.certificateRequested;
        this.serverCertificates = o.serverCertificates;
        this.clientCertificates = o.clientCertificates;
        this.serverCertificateFrame = o.serverCertificateFrame;
        this.clientCertificateFrame = o.clientCertificateFrame;
        this.clientHelloFrame = o.clientHelloFrame;
        this.serverHelloFrame = o.serverHelloFrame;
        this.alerts = o.alerts;
        this.handshakeCompleted = o.handshakeCompleted;
        this.resumed = o.resumed;
        this.extendedMasterSecret = o.extendedMasterSecret;
        this.encryptThenMac = o.encryptThenMac;
        this.decrypted = o.decrypted;
        this.undecryptedReason = o.undecryptedReason;
        this.clientData = clientData;
        this.serverData = serverData;
        this.findings = o.findings;
        this.exportKeyLog = o.exportKeyLog;
    }

    private static List<byte[]> copy(List<byte[]> in) {
        List<byte[]> out = new ArrayList<>(in.size());
        for (byte[] b : in) {
            out.add(b.clone());
        }
        return out;
    }

    public String connectionId() {
        return connectionId;
    }

    public Endpoint client() {
        return client;
    }

    public Endpoint server() {
        return server;
    }

    /** True when either direction carries TLS records (from the start, or found mid-stream). */
    public boolean looksLikeTls() {
        return looksLikeTls;
    }

    /**
     * True when the side that opened the TCP connection sent the ServerHello (the capture missed
     * the TCP handshake and guessed the roles wrong); {@link #client()} and {@link #server()} are
     * then the TLS roles, swapped with respect to the arguments.
     */
    public boolean rolesSwapped() {
        return rolesSwapped;
    }

    /**
     * The negotiated version as tshark names it ("TLSv1.2", "TLSv1.3" from the ServerHello's
     * supported_versions), or null when no ServerHello was seen.
     */
    public String version() {
        return versionCode < 0 ? null : TlsNames.version(versionCode);
    }

    /** The negotiated version's wire code (0x0303 ...), or -1. */
    public int versionCode() {
        return versionCode;
    }

    /** The negotiated cipher suite code, -1 when unknown. */
    public int cipherSuite() {
        return cipherSuite;
    }

    /** "0x1302" (lower-case, four digits), or null when unknown. */
    public String cipherSuiteHex() {
        return cipherSuite < 0 ? null : TlsNames.cipherSuiteHex(cipherSuite);
    }

    /** IANA name such as TLS_AES_256_GCM_SHA384, or null when unknown. */
    public String cipherSuiteName() {
        return cipherSuite < 0 ? null : TlsNames.cipherSuite(cipherSuite);
    }

    /** server_name of the ClientHello, null if none. */
    public String sni() {
        return sni;
    }

    /** ALPN protocols offered in the ClientHello, in order. */
    public List<String> alpn() {
        return alpn;
    }

    /** ALPN protocol the server selected (ServerHello or TLS 1.3 EncryptedExtensions), null if none or unknown. */
    public String alpnSelected() {
        return alpnSelected;
    }

    /** The ClientHello random in lower-case hex, or null when no ClientHello was seen. */
    public String clientRandomHex() {
        return clientRandom == null ? null : Hex.of(clientRandom);
    }

    /** The ClientHello random, or null. */
    public byte[] clientRandom() {
        return clientRandom == null ? null : clientRandom.clone();
    }

    public boolean helloRetryRequest() {
        return helloRetryRequest;
    }

    /** The server sent a CertificateRequest (asked for a client certificate). */
    public boolean certificateRequested() {
        return certificateRequested;
    }

    /** DER certificates the server presented, in the order sent (empty if unseen, e.g. TLS 1.3 without keys). */
    public List<byte[]> serverCertificates() {
        return copy(serverCertificates);
    }

    /** DER certificates the client presented, in the order sent. */
    public List<byte[]> clientCertificates() {
        return copy(clientCertificates);
    }

    /** Frame of the server Certificate message, -1 if none. */
    public long serverCertificateFrame() {
        return serverCertificateFrame;
    }

    /** Frame of the client Certificate message, -1 if none. */
    public long clientCertificateFrame() {
        return clientCertificateFrame;
    }

    /** Frame where the ClientHello ended (the second one after a HelloRetryRequest), -1 if none. */
    public long clientHelloFrame() {
        return clientHelloFrame;
    }

    /** Frame of the ServerHello (after a HelloRetryRequest, the real one), -1 if none. */
    public long serverHelloFrame() {
        return serverHelloFrame;
    }

    public List<TlsAlert> alerts() {
        return alerts;
    }

    /** Both sides' Finished were seen (or, without keys, inferred from the record flow). */
    public boolean handshakeCompleted() {
        return handshakeCompleted;
    }

    /** TLS 1.2 session id / ticket resumption, or TLS 1.3 PSK. */
    public boolean resumed() {
        return resumed;
    }

    public boolean extendedMasterSecret() {
        return extendedMasterSecret;
    }

    public boolean encryptThenMac() {
        return encryptThenMac;
    }

    /** Every direction that carried encrypted records could be decrypted with the key material. */
    public boolean decrypted() {
        return decrypted;
    }

    /** Why the connection (or a direction of it) could not be decrypted; null when {@link #decrypted()}. */
    public String undecryptedReason() {
        return undecryptedReason;
    }

    /** Decrypted application data the client sent; undecryptable records are gaps. */
    public FramedBytes clientApplicationData() {
        return clientData;
    }

    /** Decrypted application data the server sent; undecryptable records are gaps. */
    public FramedBytes serverApplicationData() {
        return serverData;
    }

    public List<Finding> findings() {
        return findings;
    }

    /**
     * The same session without its decrypted application data, for a caller that has framed the
     * SIP messages and must not keep every connection's plaintext alive (the headless analysis of
     * a large capture); handshake facts, findings and secrets for export stay.
     */
    public TlsSession withoutApplicationData() {
        if (clientData.isEmpty() && serverData.isEmpty()) {
            return this;
        }
        return new TlsSession(this, FramedBytes.EMPTY, FramedBytes.EMPTY);
    }

    /**
     * NSS key log lines with the secrets that decrypt this connection (including a master secret
     * recovered with an RSA private key), empty when there are none. Only for the user's explicit
     * "export capture with secrets" action; never log or report it.
     */
    public String secretsForExport() {
        return exportKeyLog == null ? "" : exportKeyLog;
    }

    @Override
    public String toString() {
        return "TlsSession[" + connectionId + " " + version() + " " + cipherSuiteHex() + " sni=" + sni + " decrypted="
                + decrypted + "]";
    }
}
