package org.siptrust.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureLoader;
import org.siptrust.capture.RawFrame;
import org.siptrust.core.Finding;
import org.siptrust.core.ProgressMonitor;

/**
 * "Failures along the path": a proxy (127.0.0.13) receives an INVITE over UDP, tries the next hop
 * over TLS, the handshake fails (a real OpenSSL refusal with a fatal handshake_failure alert,
 * testdata/variants), and the proxy answers upstream with a bare 503. The 503 must be linked to the
 * TLS failure that caused it.
 */
class TlsFailureLinkTest {
    static final String INVITE = "INVITE sip:bob@biloxi.example.com SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.10:5060;branch=z9hG4bKfail1;rport\r\n"
            + "Max-Forwards: 70\r\nFrom: <sip:alice@atlanta.example.com>;tag=f1\r\nTo: <sip:bob@biloxi.example.com>\r\n"
            + "Call-ID: tls-failure-1@127.0.0.10\r\nCSeq: 1 INVITE\r\nContact: <sip:alice@127.0.0.10:5060>\r\nContent-Length: 0\r\n\r\n";
    static final String SERVICE_UNAVAILABLE = "SIP/2.0 503 Service Unavailable\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.10:5060;branch=z9hG4bKfail1;rport=5060\r\n"
            + "From: <sip:alice@atlanta.example.com>;tag=f1\r\nTo: <sip:bob@biloxi.example.com>;tag=p1\r\n"
            + "Call-ID: tls-failure-1@127.0.0.10\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";

    static Path compose(Path out) throws Exception {
        Capture tls = CaptureLoader.load(Scenario.DATA.resolve("variants/tls12_handshake_failure.pcap"), ProgressMonitor.NULL);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b23c4d).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(1);
        bos.write(h.array());
        long first = tls.frameIndex().time(1);
        record(bos, first - 2_000_000L, udp(new byte[] {127, 0, 0, 10}, new byte[] {127, 0, 0, 13}, INVITE));
        for (long n = 1; n <= tls.summary().frames(); n++) {
            RawFrame f = tls.readFrame(n);
            record(bos, f.timeNanos(), f.data());
        }
        record(bos, tls.summary().lastNanos() + 3_000_000L, udp(new byte[] {127, 0, 0, 13}, new byte[] {127, 0, 0, 10}, SERVICE_UNAVAILABLE));
        return Files.write(out, bos.toByteArray());
    }

    private static byte[] udp(byte[] src, byte[] dst, String sip) {
        byte[] payload = sip.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer f = ByteBuffer.allocate(14 + 20 + 8 + payload.length);
        f.put(new byte[12]).putShort((short) 0x0800);
        f.put((byte) 0x45).put((byte) 0).putShort((short) (28 + payload.length)).putShort((short) 7).putShort((short) 0)
                .put((byte) 64).put((byte) 17).putShort((short) 0).put(src).put(dst);
        f.putShort((short) 5060).putShort((short) 5060).putShort((short) (8 + payload.length)).putShort((short) 0).put(payload);
        return f.array();
    }

    private static void record(ByteArrayOutputStream bos, long nanos, byte[] frame) throws Exception {
        ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        r.putInt((int) (nanos / 1_000_000_000L)).putInt((int) (nanos % 1_000_000_000L)).putInt(frame.length).putInt(frame.length);
        bos.write(r.array());
        bos.write(frame);
    }

    @Test
    void upstream503IsLinkedToTheFailedHandshake(@TempDir Path tmp) throws Exception {
        Analysis a = Analyzer.analyze(compose(tmp.resolve("failure.pcap")), AnalysisOptions.none(), ProgressMonitor.NULL);
        assertEquals(10, a.summary().frames());
        Connection tlsConn = a.connections().stream().filter(Connection::isTls).findFirst().orElseThrow();
        assertTrue(tlsConn.tls().alerts().contains("fatal:handshake_failure"), tlsConn.tls().alerts().toString());
        assertTrue(a.findings().stream().anyMatch(f -> f.id().equals("tls-handshake-failed") && tlsConn.id().equals(f.connection())),
                a.findings().toString());
        List<Finding> link = a.findings().stream().filter(f -> f.id().equals("upstream-error-from-tls-failure")).toList();
        assertEquals(1, link.size(), a.findings().toString());
        Connection udp = a.connection(link.get(0).connection()).orElseThrow();
        assertEquals("udp", udp.transport());
        assertEquals(10L, link.get(0).frames().get(link.get(0).frames().size() - 1), "the 503");
        assertTrue(link.get(0).message().contains("503 Service Unavailable"), link.get(0).message());
        assertTrue(link.get(0).message().contains("fatal alert handshake_failure from the server"), link.get(0).message());
        assertTrue(a.hops().stream().anyMatch(h -> h.connection().equals(tlsConn.id())), "the failed hop is drawn");
    }
}
