package org.siptrust.benchmark;

import org.bouncycastle.tls.crypto.TlsNonceGenerator;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * Bouncy Castle's lightweight TLS crypto with a nonce generator fed only by the seeded random.
 * BC's own nonce generator mixes in {@code System.nanoTime()} and a global counter, which would
 * make client/server randoms (and so the whole capture) differ between runs.
 */
final class SeededTlsCrypto extends BcTlsCrypto {
    SeededTlsCrypto(SeededRandom random) {
        super(random);
    }

    @Override
    public TlsNonceGenerator createNonceGenerator(byte[] additionalSeedMaterial) {
        SeededRandom r = (SeededRandom) getSecureRandom();
        return size -> {
            byte[] b = new byte[size];
            r.nextBytes(b);
            return b;
        };
    }
}
