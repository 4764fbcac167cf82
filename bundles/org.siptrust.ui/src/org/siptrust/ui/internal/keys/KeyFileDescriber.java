package org.siptrust.ui.internal.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * A harmless one-line description of a key file for the Keys dialog: counts, formats, subjects and
 * SHA-256 fingerprints, never key bytes or secrets. Reads at most {@link #MAX_BYTES} of a file.
 */
public final class KeyFileDescriber {
    static final int MAX_BYTES = 16 << 20;

    private KeyFileDescriber() {
    }

    public static String describe(KeyKind kind, Path file) {
        byte[] data;
        try {
            if (!Files.isRegularFile(file)) {
                return "missing";
            }
            if (Files.size(file) > MAX_BYTES) {
                return "large file (" + Files.size(file) / (1 << 20) + " MiB)";
            }
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
        return switch (kind) {
            case KEY_LOG -> keyLog(data);
            case PRIVATE_KEY -> privateKey(file, data);
            case TRUST_ANCHOR -> certificates(data);
            case DNS_ZONE, DNSSEC_ANCHOR -> records(data);
        };
    }

    /** Counts the secrets and the TLS sessions (client randoms) of an NSS key log. */
    static String keyLog(byte[] data) {
        int secrets = 0;
        Set<String> sessions = new HashSet<>();
        for (String line : new String(data, StandardCharsets.US_ASCII).split("\r?\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+");
            if (parts.length == 3) {
                secrets++;
                sessions.add(parts[1].toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (secrets == 0) {
            return "no key log lines found";
        }
        return plural(secrets, "secret") + " for " + plural(sessions.size(), "TLS session");
    }

    static String privateKey(Path file, byte[] data) {
        String text = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.US_ASCII);
        String format;
        int begin = text.indexOf("-----BEGIN ");
        if (begin >= 0) {
            int end = text.indexOf("-----", begin + 11);
            format = "PEM " + (end > 0 ? text.substring(begin + 11, end) : "");
        } else {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            format = name.endsWith(".p12") || name.endsWith(".pfx") ? "PKCS#12" : "DER";
        }
        return format.trim() + ", file SHA-256 " + fingerprint(data);
    }

    static String certificates(byte[] data) {
        try (InputStream in = new ByteArrayInputStream(data)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                return "no certificate found";
            }
            Certificate first = certs.iterator().next();
            String subject = first instanceof X509Certificate x ? x.getSubjectX500Principal().getName() : first.getType();
            String fp = fingerprint(first.getEncoded());
            return subject + ", SHA-256 " + fp + (certs.size() > 1 ? " (+" + (certs.size() - 1) + " more)" : "");
        } catch (CertificateException | IOException e) {
            return "not a certificate file (" + e.getMessage() + ")";
        }
    }

    static String records(byte[] data) {
        int n = 0;
        for (String line : new String(data, StandardCharsets.UTF_8).split("\r?\n")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith(";") && !t.startsWith("$")) {
                n++;
            }
        }
        return plural(n, "record line");
    }

    /** First 8 bytes of the SHA-256, colon separated, with an ellipsis: enough to tell files apart. */
    static String fingerprint(byte[] data) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(data);
            return HexFormat.ofDelimiter(":").formatHex(d, 0, 8) + "…";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
