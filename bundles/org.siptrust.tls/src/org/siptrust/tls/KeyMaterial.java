package org.siptrust.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.siptrust.tls.internal.KeyLog;
import org.siptrust.tls.internal.PrivateKeyLoader;
import org.siptrust.tls.internal.RsaKey;

/**
 * Everything the user gave us to decrypt TLS: NSS key logs (files, or the texts of pcapng
 * Decryption Secrets Blocks) and RSA private keys for connections that use RSA key exchange.
 * Immutable and safe to share between threads. Secrets stay inside: {@link #toString()} shows
 * counts, keys are identified by the SHA-256 fingerprint of their public key, and the only way to
 * get secrets out is {@link #keyLogFor(Collection)}, meant for the user's explicit "export capture
 * with secrets" action.
 */
public final class KeyMaterial {

    /** No keys at all. */
    public static final KeyMaterial NONE = builder().build();

    private final KeyLog keyLog;
    private final List<RsaKey> rsaKeys;

    private KeyMaterial(Builder b) {
        this.keyLog = b.keyLog.build();
        this.rsaKeys = List.copyOf(b.rsaKeys);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Distinct secrets from the key logs (one per label and client random; duplicates counted once). */
    public int keyLogEntryCount() {
        return keyLog.entryCount();
    }

    /** Key log comment lines seen. */
    public int keyLogCommentCount() {
        return keyLog.commentCount();
    }

    /** Key log lines that were skipped because they are not a usable secret. */
    public int keyLogSkippedLineCount() {
        return keyLog.skippedCount();
    }

    /** Key log lines that replaced an earlier secret for the same label and client random. */
    public int keyLogDuplicateCount() {
        return keyLog.duplicateCount();
    }

    /** Why lines were skipped: "file line N: reason", at most 20, never the line's content. */
    public List<String> keyLogProblems() {
        return keyLog.problems();
    }

    public int privateKeyCount() {
        return rsaKeys.size();
    }

    /** SHA-256 (lower-case hex) of each private key's public key SubjectPublicKeyInfo, in load order. */
    public List<String> privateKeyFingerprints() {
        List<String> out = new ArrayList<>();
        for (RsaKey k : rsaKeys) {
            out.add(k.fingerprint());
        }
        return List.copyOf(out);
    }

    public boolean isEmpty() {
        return keyLog.isEmpty() && rsaKeys.isEmpty();
    }

    /** True when the key log holds any secret for this 32-byte client random. */
    public boolean hasKeyLogFor(byte[] clientRandom) {
        return keyLog.hasAnyFor(clientRandom);
    }

    /**
     * NSS key log lines (every label) for just these client randoms, for the user's explicit
     * "export capture with secrets" action. Randoms without secrets are left out.
     */
    public String keyLogFor(Collection<byte[]> clientRandoms) {
        return keyLog.linesFor(clientRandoms);
    }

    KeyLog keyLog() {
        return keyLog;
    }

    List<RsaKey> rsaKeys() {
        return rsaKeys;
    }

    @Override
    public String toString() {
        return "KeyMaterial[" + keyLog.entryCount() + " key-log secrets, " + rsaKeys.size() + " private keys]";
    }

    /** Collects key material; later key log lines win over earlier ones for the same client random. */
    public static final class Builder {
        private final KeyLog.Builder keyLog = new KeyLog.Builder();
        private final List<RsaKey> rsaKeys = new ArrayList<>();

        private Builder() {
        }

        /** Adds an NSS key log file. */
        public Builder addKeyLog(Path file) throws KeyMaterialException {
            String name = String.valueOf(file.getFileName());
            try {
                if (Files.size(file) > 256L << 20) {
                    throw new KeyMaterialException(name + ": key log larger than 256 MiB");
                }
                return addKeyLogText(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), name);
            } catch (NoSuchFileException e) {
                throw new KeyMaterialException(name + ": file not found");
            } catch (IOException e) {
                throw new KeyMaterialException(name + ": cannot read (" + e.getClass().getSimpleName() + ")");
            }
        }

        /** Adds key log text, e.g. a pcapng Decryption Secrets Block; {@code sourceName} names it in problems. */
        public Builder addKeyLogText(String text, String sourceName) {
            keyLog.parse(text, sourceName == null ? "key log" : sourceName);
            return this;
        }

        /**
         * Adds the RSA private key(s) in a PEM (PKCS#1, PKCS#8, encrypted PKCS#8), DER (PKCS#1,
         * PKCS#8) or PKCS#12 (.p12/.pfx) file. The password may be null for unencrypted keys; it is
         * not kept.
         */
        public Builder addPrivateKey(Path file, char[] passwordOrNull) throws KeyMaterialException {
            rsaKeys.addAll(PrivateKeyLoader.load(file, passwordOrNull));
            return this;
        }

        public KeyMaterial build() {
            return new KeyMaterial(this);
        }
    }
}
