package org.siptrust.dns.internal;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.Certificate;

/** The parts of a DER certificate that TLSA selectors name (RFC 6698 §2.1.2). */
public final class CertificateFields {
    private CertificateFields() {
    }

    /**
     * The DER SubjectPublicKeyInfo of a DER certificate (selector 1).
     *
     * @throws IllegalArgumentException when the bytes are not an X.509 certificate
     */
    public static byte[] subjectPublicKeyInfo(byte[] certificateDer) {
        try {
            Certificate c = Certificate.getInstance(certificateDer);
            if (c == null) {
                throw new IllegalArgumentException("empty certificate");
            }
            return c.getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER);
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a DER X.509 certificate: " + e.getMessage(), e);
        }
    }
}
