package org.siptrust.tls.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The TLS pseudo-random functions on JCA HMAC: TLS 1.2 P_SHA256 / P_SHA384 (RFC 5246 §5) and the
 * TLS 1.0/1.1 PRF, P_MD5 XOR P_SHA1 over the two halves of the secret (RFC 2246 §5), plus the
 * master secret and key block derivations built on them.
 */
public final class Prf {
    public static final int TLS10 = 0x0301;
    public static final int TLS11 = 0x0302;
    public static final int TLS12 = 0x0303;
    public static final int TLS13 = 0x0304;

    private Prf() {
    }

    /** PRF(secret, label, seed) of the given protocol version, {@code length} bytes. */
    public static byte[] prf(int version, String prfHash, byte[] secret, String label, byte[] seed, int length) {
        byte[] labelSeed = concat(label.getBytes(StandardCharsets.US_ASCII), seed);
        if (version >= TLS12) {
            return pHash(hmacName(prfHash), secret, 0, secret.length, labelSeed, length);
        }
        int half = (secret.length + 1) / 2;
        byte[] md5 = pHash("HmacMD5", secret, 0, half, labelSeed, length);
        byte[] sha = pHash("HmacSHA1", secret, secret.length - half, half, labelSeed, length);
        for (int i = 0; i < length; i++) {
            md5[i] ^= sha[i];
        }
        return md5;
    }

    /** Master secret from the premaster: classic (RFC 5246 §8.1) or extended (RFC 7627 §4). */
    public static byte[] masterSecret(int version, String prfHash, byte[] premaster, byte[] clientRandom,
            byte[] serverRandom, byte[] sessionHashOrNull) {
        if (sessionHashOrNull != null) {
            return prf(version, prfHash, premaster, "extended master secret", sessionHashOrNull, 48);
        }
        return prf(version, prfHash, premaster, "master secret", concat(clientRandom, serverRandom), 48);
    }

    /** key_block = PRF(master, "key expansion", server_random + client_random). */
    public static byte[] keyBlock(int version, String prfHash, byte[] master, byte[] clientRandom, byte[] serverRandom,
            int length) {
        return prf(version, prfHash, master, "key expansion", concat(serverRandom, clientRandom), length);
    }

    /** The session hash of RFC 7627: the PRF hash (TLS 1.2) or MD5 || SHA-1 (TLS 1.0/1.1). */
    public static byte[] sessionHash(int version, String prfHash, byte[] handshakeMessages, int length) {
        try {
            if (version >= TLS12) {
                MessageDigest md = MessageDigest.getInstance(prfHash);
                md.update(handshakeMessages, 0, length);
                return md.digest();
            }
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            md5.update(handshakeMessages, 0, length);
            sha1.update(handshakeMessages, 0, length);
            return concat(md5.digest(), sha1.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JCA lacks " + prfHash, e);
        }
    }

    static String hmacName(String hash) {
        return switch (hash) {
            case "SHA-384" -> "HmacSHA384";
            case "SHA-512" -> "HmacSHA512";
            default -> "HmacSHA256";
        };
    }

    private static byte[] pHash(String hmac, byte[] secret, int off, int len, byte[] seed, int length) {
        try {
            Mac mac = Mac.getInstance(hmac);
            // an empty HMAC key is legal in TLS (empty premaster half) but SecretKeySpec refuses it
            byte[] key = java.util.Arrays.copyOfRange(secret, off, off + len);
            mac.init(key.length == 0 ? new EmptyKey(hmac) : new SecretKeySpec(key, hmac));
            byte[] out = new byte[length];
            byte[] a = seed;
            int pos = 0;
            while (pos < length) {
                mac.update(a);
                a = mac.doFinal();
                mac.update(a);
                mac.update(seed);
                byte[] chunk = mac.doFinal();
                int n = Math.min(chunk.length, length - pos);
                System.arraycopy(chunk, 0, out, pos, n);
                pos += n;
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JCA lacks " + hmac, e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A zero-length HMAC key, which SecretKeySpec does not allow. */
    private record EmptyKey(String algorithm) implements javax.crypto.SecretKey {
        @Override
        public String getAlgorithm() {
            return algorithm;
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[0];
        }
    }
}
