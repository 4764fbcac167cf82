package org.siptrust.dns;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.siptrust.testing.JsonTree;
import org.siptrust.testing.TestCorpus;

/** Locations of corpus files and values read from the tshark reference outputs. */
final class TestData {
    static final Path ROOT = TestCorpus.root();
    static final Path F_DNS = ROOT.resolve("captures/f_dns_naptr_srv_tlsa");
    static final Path ZONE = F_DNS.resolve("generation/example.com.zone.signed");
    static final Path DS = F_DNS.resolve("generation/example.com.ds");

    private TestData() {
    }

    /** Rows of a tshark .dns.tsv reference: header names then values. */
    static List<String[]> tsv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    static int column(List<String[]> rows, String name) {
        int i = Arrays.asList(rows.get(0)).indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        return i;
    }

    /** Time of frame 1 of the f_dns capture, from reference/f_dns_naptr_srv_tlsa.dns.tsv. */
    static Instant captureStart() throws IOException {
        List<String[]> rows = tsv(F_DNS.resolve("reference/f_dns_naptr_srv_tlsa.dns.tsv"));
        int frame = column(rows, "frame.number");
        int time = column(rows, "frame.time_epoch");
        for (String[] r : rows.subList(1, rows.size())) {
            if (r[frame].equals("1")) {
                return epoch(r[time]);
            }
        }
        throw new IllegalStateException("frame 1 is not a DNS message in the reference");
    }

    static Instant epoch(String text) {
        BigDecimal d = new BigDecimal(text);
        long secs = d.longValue();
        long nanos = d.subtract(BigDecimal.valueOf(secs)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(secs, nanos);
    }

    /**
     * Server certificate chains (SHA-256, lower-case hex, leaf first) per server endpoint, from
     * the reference TLS summary of the f_dns capture.
     */
    static java.util.Map<String, List<String>> referenceServerChains() throws IOException {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (java.util.Map<String, Object> handshake : JsonTree.objects(F_DNS.resolve("reference/f_dns_naptr_srv_tlsa.tls.json"))) {
            Object certs = handshake.get("server_certificates");
            if (certs == null) {
                continue;
            }
            List<String> chain = new ArrayList<>();
            for (Object cert : JsonTree.list(certs)) {
                chain.add(((String) JsonTree.map(cert).get("sha256")).replace(":", "").toLowerCase(java.util.Locale.ROOT));
            }
            out.putIfAbsent((String) handshake.get("server"), chain);
        }
        return out;
    }

    /** DER bytes of a PEM certificate in testdata/pki. */
    static byte[] pkiCertificate(String file) throws Exception {
        try (var in = Files.newInputStream(ROOT.resolve("pki").resolve(file))) {
            return java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
        }
    }

    static String sha256(byte[] data) throws Exception {
        return org.siptrust.core.Hex.of(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    }

    static String sha256Quiet(byte[] data) {
        try {
            return sha256(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String zoneText() throws IOException {
        return Files.readString(ZONE, StandardCharsets.UTF_8);
    }
}
