package org.siptrust.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Vector;

import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.NameType;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.TlsSecret;
import org.bouncycastle.util.encoders.Hex;

/**
 * The client side of one generated connection. Besides speaking TLS it records the connection's
 * NSS key log lines: BC keeps the secrets inside {@link TlsSecret} objects, and
 * {@code TlsSecret.extract()} destroys the secret it is called on, so each secret is first copied
 * with {@code crypto.adoptSecret} (which duplicates the bytes) and the copy is extracted. TLS 1.3
 * handshake traffic secrets are read in {@code notifyServerCertificate}, which BC calls after it
 * installed the handshake keys; application traffic secrets and the TLS 1.2 master secret are read
 * in {@code notifyHandshakeComplete}.
 */
final class BenchTlsClient extends DefaultTlsClient {
    private final SeededTlsCrypto crypto;
    private final TlsVariant variant;
    private final TestPki pki;
    private final List<String> keyLog = new ArrayList<>();
    private boolean handshakeComplete;

    BenchTlsClient(SeededTlsCrypto crypto, TlsVariant variant, TestPki pki) {
        super(crypto);
        this.crypto = crypto;
        this.variant = variant;
        this.pki = pki;
    }

    List<String> keyLog() {
        return keyLog;
    }

    boolean isHandshakeComplete() {
        return handshakeComplete;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return (variant.tls13() ? ProtocolVersion.TLSv13 : ProtocolVersion.TLSv12).only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return new int[] {variant.cipherSuite()};
    }

    @Override
    protected Vector<ServerName> getSNIServerNames() {
        Vector<ServerName> names = new Vector<>();
        names.add(new ServerName(NameType.host_name,
                ("sip." + variant.serverDomain()).getBytes(StandardCharsets.US_ASCII)));
        return names;
    }

    @Override
    public boolean shouldUseExtendedMasterSecret() {
        return variant.extendedMasterSecret();
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) {
                // the generator is both ends: no chain validation needed
                if (variant.tls13()) {
                    SecurityParameters sp = context.getSecurityParametersHandshake();
                    keyLog.add(line("CLIENT_HANDSHAKE_TRAFFIC_SECRET", sp, sp.getTrafficSecretClient()));
                    keyLog.add(line("SERVER_HANDSHAKE_TRAFFIC_SECRET", sp, sp.getTrafficSecretServer()));
                }
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                if (!variant.mutual()) {
                    return null;
                }
                TestPki.Identity id = pki.client(variant.clientDomain(), variant.rsaClient());
                return TlsCredentialsFactory.signer(context, crypto, id,
                        variant.tls13() ? request.getCertificateRequestContext() : null);
            }
        };
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        SecurityParameters sp = context.getSecurityParametersConnection();
        if (sp == null) {
            sp = context.getSecurityParametersHandshake();
        }
        if (variant.tls13()) {
            keyLog.add(line("CLIENT_TRAFFIC_SECRET_0", sp, sp.getTrafficSecretClient()));
            keyLog.add(line("SERVER_TRAFFIC_SECRET_0", sp, sp.getTrafficSecretServer()));
            keyLog.add(line("EXPORTER_SECRET", sp, sp.getExporterMasterSecret()));
        } else {
            keyLog.add(line("CLIENT_RANDOM", sp, sp.getMasterSecret()));
        }
        handshakeComplete = true;
    }

    private String line(String label, SecurityParameters sp, TlsSecret secret) {
        if (secret == null) {
            throw new IllegalStateException(label + " is not available from Bouncy Castle at this point");
        }
        byte[] copy = crypto.adoptSecret(secret).extract();
        return label + " " + Hex.toHexString(sp.getClientRandom()) + " " + Hex.toHexString(copy);
    }
}
