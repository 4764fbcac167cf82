package org.siptrust.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.siptrust.capture.TcpConnection;
import org.siptrust.core.ProgressMonitor;

/**
 * Decryption speed on the largest real connection we have (150 KB of HTTPS, AES-256-GCM), in CPU
 * time so a busy build machine does not make it flaky. Prints MB/s; fails only if decryption is
 * wrong or pathologically slow.
 */
class ThroughputTest {

    @Test
    void decryptsAtLeastTensOfMegabytesPerCpuSecond() throws Exception {
        Path z = TestData.corpus().resolve("public/zeek");
        TcpConnection t = TestData.load(z.resolve("tls_tls-1.2-stream-keylog.pcap")).tcpConnections().get(0);
        KeyMaterial keys = KeyMaterial.builder().addKeyLog(z.resolve("tls_tls-1.2-stream-keylog.keys")).build();
        byte[] expected = run(t, keys).serverApplicationData().slice(0, 147270);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 200; i++) { // warm up the JIT
            run(t, keys);
        }
        long bytes = 0;
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < 500; i++) {
            TlsSession s = run(t, keys);
            bytes += s.clientApplicationData().length() + s.serverApplicationData().length();
            if (i % 100 == 0) {
                assertArrayEquals(expected, s.serverApplicationData().slice(0, 147270));
            }
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        double mbps = bytes / 1e6 / seconds;
        System.out.printf("TLS decryption throughput: %.0f MB/s of plaintext (%.1f MB in %.2f CPU s)%n", mbps, bytes / 1e6,
                seconds);
        assertTrue(mbps > 10, "decryption is pathologically slow: " + mbps + " MB/s");
    }

    private static TlsSession run(TcpConnection t, KeyMaterial keys) {
        return TlsAnalyzer.analyze(t.id(), t.client(), t.server(), t.clientToServer(), t.serverToClient(), keys,
                ProgressMonitor.NULL);
    }
}
