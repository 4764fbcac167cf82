package org.siptrust.tls;

import java.math.BigInteger;
import java.util.List;

import org.bouncycastle.asn1.x509.Certificate;
import org.siptrust.core.Hex;
import org.siptrust.tls.internal.CipherSuite;
import org.siptrust.tls.internal.CipherSuite.KeyExchange;
import org.siptrust.tls.internal.Handshake.ClientHello;
import org.siptrust.tls.internal.Handshake.ServerHello;
import org.siptrust.tls.internal.KeyLog;
import org.siptrust.tls.internal.Prf;
import org.siptrust.tls.internal.RsaKey;

/**
 * Finds the master secret of a TLS 1.0-1.2 handshake the way Wireshark does, in this order: the
 * key log's CLIENT_RANDOM line; for a resumed session the key log's session id line or the master
 * secret remembered from the earlier connection; otherwise the premaster secret (key log
 * PMS_CLIENT_RANDOM or RSA lines, or the RSA private key that matches the server certificate)
 * through the PRF, extended (RFC 7627) when negotiated. When nothing fits, {@link #problem()} says
 * exactly what is missing.
 */
final class MasterSecretFinder {
    static final String NO_CLIENT_HELLO =
            "the ClientHello is not in the capture: without its client random no key can be found";

    /** What the handshake offers to look keys up by. */
    record Handshake12(int version, CipherSuite suite, ClientHello clientHello, ServerHello serverHello,
            byte[] clientRandom, byte[] serverRandom, boolean resumed, byte[] encryptedPremaster,
            byte[] sessionHashOrNull, byte[] serverCertificateOrNull) {
    }

    private final KeyLog keyLog;
    private final List<RsaKey> rsaKeys;
    private final TlsSessionCache cache;
    private String source;
    private String problem;

    MasterSecretFinder(KeyLog keyLog, List<RsaKey> rsaKeys, TlsSessionCache cache) {
        this.keyLog = keyLog;
        this.rsaKeys = rsaKeys;
        this.cache = cache;
    }

    /** Where the last master secret came from, for messages ("the key-log entry", ...). */
    String source() {
        return source;
    }

    /** Why the last {@link #find} returned null. */
    String problem() {
        return problem;
    }

    byte[] find(Handshake12 h) {
        source = null;
        problem = null;
        byte[] cr = h.clientRandom();
        if (cr == null) {
            problem = NO_CLIENT_HELLO;
            return null;
        }
        byte[] m = keyLog.secret(KeyLog.CLIENT_RANDOM, cr);
        if (m != null) {
            source = "the key-log entry";
            return m;
        }
        if (h.resumed()) {
            m = keyLog.secret(KeyLog.SESSION_ID, h.serverHello().sessionId());
            if (m == null) {
                m = cache.bySessionId(h.serverHello().sessionId());
            }
            if (m == null && h.clientHello() != null) {
                m = cache.byTicket(h.clientHello().sessionTicket());
            }
            if (m != null) {
                source = "the resumed session's master secret";
                return m;
            }
            problem = "resumed TLS session (abbreviated handshake): no key-log entry for client random " + shortHex(cr)
                    + " and the original session's master secret is not known";
            return null;
        }
        byte[] pms = keyLog.secret(KeyLog.PMS_CLIENT_RANDOM, cr);
        source = "the key-log premaster secret";
        if (pms == null && h.encryptedPremaster() != null && h.suite().keyExchange() == KeyExchange.RSA) {
            pms = keyLog.rsaPremaster(h.encryptedPremaster());
            if (pms == null) {
                pms = rsaPremaster(h); // sets source or problem
            }
        }
        if (pms == null) {
            if (problem == null) {
                problem = missingKeyReason(h);
            }
            source = null;
            return null;
        }
        return Prf.masterSecret(h.version(), h.suite().prfHash(), pms, cr, h.serverRandom(), h.sessionHashOrNull());
    }

    private String missingKeyReason(Handshake12 h) {
        String cr = shortHex(h.clientRandom());
        KeyExchange kx = h.suite().keyExchange();
        if (kx == KeyExchange.RSA) {
            if (h.encryptedPremaster() == null) {
                return "RSA key exchange but the ClientKeyExchange is not in the capture, and no key-log entry for"
                        + " client random " + cr;
            }
            if (rsaKeys.isEmpty()) {
                return "no key-log entry for client random " + cr + " and no RSA private key (RSA key exchange)";
            }
            return "RSA key exchange but no private key matches the server certificate";
        }
        if (!rsaKeys.isEmpty()) {
            return kx.label() + " key exchange: an RSA private key cannot decrypt this, a key log is needed (no entry"
                    + " for client random " + cr + ")";
        }
        return "no key-log entry for client random " + cr;
    }

    /** PKCS#1 v1.5 decryption with the key matching the server certificate (or, without one, any key that fits). */
    private byte[] rsaPremaster(Handshake12 h) {
        if (rsaKeys.isEmpty()) {
            return null;
        }
        BigInteger modulus = modulus(h.serverCertificateOrNull());
        if (modulus != null) {
            for (RsaKey k : rsaKeys) {
                if (k.modulus().equals(modulus)) {
                    byte[] pms = k.decryptPremaster(h.encryptedPremaster());
                    if (pms == null || pms.length != 48) {
                        problem = "RSA key exchange: the private key matching the server certificate could not decrypt"
                                + " the premaster secret";
                        return null;
                    }
                    source = "the RSA private key " + shortFingerprint(k);
                    return pms;
                }
            }
            return null;
        }
        // no server certificate in the capture: a key fits when the premaster carries the offered version
        for (RsaKey k : rsaKeys) {
            byte[] pms = k.decryptPremaster(h.encryptedPremaster());
            if (pms != null && pms.length == 48 && h.clientHello() != null
                    && ((pms[0] & 0xff) << 8 | (pms[1] & 0xff)) == h.clientHello().version()) {
                source = "the RSA private key " + shortFingerprint(k);
                return pms;
            }
        }
        return null;
    }

    private static BigInteger modulus(byte[] certificate) {
        if (certificate == null) {
            return null;
        }
        try {
            return org.bouncycastle.asn1.pkcs.RSAPublicKey
                    .getInstance(Certificate.getInstance(certificate).getSubjectPublicKeyInfo().parsePublicKey())
                    .getModulus();
        } catch (Exception e) {
            return null; // not an RSA certificate
        }
    }

    private static String shortFingerprint(RsaKey k) {
        return k.fingerprint() == null ? k.source() : "SHA-256 " + k.fingerprint().substring(0, 16) + "…";
    }

    /** First 8 hex digits and an ellipsis, the way findings name a client random. */
    static String shortHex(byte[] random) {
        return random == null ? "(unknown)" : Hex.of(random).substring(0, 8) + "…";
    }
}
