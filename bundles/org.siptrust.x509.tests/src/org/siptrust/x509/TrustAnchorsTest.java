package org.siptrust.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading trust anchors from the formats users have, with one-line reasons for what fails. */
class TrustAnchorsTest {

    @TempDir
    Path tmp;

    private static X509Certificate jca(CertificateInfo c) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(c.der()));
    }

    @Test
    void pemFileAndPkiFolder() throws Exception {
        TrustAnchors one = TrustAnchors.load(List.of(Corpus.pki("ca.crt")));
        assertEquals(1, one.size());
        assertEquals("f35bc958ad4b4b5f5e069c7d3d38b0dfb1199a335f0d7f62eda5398382026b7d",
                one.certificates().get(0).sha256());
        assertTrue(one.contains(Corpus.pkiCert("ca")));
        assertFalse(one.contains(Corpus.pkiCert("proxy-b")));
        // the pki folder also holds keys and ca.cnf: they are skipped
        TrustAnchors folder = TrustAnchors.load(List.of(Corpus.root().resolve("pki")));
        assertEquals(10, folder.size());
        assertTrue(folder.contains(Corpus.pkiCert("proxy-b-selfsigned")));
        // duplicates collapse
        assertEquals(10, TrustAnchors.load(List.of(Corpus.root().resolve("pki"), Corpus.pki("ca.crt"))).size());
    }

    @Test
    void multiCertificatePemAndDer() throws Exception {
        Path bundle = tmp.resolve("bundle.pem");
        String pem = Files.readString(Corpus.pki("ca.crt")) + "some text between blocks\n"
                + Files.readString(Corpus.pki("proxy-a.crt"));
        Files.writeString(bundle, pem);
        assertEquals(2, TrustAnchors.load(List.of(bundle)).size());
        Path der = tmp.resolve("ca.der");
        Files.write(der, Corpus.pkiDer("ca"));
        TrustAnchors d = TrustAnchors.load(List.of(der));
        assertEquals(Corpus.pkiCert("ca"), d.certificates().get(0));
    }

    @Test
    void pkcs12AndJks() throws Exception {
        KeyStore p12 = KeyStore.getInstance("PKCS12");
        p12.load(null, null);
        p12.setCertificateEntry("corpus-ca", jca(Corpus.pkiCert("ca")));
        p12.setCertificateEntry("proxy-a", jca(Corpus.pkiCert("proxy-a")));
        Path p = tmp.resolve("anchors.p12");
        try (OutputStream out = Files.newOutputStream(p)) {
            p12.store(out, "s3cret".toCharArray());
        }
        TrustAnchors fromP12 = TrustAnchors.load(List.of(p), "s3cret".toCharArray());
        assertEquals(Set.of(Corpus.pkiCert("ca").sha256(), Corpus.pkiCert("proxy-a").sha256()),
                fromP12.certificates().stream().map(CertificateInfo::sha256).collect(Collectors.toSet()));
        TrustAnchorException wrong = assertThrows(TrustAnchorException.class,
                () -> TrustAnchors.load(List.of(p), "nope".toCharArray()));
        assertTrue(wrong.getMessage().startsWith(p.toString() + ": PKCS#12"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("\n"));

        KeyStore jks = KeyStore.getInstance("JKS");
        jks.load(null, null);
        jks.setCertificateEntry("ca", jca(Corpus.pkiCert("ca")));
        Path j = tmp.resolve("anchors.jks");
        try (OutputStream out = Files.newOutputStream(j)) {
            jks.store(out, "changeit".toCharArray());
        }
        assertEquals(1, TrustAnchors.load(List.of(j)).size(), "JKS certificates readable without the password");
    }

    @Test
    void unreadableInputsGiveOneLineReasons() throws Exception {
        Path missing = tmp.resolve("missing.pem");
        TrustAnchorException e = assertThrows(TrustAnchorException.class, () -> TrustAnchors.load(List.of(missing)));
        assertEquals(missing + ": no such file", e.getMessage());
        assertEquals(missing, e.path());

        TrustAnchorException key = assertThrows(TrustAnchorException.class,
                () -> TrustAnchors.load(List.of(Corpus.pki("proxy-b.key"))));
        assertTrue(key.getMessage().contains("no CERTIFICATE block in PEM file (found PRIVATE KEY)"), key.getMessage());

        Path junk = tmp.resolve("junk.bin");
        Files.write(junk, new byte[] {0x30, 0x03, 0x02, 0x01, 0x05});
        TrustAnchorException j = assertThrows(TrustAnchorException.class, () -> TrustAnchors.load(List.of(junk)));
        assertTrue(j.getMessage().startsWith(junk + ": not a certificate"), j.getMessage());

        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "hello");
        assertThrows(TrustAnchorException.class, () -> TrustAnchors.load(List.of(text)));
        Path emptyDir = Files.createDirectory(tmp.resolve("empty"));
        TrustAnchorException d = assertThrows(TrustAnchorException.class, () -> TrustAnchors.load(List.of(emptyDir)));
        assertTrue(d.getMessage().endsWith("no certificate found in this folder"));
    }

    @Test
    void systemStoreAndCombination() throws Exception {
        TrustAnchors sys = TrustAnchors.systemDefault();
        assertTrue(sys.size() > 20, "JVM trust store has " + sys.size() + " certificates");
        assertTrue(sys.sources().get(0).startsWith("system:"));
        assertTrue(sys.certificates().stream().allMatch(c -> c.isCa() || c.version() < 3));
        TrustAnchors both = TrustAnchors.load(List.of(Corpus.pki("ca.crt"))).plus(sys);
        assertEquals(sys.size() + 1, both.size());
        assertTrue(TrustAnchors.none().isEmpty());
    }
}
