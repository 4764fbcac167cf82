package org.siptrust.ui.certs.internal.model;

import java.nio.file.Path;
import java.util.List;

import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.TrustAnchorException;
import org.siptrust.x509.TrustAnchors;

/**
 * Reads certificate files the user opens: PEM (one or many blocks), DER/CRT/CER, PKCS#12 or JKS
 * without password. The x509 bundle's trust store reader already handles every one of these
 * formats with bounds and size limits, so the inspector reuses it instead of parsing again.
 */
public final class CertificateFiles {
    private CertificateFiles() {
    }

    /**
     * The certificates of {@code file} in file order (a PEM chain is usually leaf first).
     *
     * @throws TrustAnchorException with a sentence saying why the file holds no usable certificate
     */
    public static List<CertificateInfo> read(Path file) throws TrustAnchorException {
        return TrustAnchors.load(List.of(file)).certificates();
    }
}
