package org.siptrust.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siptrust.core.Endpoint;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.Hex;
import org.siptrust.testing.JsonTree;
import org.siptrust.testing.TestCorpus;

/**
 * Test access to the corpus: tshark reference JSON, and the decrypted TLS records of a corpus
 * capture that tools/extract_tls_plaintext.py exported with tshark (real bytes, real frame numbers).
 */
final class Corpus {

    private Corpus() {
    }

    static Path testdata() {
        return TestCorpus.root();
    }

    /** The entries of a reference/*.sip.json file. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> sipReference(String relative) {
        try {
            return JsonTree.objects(testdata().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One decrypted TLS record as tshark showed it. */
    record Record(int tcpStream, long frame, long timeNanos, Endpoint src, Endpoint dst, byte[] plaintext) {
    }

    static List<Record> plaintextRecords(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<Record> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                out.add(new Record(Integer.parseInt(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
                        Endpoint.parse(f[3]), Endpoint.parse(f[4]), Hex.parse(f[5])));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A direction of a TLS connection: the records in order. */
    record Direction(int tcpStream, Endpoint src, Endpoint dst, List<Record> records) {
        FramedBytes stream() {
            FramedBytes.Builder b = new FramedBytes.Builder();
            for (Record r : records) {
                b.append(r.plaintext(), r.frame(), r.timeNanos());
            }
            return b.build();
        }

        WireContext context() {
            return new WireContext("tcp" + tcpStream, "TLS", src, dst, true);
        }
    }

    static List<Direction> directions(List<Record> records) {
        Map<String, List<Record>> by = new LinkedHashMap<>();
        for (Record r : records) {
            by.computeIfAbsent(r.tcpStream() + " " + r.src() + " " + r.dst(), k -> new ArrayList<>()).add(r);
        }
        List<Direction> out = new ArrayList<>();
        for (List<Record> rs : by.values()) {
            Record f = rs.get(0);
            out.add(new Direction(f.tcpStream(), f.src(), f.dst(), rs));
        }
        return out;
    }

    /** The text of the record delivered in {@code frame}. */
    static String recordText(List<Record> records, long frame) {
        for (Record r : records) {
            if (r.frame() == frame) {
                return new String(r.plaintext(), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("no record in frame " + frame);
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object o) {
        return o == null ? List.of() : (List<String>) o;
    }
}
