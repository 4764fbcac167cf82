package org.siptrust.benchmark;

import java.io.IOException;

import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;

/** Turns a {@link TestPki.Identity} into BC TLS signing credentials for one connection. */
final class TlsCredentialsFactory {
    private TlsCredentialsFactory() {
    }

    /**
     * @param requestContext TLS 1.3 certificate_request_context to echo (empty for a server), or
     *                       {@code null} for TLS 1.2
     */
    static TlsCredentialedSigner signer(TlsContext context, SeededTlsCrypto crypto, TestPki.Identity id,
            byte[] requestContext) throws IOException {
        boolean tls13 = requestContext != null;
        TlsCertificate[] chain = new TlsCertificate[id.chainDer().size()];
        for (int i = 0; i < chain.length; i++) {
            chain[i] = crypto.createCertificate(id.chainDer().get(i));
        }
        Certificate certificate;
        SignatureAndHashAlgorithm alg;
        if (tls13) {
            CertificateEntry[] entries = new CertificateEntry[chain.length];
            for (int i = 0; i < chain.length; i++) {
                entries[i] = new CertificateEntry(chain[i], null);
            }
            certificate = new Certificate(requestContext, entries);
            alg = id.rsa() ? SignatureAndHashAlgorithm.rsa_pss_rsae_sha256
                    : SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa);
        } else {
            certificate = new Certificate(chain);
            alg = SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256,
                    id.rsa() ? SignatureAlgorithm.rsa : SignatureAlgorithm.ecdsa);
        }
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, id.privateKey(), certificate,
                alg);
    }

    static byte[] emptyContext() {
        return TlsUtils.EMPTY_BYTES;
    }
}
