package org.siptrust.ui.certs.internal.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

import org.siptrust.x509.CertificateInfo;

/** Writes a certificate as PEM or DER: public data only (there is no key to leak here). */
public final class CertificateExport {

    public enum Format {
        PEM, DER;

        /** The format a file name asks for: .der/.cer → DER, anything else PEM. */
        public static Format forFile(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".der") || n.endsWith(".cer") ? DER : PEM;
        }
    }

    private CertificateExport() {
    }

    /** RFC 7468 textual encoding, 64 characters a line. */
    public static String pem(CertificateInfo c) {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.der());
        return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
    }

    public static void write(CertificateInfo c, Path file, Format format) throws IOException {
        byte[] bytes = format == Format.PEM ? pem(c).getBytes(StandardCharsets.US_ASCII) : c.der();
        Files.write(file, bytes);
    }

    /** A file name for the certificate: its CN made safe, plus the extension. */
    public static String suggestedName(CertificateInfo c, Format format) {
        String base = Names.commonName(c).replaceAll("[^A-Za-z0-9._-]+", "_");
        if (base.isEmpty()) {
            base = c.sha256().substring(0, 16);
        }
        return base + (format == Format.PEM ? ".pem" : ".der");
    }
}
