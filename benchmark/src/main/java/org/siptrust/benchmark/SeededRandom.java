package org.siptrust.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.util.Pack;

/**
 * A {@link SecureRandom} whose output depends only on its seed (SHA-256 of seed and a counter),
 * so that key pairs, TLS randoms, padding and SIP content are the same on every run. Only for
 * making test data: it is predictable on purpose.
 */
final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private SeededRandom(CounterSpi spi) {
        super(spi, null);
    }

    /** A generator for one purpose (e.g. "conn-17-client") derived from the run's seed. */
    static SeededRandom derive(long seed, String purpose) {
        return new SeededRandom(new CounterSpi(seed, purpose));
    }

    private static final class CounterSpi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final byte[] key;
        private final byte[] block = new byte[32];
        private int used = block.length;
        private long counter;

        CounterSpi(long seed, String purpose) {
            byte[] p = purpose.getBytes(StandardCharsets.UTF_8);
            key = new byte[8 + p.length];
            Pack.longToBigEndian(seed, key, 0);
            System.arraycopy(p, 0, key, 8, p.length);
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // deliberately ignored: callers (JCA, BC) must not make the output depend on anything else
        }

        @Override
        protected void engineNextBytes(byte[] out) {
            for (int i = 0; i < out.length; i++) {
                if (used == block.length) {
                    refill();
                }
                out[i] = block[used++];
            }
        }

        @Override
        protected byte[] engineGenerateSeed(int n) {
            byte[] b = new byte[n];
            engineNextBytes(b);
            return b;
        }

        private void refill() {
            SHA256Digest d = new SHA256Digest();
            d.update(key, 0, key.length);
            byte[] c = Pack.longToBigEndian(counter++);
            d.update(c, 0, c.length);
            d.doFinal(block, 0);
            used = 0;
        }
    }
}
