package org.siptrust.x509.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.Provider;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Signature checks over the exact signed bytes (the tbsCertificate as received, never a
 * re-encoding), through Bouncy Castle. The provider is a private instance: nothing is
 * registered in the JVM-wide provider list.
 */
public final class Signatures {

    /** Outcome of one check. */
    public enum Outcome {
        VALID, INVALID, UNSUPPORTED
    }

    private Signatures() {
    }

    private static final class Holder {
        static final Provider BC = new BouncyCastleProvider();
    }

    /** The shared private Bouncy Castle provider instance. */
    public static Provider provider() {
        return Holder.BC;
    }

    public static Outcome verify(byte[] signerSpki, byte[] signatureAlgorithm, byte[] tbs, byte[] signature) {
        // The JDK's providers verify RSA and EC signatures several times faster than Bouncy Castle's
        // pure-Java code and need no provider start-up; Bouncy Castle covers what the JDK lacks.
        ContentVerifier verifier = verifier(new JcaContentVerifierProviderBuilder(), signerSpki, signatureAlgorithm);
        if (verifier == null) {
            verifier = verifier(new JcaContentVerifierProviderBuilder().setProvider(provider()), signerSpki,
                    signatureAlgorithm);
        }
        if (verifier == null) {
            return Outcome.UNSUPPORTED;
        }
        try (OutputStream out = verifier.getOutputStream()) {
            out.write(tbs);
        } catch (IOException | RuntimeException e) {
            return Outcome.INVALID;
        }
        try {
            return verifier.verify(signature) ? Outcome.VALID : Outcome.INVALID;
        } catch (RuntimeException e) {
            return Outcome.INVALID;
        }
    }

    private static ContentVerifier verifier(JcaContentVerifierProviderBuilder builder, byte[] spki, byte[] algorithm) {
        try {
            ContentVerifierProvider p = builder.build(SubjectPublicKeyInfo.getInstance(spki));
            return p.get(AlgorithmIdentifier.getInstance(algorithm));
        } catch (OperatorCreationException | RuntimeException e) {
            return null;
        }
    }
}
