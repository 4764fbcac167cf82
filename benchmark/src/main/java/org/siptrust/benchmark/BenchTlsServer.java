package org.siptrust.benchmark;

import java.io.IOException;
import java.util.Vector;

import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsUtils;

/** The server side of one generated connection: the variant's single suite, its certificate. */
final class BenchTlsServer extends DefaultTlsServer {
    private final SeededTlsCrypto crypto;
    private final TlsVariant variant;
    private final TestPki pki;
    private boolean handshakeComplete;

    BenchTlsServer(SeededTlsCrypto crypto, TlsVariant variant, TestPki pki) {
        super(crypto);
        this.crypto = crypto;
        this.variant = variant;
        this.pki = pki;
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
    protected boolean allowEncryptThenMAC() {
        return variant.encryptThenMac();
    }

    @Override
    public TlsCredentials getCredentials() throws IOException {
        TestPki.Identity id = pki.server(variant.serverDomain(), variant.rsaServer());
        return TlsCredentialsFactory.signer(context, crypto, id,
                variant.tls13() ? TlsCredentialsFactory.emptyContext() : null);
    }

    @Override
    public CertificateRequest getCertificateRequest() throws IOException {
        if (!variant.mutual()) {
            return null;
        }
        Vector<SignatureAndHashAlgorithm> algs = new Vector<>();
        algs.add(SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
        if (variant.tls13()) {
            algs.add(SignatureAndHashAlgorithm.rsa_pss_rsae_sha256);
            return new CertificateRequest(TlsUtils.EMPTY_BYTES, algs, null, null);
        }
        algs.add(SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.rsa));
        return new CertificateRequest(new short[] {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign},
                algs, null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) {
        // accepted without validation: the generator plays both ends
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        handshakeComplete = true;
    }
}
