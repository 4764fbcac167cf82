package org.siptrust.x509;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.siptrust.testing.TestCorpus;

/** Where the corpus lives and how the tests read certificates from it. */
final class Corpus {

    private Corpus() {
    }

    static Path root() {
        return TestCorpus.root();
    }

    static Path pki(String name) {
        return root().resolve("pki").resolve(name);
    }

    /** A certificate of testdata/pki by base name ({@code proxy-b} reads {@code pki/proxy-b.crt}). */
    static CertificateInfo pkiCert(String name) {
        try {
            return CertificateInfo.parse(pemBlocks(Files.readString(pki(name + ".crt"), StandardCharsets.US_ASCII)).get(0));
        } catch (IOException | CertificateParseException e) {
            throw new AssertionError("cannot read pki/" + name + ".crt: " + e.getMessage(), e);
        }
    }

    static byte[] pkiDer(String name) {
        return pkiCert(name).der();
    }

    /** The DER content of every CERTIFICATE block in a PEM text. */
    static List<byte[]> pemBlocks(String pem) {
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int b = pem.indexOf("-----BEGIN CERTIFICATE-----", from);
            if (b < 0) {
                return out;
            }
            int e = pem.indexOf("-----END CERTIFICATE-----", b);
            String body = pem.substring(b + "-----BEGIN CERTIFICATE-----".length(), e);
            out.add(Base64.getMimeDecoder().decode(body));
            from = e + 1;
        }
    }

    /** Test resources next to the test classes (certificates extracted once from corpus captures). */
    static String resource(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The 15 distinct certificates of the public Zeek TLS captures. */
    static List<CertificateInfo> zeekCertificates() throws CertificateParseException {
        List<CertificateInfo> out = new ArrayList<>();
        for (byte[] der : pemBlocks(resource("zeek-certificates.pem"))) {
            out.add(CertificateInfo.parse(der));
        }
        return out;
    }

    static String hex(String colonHex) {
        return colonHex.replace(":", "").toLowerCase(java.util.Locale.ROOT);
    }
}
