package org.siptrust.tls.internal;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * TLS 1.3 key derivation from a traffic secret (RFC 8446 §7.1-7.3): HKDF-Expand-Label on
 * Bouncy Castle's HKDF, the record key and IV, and the next-generation secret after KeyUpdate.
 */
public final class Tls13Keys {
    private Tls13Keys() {
    }

    /** HKDF-Expand-Label(secret, label, context, length) with the "tls13 " prefix. */
    public static byte[] expandLabel(String hash, byte[] secret, String label, byte[] context, int length) {
        byte[] fullLabel = ("tls13 " + label).getBytes(StandardCharsets.US_ASCII);
        byte[] ctx = context == null ? new byte[0] : context;
        byte[] info = new byte[2 + 1 + fullLabel.length + 1 + ctx.length];
        info[0] = (byte) (length >>> 8);
        info[1] = (byte) length;
        info[2] = (byte) fullLabel.length;
        System.arraycopy(fullLabel, 0, info, 3, fullLabel.length);
        info[3 + fullLabel.length] = (byte) ctx.length;
        System.arraycopy(ctx, 0, info, 4 + fullLabel.length, ctx.length);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(digest(hash));
        hkdf.init(HKDFParameters.skipExtractParameters(secret, info));
        byte[] out = new byte[length];
        hkdf.generateBytes(out, 0, length);
        return out;
    }

    public static byte[] key(String hash, byte[] trafficSecret, int keyLength) {
        return expandLabel(hash, trafficSecret, "key", null, keyLength);
    }

    public static byte[] iv(String hash, byte[] trafficSecret) {
        return expandLabel(hash, trafficSecret, "iv", null, 12);
    }

    /** application_traffic_secret_N+1 (RFC 8446 §7.2). */
    public static byte[] nextGeneration(String hash, byte[] trafficSecret) {
        return expandLabel(hash, trafficSecret, "traffic upd", null, hashLength(hash));
    }

    public static int hashLength(String hash) {
        return "SHA-384".equals(hash) ? 48 : 32;
    }

    private static Digest digest(String hash) {
        return "SHA-384".equals(hash) ? new SHA384Digest() : new SHA256Digest();
    }
}
