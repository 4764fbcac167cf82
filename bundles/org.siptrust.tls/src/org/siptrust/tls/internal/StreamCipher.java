package org.siptrust.tls.internal;

import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.siptrust.tls.internal.CipherSuite.BulkCipher;
import org.siptrust.tls.internal.CipherSuite.MacAlgorithm;

/**
 * RC4 and NULL record protection with HMAC (MAC-then-encrypt). The RC4 key stream runs on from
 * record to record, so after lost records nothing more can be decrypted in that direction.
 */
final class StreamCipher extends RecordCipher {
    private final Cipher rc4;
    private final Mac mac;
    private final int macLen;
    private final byte[] header = new byte[13];
    private final byte[] macOut;

    StreamCipher(BulkCipher bulk, MacAlgorithm macAlg, byte[] macKey, byte[] key) throws GeneralSecurityException {
        if (bulk == BulkCipher.RC4_128) {
            rc4 = Cipher.getInstance("ARCFOUR");
            rc4.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "ARCFOUR"));
        } else {
            rc4 = null;
        }
        mac = Mac.getInstance(macAlg.jcaName);
        mac.init(new SecretKeySpec(macKey, macAlg.jcaName));
        macLen = macAlg.length;
        macOut = new byte[macLen];
    }

    @Override
    public boolean needsContinuity() {
        return rc4 != null;
    }

    @Override
    public int open(byte[] in, int off, int len, int type, int version, long seq, int tries, byte[] out) {
        if (len < macLen) {
            if (rc4 != null) {
                rc4.update(in, off, len); // keep the key stream in step
            }
            return -1;
        }
        try {
            if (rc4 != null) {
                rc4.update(in, off, len, out, 0);
            } else {
                System.arraycopy(in, off, out, 0, len);
            }
        } catch (GeneralSecurityException e) {
            return -1;
        }
        int content = len - macLen;
        for (int t = 0; t < Math.max(1, tries); t++) {
            long s = seq + t;
            putLong(header, 0, s);
            header[8] = (byte) type;
            header[9] = (byte) (version >>> 8);
            header[10] = (byte) version;
            header[11] = (byte) (content >>> 8);
            header[12] = (byte) content;
            mac.update(header);
            mac.update(out, 0, content);
            try {
                mac.doFinal(macOut, 0);
            } catch (javax.crypto.ShortBufferException e) {
                return -1;
            }
            if (equalsAt(macOut, out, content)) {
                matched = s;
                return content;
            }
        }
        return -1;
    }
}
