package org.siptrust.tls.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.util.Objects;

import javax.crypto.Cipher;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.siptrust.core.Hex;

/**
 * An RSA private key that can decrypt the premaster secret of an RSA key exchange, with the
 * SHA-256 fingerprint of its public key (SubjectPublicKeyInfo DER) so it can be matched to a
 * server certificate and shown to the user without revealing anything secret.
 */
public final class RsaKey {
    private final RSAPrivateKey key;
    private final BigInteger modulus;
    private final String fingerprint;
    private final String source;

    public RsaKey(RSAPrivateKey key, BigInteger publicExponent, String source) {
        this.key = Objects.requireNonNull(key);
        this.modulus = key.getModulus();
        this.source = source;
        this.fingerprint = publicExponent == null ? null : fingerprint(modulus, publicExponent);
    }

    public BigInteger modulus() {
        return modulus;
    }

    /** SHA-256 of the public key's SubjectPublicKeyInfo, lower-case hex; null if unknown. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Where the key came from (file name), for messages. */
    public String source() {
        return source;
    }

    /** PKCS#1 v1.5 decryption of an encrypted premaster; null when the padding does not check. */
    public byte[] decryptPremaster(byte[] encrypted) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, key);
            return rsa.doFinal(encrypted);
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    static String fingerprint(BigInteger n, BigInteger e) {
        try {
            SubjectPublicKeyInfo spki = new SubjectPublicKeyInfo(
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                    new org.bouncycastle.asn1.pkcs.RSAPublicKey(n, e));
            return Hex.of(MessageDigest.getInstance("SHA-256").digest(spki.getEncoded()));
        } catch (Exception ex) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "RsaKey[" + (fingerprint == null ? "?" : fingerprint.substring(0, 16)) + "…]";
    }
}
