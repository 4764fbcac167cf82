package org.siptrust.tls.internal;

import java.security.GeneralSecurityException;

import org.siptrust.tls.internal.CipherSuite.BulkCipher;
import org.siptrust.tls.internal.CipherSuite.Kind;

/**
 * Decrypts and authenticates the records of one direction of one connection. Instances keep
 * their JCA/BC cipher objects for the life of the direction (no per-record lookups) and whatever
 * state the scheme carries between records (TLS 1.0 CBC IV chaining, the RC4 key stream).
 *
 * <p>{@link #open} tries {@code tries} consecutive sequence numbers starting at {@code seq}, so
 * the caller can re-find the record counter after records went missing; {@link #matchedSequence()}
 * says which one authenticated.
 */
public abstract class RecordCipher {

    /** Largest TLS ciphertext fragment (2^14 + 2048). */
    public static final int MAX_CIPHERTEXT = 16384 + 2048;

    protected long matched = -1;

    /**
     * Decrypts the fragment {@code in[off, off+len)} of a record with header {@code type} and
     * {@code version} into {@code out} (at least {@code len} bytes) and returns the plaintext
     * length, or -1 when no sequence number in {@code [seq, seq+tries)} authenticates it.
     * TLS 1.3 plaintext still ends with the inner content type and padding.
     */
    public abstract int open(byte[] in, int off, int len, int type, int version, long seq, int tries, byte[] out);

    /** The sequence number that authenticated the last successful {@link #open}. */
    public long matchedSequence() {
        return matched;
    }

    /** True when decryption after lost records cannot work (chained state such as RC4). */
    public boolean needsContinuity() {
        return false;
    }

    /** A TLS 1.3 record protection for one traffic secret's key and IV. */
    public static RecordCipher tls13(CipherSuite suite, byte[] key, byte[] iv) throws GeneralSecurityException {
        return new AeadCipher(suite.cipher(), key, iv, true);
    }

    /**
     * A TLS 1.0-1.2 record protection. {@code iv} is the key block IV (AEAD salt or TLS 1.0 CBC
     * IV; may be empty); {@code macKey} is ignored for AEAD suites.
     */
    public static RecordCipher tls12(CipherSuite suite, int version, boolean encryptThenMac, byte[] macKey, byte[] key,
            byte[] iv) throws GeneralSecurityException {
        BulkCipher c = suite.cipher();
        if (c.kind == Kind.AEAD) {
            return new AeadCipher(c, key, iv, false);
        }
        if (c.kind == Kind.CBC) {
            return new CbcCipher(c, suite.mac(), version, encryptThenMac, macKey, key, iv);
        }
        if (c.kind == Kind.STREAM || c.kind == Kind.NULL) {
            return new StreamCipher(c, suite.mac(), macKey, key);
        }
        throw new GeneralSecurityException("unsupported cipher " + c);
    }

    /** True when {@code b[off, off + a.length)} equals {@code a}. */
    static boolean equalsAt(byte[] a, byte[] b, int off) {
        if (off < 0 || off + a.length > b.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length; i++) {
            diff |= a[i] ^ b[off + i];
        }
        return diff == 0;
    }

    static void putLong(byte[] b, int off, long v) {
        for (int i = 7; i >= 0; i--) {
            b[off + i] = (byte) v;
            v >>>= 8;
        }
    }
}
