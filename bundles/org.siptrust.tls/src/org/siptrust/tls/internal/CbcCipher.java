package org.siptrust.tls.internal;

import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.CamelliaEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.siptrust.tls.internal.CipherSuite.BulkCipher;
import org.siptrust.tls.internal.CipherSuite.MacAlgorithm;

/**
 * CBC record protection with HMAC (AES and 3DES through JCA, Camellia through Bouncy Castle): MAC-then-encrypt (RFC 5246 §6.2.3.2) or encrypt-then-MAC
 * (RFC 7366). TLS 1.1+ carries an explicit IV in each record; TLS 1.0 chains the IV from the last
 * ciphertext block of the previous record, so that state is kept here.
 */
final class CbcCipher extends RecordCipher {
    private final Cipher cipher;
    private final SecretKeySpec key;
    private final BlockCipher bcCbc;
    private final KeyParameter bcKey;
    private final Mac mac;
    private final int macLen;
    private final int bs;
    private final boolean explicitIv;
    private final boolean etm;
    private final byte[] chainIv;
    private final byte[] header = new byte[13];
    private final byte[] macOut;

    CbcCipher(BulkCipher bulk, MacAlgorithm macAlg, int version, boolean etm, byte[] macKey, byte[] key, byte[] iv)
            throws GeneralSecurityException {
        if (bulk.isCamellia()) {
            this.bcCbc = CBCBlockCipher.newInstance(new CamelliaEngine());
            this.bcKey = new KeyParameter(key);
            this.cipher = null;
            this.key = null;
        } else {
            String alg = bulk == BulkCipher.DES_EDE3_CBC ? "DESede" : "AES";
            this.cipher = Cipher.getInstance(alg + "/CBC/NoPadding");
            this.key = new SecretKeySpec(key, alg);
            this.bcCbc = null;
            this.bcKey = null;
        }
        this.mac = Mac.getInstance(macAlg.jcaName);
        this.mac.init(new SecretKeySpec(macKey, macAlg.jcaName));
        this.macLen = macAlg.length;
        this.macOut = new byte[macLen];
        this.bs = bulk.blockSize;
        this.explicitIv = version >= Prf.TLS11;
        this.etm = etm;
        this.chainIv = new byte[bs];
        if (!explicitIv) {
            if (iv.length != bs) {
                throw new GeneralSecurityException("TLS 1.0 CBC needs a " + bs + "-byte IV");
            }
            System.arraycopy(iv, 0, chainIv, 0, bs);
        }
    }

    @Override
    public int open(byte[] in, int off, int len, int type, int version, long seq, int tries, byte[] out) {
        int encLen = etm ? len - macLen : len;
        int ivLen = explicitIv ? bs : 0;
        if (encLen < ivLen + bs || encLen % bs != 0) {
            return -1;
        }
        byte[] nextChain = explicitIv ? null : java.util.Arrays.copyOfRange(in, off + encLen - bs, off + encLen);
        try {
            if (etm) {
                long s = findMac(seq, tries, type, version, in, off, encLen, in, off + encLen);
                if (s < 0) {
                    return -1;
                }
                int n = decrypt(in, off, encLen, ivLen, out);
                int content = unpad(out, n, 0);
                if (content < 0) {
                    return -1;
                }
                matched = s;
                return content;
            }
            int n = decrypt(in, off, encLen, ivLen, out);
            int content = unpad(out, n, macLen);
            if (content < 0) {
                return -1;
            }
            long s = findMac(seq, tries, type, version, out, 0, content, out, content);
            if (s < 0) {
                return -1;
            }
            matched = s;
            return content;
        } catch (GeneralSecurityException | RuntimeException e) {
            return -1;
        } finally {
            if (nextChain != null) { // the peer chains from what it sent, whether or not we could read it
                System.arraycopy(nextChain, 0, chainIv, 0, bs);
            }
        }
    }

    private int decrypt(byte[] in, int off, int encLen, int ivLen, byte[] out) throws GeneralSecurityException {
        if (bcCbc != null) {
            byte[] iv = explicitIv ? java.util.Arrays.copyOfRange(in, off, off + bs) : chainIv.clone();
            bcCbc.init(false, new ParametersWithIV(bcKey, iv));
            int n = encLen - ivLen;
            for (int p = 0; p < n; p += bs) {
                bcCbc.processBlock(in, off + ivLen + p, out, p);
            }
            return n;
        }
        IvParameterSpec iv = explicitIv ? new IvParameterSpec(in, off, bs) : new IvParameterSpec(chainIv);
        cipher.init(Cipher.DECRYPT_MODE, key, iv);
        return cipher.doFinal(in, off + ivLen, encLen - ivLen, out, 0);
    }

    /** Strips TLS padding (and leaves room for a trailing MAC); -1 when the padding is malformed. */
    private static int unpad(byte[] out, int n, int macLen) {
        if (n <= 0) {
            return -1;
        }
        int pad = out[n - 1] & 0xff;
        int content = n - 1 - pad - macLen;
        if (content < 0) {
            return -1;
        }
        for (int i = n - 1 - pad; i < n - 1; i++) {
            if ((out[i] & 0xff) != pad) {
                return -1;
            }
        }
        return content;
    }

    private long findMac(long seq, int tries, int type, int version, byte[] data, int off, int len, byte[] expected,
            int expectedOff) {
        for (int t = 0; t < Math.max(1, tries); t++) {
            long s = seq + t;
            putLong(header, 0, s);
            header[8] = (byte) type;
            header[9] = (byte) (version >>> 8);
            header[10] = (byte) version;
            header[11] = (byte) (len >>> 8);
            header[12] = (byte) len;
            mac.update(header);
            mac.update(data, off, len);
            try {
                mac.doFinal(macOut, 0);
            } catch (javax.crypto.ShortBufferException e) {
                return -1;
            }
            if (equalsAt(macOut, expected, expectedOff)) {
                return s;
            }
        }
        return -1;
    }
}
