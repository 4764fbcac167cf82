package org.siptrust.x509;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.siptrust.x509.internal.Der;
import org.siptrust.x509.internal.Signatures;

/**
 * The certificates the user trusts: loaded from PEM (one or many), DER, PKCS#12, JKS files or
 * folders of them, or the JVM's own store when the user opts in. Immutable; duplicates (same
 * SHA-256) are kept once.
 */
public final class TrustAnchors {

    /** Files larger than this are not trust stores. */
    private static final long MAX_FILE_BYTES = 16L << 20;

    private static final TrustAnchors NONE = new TrustAnchors(List.of(), List.of());

    private final List<CertificateInfo> certificates;
    private final List<String> sources;

    private TrustAnchors(List<CertificateInfo> certificates, List<String> sources) {
        this.certificates = List.copyOf(certificates);
        this.sources = List.copyOf(sources);
    }

    /** No anchors: every chain is reported as untrusted. */
    public static TrustAnchors none() {
        return NONE;
    }

    /** Anchors from certificates already decoded. */
    public static TrustAnchors of(List<CertificateInfo> certificates) {
        return new TrustAnchors(dedupe(certificates), List.of("given"));
    }

    /** Loads files and folders; PKCS#12 and JKS files are opened without a password. */
    public static TrustAnchors load(List<Path> paths) throws TrustAnchorException {
        return load(paths, null);
    }

    /**
     * Loads PEM, DER, PKCS#12 or JKS files, or folders holding such files (one level; files in a
     * folder that hold no certificate are skipped). {@code password} opens PKCS#12/JKS files.
     */
    public static TrustAnchors load(List<Path> paths, char[] password) throws TrustAnchorException {
        List<CertificateInfo> all = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<CertificateInfo> found = new ArrayList<>();
                try (Stream<Path> s = Files.list(p)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        try {
                            found.addAll(readFile(f, password));
                        } catch (TrustAnchorException e) {
                            // keys, configs and notes live next to CA files: skip them
                        }
                    }
                } catch (IOException e) {
                    throw new TrustAnchorException(p, "cannot list folder (" + e.getClass().getSimpleName() + ")");
                }
                if (found.isEmpty()) {
                    throw new TrustAnchorException(p, "no certificate found in this folder");
                }
                all.addAll(found);
            } else {
                all.addAll(readFile(p, password));
            }
            sources.add(p.toString());
        }
        return new TrustAnchors(dedupe(all), sources);
    }

    /**
     * The JVM's default trust store ({@code javax.net.ssl.trustStore} if set, else
     * {@code jssecacerts} or {@code cacerts} under {@code java.home}). Only for users who opt in.
     */
    public static TrustAnchors systemDefault() throws TrustAnchorException {
        String configured = System.getProperty("javax.net.ssl.trustStore");
        Path store;
        if (configured != null && !configured.isEmpty() && !configured.equals("NONE")) {
            store = Path.of(configured);
        } else {
            Path sec = Path.of(System.getProperty("java.home"), "lib", "security");
            store = Files.exists(sec.resolve("jssecacerts")) ? sec.resolve("jssecacerts") : sec.resolve("cacerts");
        }
        String pw = System.getProperty("javax.net.ssl.trustStorePassword");
        TrustAnchors t = load(List.of(store), pw == null ? null : pw.toCharArray());
        return new TrustAnchors(t.certificates, List.of("system:" + store));
    }

    /** These anchors plus another set (e.g. --trust-anchor files plus --system-trust). */
    public TrustAnchors plus(TrustAnchors other) {
        List<CertificateInfo> all = new ArrayList<>(certificates);
        all.addAll(other.certificates);
        List<String> src = new ArrayList<>(sources);
        src.addAll(other.sources);
        return new TrustAnchors(dedupe(all), src);
    }

    public List<CertificateInfo> certificates() {
        return certificates;
    }

    /** Where the anchors came from (file names, {@code system:...}). */
    public List<String> sources() {
        return sources;
    }

    public boolean isEmpty() {
        return certificates.isEmpty();
    }

    public int size() {
        return certificates.size();
    }

    /** The anchor that is this certificate (same bytes, or same subject and key), or null. */
    public CertificateInfo find(CertificateInfo c) {
        for (CertificateInfo a : certificates) {
            if (a.equals(c)) {
                return a;
            }
        }
        for (CertificateInfo a : certificates) {
            if (a.sameSubjectAndKey(c)) {
                return a;
            }
        }
        return null;
    }

    public boolean contains(CertificateInfo c) {
        return find(c) != null;
    }

    private static List<CertificateInfo> dedupe(List<CertificateInfo> in) {
        Map<String, CertificateInfo> m = new LinkedHashMap<>();
        for (CertificateInfo c : in) {
            m.putIfAbsent(c.sha256(), Objects.requireNonNull(c));
        }
        return new ArrayList<>(m.values());
    }

    // ---- file formats ---------------------------------------------------------------------------

    private static List<CertificateInfo> readFile(Path p, char[] password) throws TrustAnchorException {
        byte[] data;
        try {
            if (!Files.isRegularFile(p)) {
                throw new TrustAnchorException(p, Files.exists(p) ? "not a regular file" : "no such file");
            }
            if (Files.size(p) > MAX_FILE_BYTES) {
                throw new TrustAnchorException(p, "file larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
            }
            data = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new TrustAnchorException(p, "cannot read (" + e.getClass().getSimpleName() + ")");
        }
        if (data.length == 0) {
            throw new TrustAnchorException(p, "empty file");
        }
        if (startsWith(data, 0xfe, 0xed, 0xfe, 0xed) || startsWith(data, 0xce, 0xce, 0xce, 0xce)) {
            return readKeyStore(p, data, "JKS", password);
        }
        String text = new String(data, StandardCharsets.ISO_8859_1);
        if (text.contains("-----BEGIN ")) {
            return readPem(p, text);
        }
        if ((data[0] & 0xff) == 0x30) {
            try {
                return List.of(CertificateInfo.parse(data));
            } catch (CertificateParseException notACertificate) {
                if (looksLikePkcs12(data)) {
                    return readKeyStore(p, data, "PKCS12", password);
                }
                throw new TrustAnchorException(p, "not a certificate (" + notACertificate.reason() + ")");
            }
        }
        throw new TrustAnchorException(p, "not a certificate file (expected PEM, DER, PKCS#12 or JKS)");
    }

    private static boolean startsWith(byte[] d, int... magic) {
        if (d.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((d[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, ... }. */
    private static boolean looksLikePkcs12(byte[] d) {
        try {
            Der.Tlv top = Der.read(d, 0, d.length);
            List<Der.Tlv> parts = Der.children(d, top);
            return parts.size() >= 2 && parts.get(0).tag() == 0x02 && parts.get(0).length() == 1
                    && d[parts.get(0).contentOffset()] == 3;
        } catch (Der.DerException e) {
            return false;
        }
    }

    private static List<CertificateInfo> readPem(Path p, String text) throws TrustAnchorException {
        List<CertificateInfo> out = new ArrayList<>();
        List<String> otherTypes = new ArrayList<>();
        try (PemReader r = new PemReader(new StringReader(text))) {
            PemObject o;
            while ((o = r.readPemObject()) != null) {
                String type = o.getType();
                if (type.equals("CERTIFICATE") || type.equals("X509 CERTIFICATE")) {
                    out.add(parseOrFail(p, o.getContent()));
                } else if (type.equals("TRUSTED CERTIFICATE")) {
                    // OpenSSL appends trust settings after the certificate: keep the first element.
                    byte[] c = o.getContent();
                    try {
                        Der.Tlv first = Der.read(c, 0, c.length);
                        out.add(parseOrFail(p, first.bytes(c)));
                    } catch (Der.DerException e) {
                        throw new TrustAnchorException(p, "malformed TRUSTED CERTIFICATE block (" + e.getMessage() + ")");
                    }
                } else {
                    otherTypes.add(type);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new TrustAnchorException(p, "malformed PEM (" + e.getClass().getSimpleName() + ")");
        }
        if (out.isEmpty()) {
            throw new TrustAnchorException(p, "no CERTIFICATE block in PEM file"
                    + (otherTypes.isEmpty() ? "" : " (found " + String.join(", ", otherTypes) + ")"));
        }
        return out;
    }

    private static CertificateInfo parseOrFail(Path p, byte[] der) throws TrustAnchorException {
        try {
            return CertificateInfo.parse(der);
        } catch (CertificateParseException e) {
            throw new TrustAnchorException(p, e.getMessage());
        }
    }

    private static List<CertificateInfo> readKeyStore(Path p, byte[] data, String type, char[] password)
            throws TrustAnchorException {
        List<char[]> tries = new ArrayList<>();
        if (password != null) {
            tries.add(password);
        } else {
            // Trust stores are often password-less or use the JDK default; no password at all
            // still lists JKS certificates (integrity unchecked, which is fine for reading anchors).
            tries.add(null);
            tries.add(new char[0]);
            tries.add("changeit".toCharArray());
        }
        Exception last = null;
        for (char[] pw : tries) {
            try {
                KeyStore ks = type.equals("PKCS12") ? KeyStore.getInstance("PKCS12", Signatures.provider())
                        : KeyStore.getInstance("JKS");
                ks.load(new ByteArrayInputStream(data), pw);
                List<CertificateInfo> out = new ArrayList<>();
                for (String alias : Collections.list(ks.aliases())) {
                    Certificate c = ks.getCertificate(alias);
                    if (c != null) {
                        out.add(parseOrFail(p, c.getEncoded()));
                    }
                }
                if (out.isEmpty()) {
                    throw new TrustAnchorException(p, type + " store holds no certificate");
                }
                return out;
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                last = e;
            }
        }
        String why = last instanceof IOException && password != null ? "wrong password or damaged file"
                : last instanceof IOException ? "needs a password, or is damaged"
                : "unreadable (" + (last == null ? "?" : last.getClass().getSimpleName()) + ")";
        throw new TrustAnchorException(p, (type.equals("PKCS12") ? "PKCS#12" : type) + " store " + why);
    }

    @Override
    public String toString() {
        return certificates.size() + " trust anchor(s) from " + sources;
    }
}
