package org.siptrust.benchmark;

import java.util.Random;

import org.bouncycastle.tls.CipherSuite;

/**
 * What one generated TLS connection negotiates. Even-numbered connections are TLS 1.3, odd ones
 * TLS 1.2, so the mix is exactly half and half.
 *
 * @param cipherSuite          the single suite both sides offer
 * @param rsaServer            server certificate key type (RSA-2048, else ECDSA P-256)
 * @param encryptThenMac       TLS 1.2 CBC only: RFC 7366 negotiated
 * @param extendedMasterSecret TLS 1.2 only: RFC 7627 negotiated
 * @param mutual               the server requests, and the client sends, a certificate
 */
record TlsVariant(boolean tls13, int cipherSuite, boolean rsaServer, boolean encryptThenMac,
        boolean extendedMasterSecret, boolean mutual, boolean rsaClient, String serverDomain, String clientDomain) {

    private static final int[] TLS13 = {CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
        CipherSuite.TLS_CHACHA20_POLY1305_SHA256};
    private static final int[] TLS12_GCM = {CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384};
    private static final int[] TLS12_CBC = {CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384};

    static TlsVariant choose(int index, Random r) {
        boolean tls13 = index % 2 == 0;
        String serverDomain = TestPki.SERVER_DOMAINS[r.nextInt(TestPki.SERVER_DOMAINS.length)];
        String clientDomain = TestPki.CLIENT_DOMAINS[r.nextInt(TestPki.CLIENT_DOMAINS.length)];
        boolean mutual = r.nextInt(10) < 3;
        boolean rsaClient = r.nextBoolean();
        if (tls13) {
            return new TlsVariant(true, TLS13[r.nextInt(TLS13.length)], r.nextBoolean(), false, false, mutual,
                    rsaClient, serverDomain, clientDomain);
        }
        boolean cbc = r.nextInt(10) < 4;
        int suite = cbc ? TLS12_CBC[r.nextInt(TLS12_CBC.length)] : TLS12_GCM[r.nextInt(TLS12_GCM.length)];
        boolean rsaServer = isRsaKeyExchange(suite);
        return new TlsVariant(false, suite, rsaServer, cbc && r.nextBoolean(), r.nextInt(10) < 8, mutual, rsaClient,
                serverDomain, clientDomain);
    }

    private static boolean isRsaKeyExchange(int suite) {
        return suite == CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
                || suite == CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
                || suite == CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256
                || suite == CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384;
    }

    /** A label for the statistics, e.g. {@code TLSv1.2 0xc027 etm}. */
    String label() {
        String s = (tls13 ? "TLSv1.3 " : "TLSv1.2 ") + String.format("0x%04x", cipherSuite);
        if (!tls13) {
            s += isCbc() ? (encryptThenMac ? " cbc+etm" : " cbc") : " gcm";
            s += extendedMasterSecret ? " ems" : "";
        }
        return s;
    }

    boolean isCbc() {
        for (int s : TLS12_CBC) {
            if (s == cipherSuite) {
                return true;
            }
        }
        return false;
    }
}
