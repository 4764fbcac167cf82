package org.siptrust.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureLoader;
import org.siptrust.capture.TcpConnection;
import org.siptrust.core.ProgressMonitor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Locates the corpus and this fragment's generated captures, and reads their JSON references. */
final class TestData {
    private TestData() {
    }

    /** The shared corpus (testdata/), as the build passes it. */
    static Path corpus() {
        return Path.of(System.getProperty("siptrust.testdata", "../../testdata"));
    }

    /** This fragment's generated TLS variant captures (data/, see data-gen/README.md). */
    static Path variants() {
        Path local = Path.of("data");
        if (Files.isDirectory(local) && Files.exists(local.resolve("tls13_keyupdate.pcap"))) {
            return local;
        }
        return corpus().resolve("../bundles/org.siptrust.tls.tests/data").normalize();
    }

    static Capture load(Path pcap) throws Exception {
        return CaptureLoader.load(pcap, ProgressMonitor.NULL);
    }

    /** Analyses every TCP connection of a capture in order, sharing one session cache. */
    static List<TlsSession> analyzeAll(Capture capture, KeyMaterial keys) {
        TlsSessionCache cache = new TlsSessionCache();
        List<TlsSession> out = new ArrayList<>();
        for (TcpConnection t : capture.tcpConnections()) {
            out.add(TlsAnalyzer.analyze(t.id(), t.client(), t.server(), t.clientToServer(), t.serverToClient(), keys,
                    cache, ProgressMonitor.NULL));
        }
        return out;
    }

    /** Parses a JSON file into Maps, Lists, Strings, Longs, Doubles, Booleans and nulls. */
    static Object json(Path file) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            p.nextToken();
            return value(p);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    /** SHA-256 as the references print it ("9B:A2:...") normalised to lower-case hex. */
    static String normalizeFingerprint(String colonHex) {
        return colonHex.replace(":", "").toLowerCase(java.util.Locale.ROOT);
    }

    static String sha256(byte[] der) throws Exception {
        return org.siptrust.core.Hex.of(java.security.MessageDigest.getInstance("SHA-256").digest(der));
    }
}
