package org.siptrust.tls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureLoader;
import org.siptrust.capture.TcpConnection;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.testing.TestCorpus;

/** Locates the corpus and this fragment's generated captures, and analyses them as every test here does. */
final class TestData {
    private TestData() {
    }

    /** The shared corpus (testdata/), as the build passes it. */
    static Path corpus() {
        return TestCorpus.root();
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

    /** SHA-256 as the references print it ("9B:A2:...") normalised to lower-case hex. */
    static String normalizeFingerprint(String colonHex) {
        return colonHex.replace(":", "").toLowerCase(java.util.Locale.ROOT);
    }

    static String sha256(byte[] der) throws Exception {
        return org.siptrust.core.Hex.of(java.security.MessageDigest.getInstance("SHA-256").digest(der));
    }
}
