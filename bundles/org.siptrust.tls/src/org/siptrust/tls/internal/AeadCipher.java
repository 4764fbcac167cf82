package org.siptrust.tls.internal;

import java.security.GeneralSecurityException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.ARIAEngine;
import org.bouncycastle.crypto.modes.AEADBlockCipher;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.siptrust.tls.internal.CipherSuite.BulkCipher;

/**
 * AEAD record protection: AES-GCM and ChaCha20-Poly1305 through JCA (the JDK's intrinsics make
 * them fast), AES-CCM, CCM_8 and ARIA-GCM through Bouncy Castle (the JDK has neither). Nonce and additional
 * data follow RFC 5288/6655/7905 for TLS 1.2 and RFC 8446 §5.2-5.3 for TLS 1.3.
 */
final class AeadCipher extends RecordCipher {
    private final BulkCipher bulk;
    private final boolean tls13;
    private final byte[] fixedIv;
    private final int explicitLen;
    private final int tagLen;
    private final Cipher jca;
    private final SecretKeySpec jcaKey;
    private final AEADBlockCipher bc;
    private final KeyParameter bcKey;
    private final byte[] nonce = new byte[12];
    private final byte[] aad = new byte[13];

    AeadCipher(BulkCipher bulk, byte[] key, byte[] iv, boolean tls13) throws GeneralSecurityException {
        this.bulk = bulk;
        this.tls13 = tls13;
        this.fixedIv = iv.clone();
        this.explicitLen = tls13 ? 0 : bulk.explicitNonceLength;
        this.tagLen = bulk.tagLength;
        if (bulk.isCcm() || bulk.isAria()) {
            this.bc = bulk.isCcm() ? CCMBlockCipher.newInstance(AESEngine.newInstance())
                    : GCMBlockCipher.newInstance(new ARIAEngine());
            this.bcKey = new KeyParameter(key);
            this.jca = null;
            this.jcaKey = null;
        } else if (bulk == BulkCipher.CHACHA20_POLY1305) {
            this.jca = Cipher.getInstance("ChaCha20-Poly1305");
            this.jcaKey = new SecretKeySpec(key, "ChaCha20");
            this.bc = null;
            this.bcKey = null;
        } else if (bulk.isGcm()) {
            this.jca = Cipher.getInstance("AES/GCM/NoPadding");
            this.jcaKey = new SecretKeySpec(key, "AES");
            this.bc = null;
            this.bcKey = null;
        } else {
            throw new GeneralSecurityException("not an AEAD cipher: " + bulk);
        }
        if (fixedIv.length != (tls13 ? 12 : bulk.fixedIvLength)) {
            throw new GeneralSecurityException("IV length " + fixedIv.length + " does not fit " + bulk);
        }
    }

    @Override
    public int open(byte[] in, int off, int len, int type, int version, long seq, int tries, byte[] out) {
        int ctLen = len - explicitLen;
        if (ctLen < tagLen) {
            return -1;
        }
        for (int t = 0; t < Math.max(1, tries); t++) {
            long s = seq + t;
            int n = once(in, off, len, ctLen, type, version, s, out);
            if (n >= 0) {
                matched = s;
                return n;
            }
        }
        return -1;
    }

    private int once(byte[] in, int off, int len, int ctLen, int type, int version, long seq, byte[] out) {
        int aadLen;
        if (explicitLen > 0) { // GCM / CCM in TLS 1.2: salt || explicit nonce from the record
            System.arraycopy(fixedIv, 0, nonce, 0, 4);
            System.arraycopy(in, off, nonce, 4, 8);
        } else { // ChaCha20 in TLS 1.2 and everything in TLS 1.3: iv XOR padded sequence number
            System.arraycopy(fixedIv, 0, nonce, 0, 12);
            long v = seq;
            for (int i = 11; i >= 4; i--) {
                nonce[i] ^= (byte) v;
                v >>>= 8;
            }
        }
        if (tls13) {
            aad[0] = (byte) type;
            aad[1] = (byte) (version >>> 8);
            aad[2] = (byte) version;
            aad[3] = (byte) (len >>> 8);
            aad[4] = (byte) len;
            aadLen = 5;
        } else {
            putLong(aad, 0, seq);
            aad[8] = (byte) type;
            aad[9] = (byte) (version >>> 8);
            aad[10] = (byte) version;
            int plain = ctLen - tagLen;
            aad[11] = (byte) (plain >>> 8);
            aad[12] = (byte) plain;
            aadLen = 13;
        }
        int ctOff = off + explicitLen;
        try {
            if (bc != null) {
                bc.init(false, new AEADParameters(bcKey, tagLen * 8, nonce, java.util.Arrays.copyOf(aad, aadLen)));
                int n = bc.processBytes(in, ctOff, ctLen, out, 0);
                return n + bc.doFinal(out, n);
            }
            if (bulk == BulkCipher.CHACHA20_POLY1305) {
                jca.init(Cipher.DECRYPT_MODE, jcaKey, new IvParameterSpec(nonce));
            } else {
                jca.init(Cipher.DECRYPT_MODE, jcaKey, new GCMParameterSpec(tagLen * 8, nonce));
            }
            jca.updateAAD(aad, 0, aadLen);
            return jca.doFinal(in, ctOff, ctLen, out, 0);
        } catch (AEADBadTagException | InvalidCipherTextException e) {
            return -1;
        } catch (GeneralSecurityException | RuntimeException e) {
            return -1;
        }
    }
}
