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
import org.siptrust.core.Finding;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.testing.Tshark;

/**
 * R9: a sips: request seen on a plain TCP hop. The capture is written here (Ethernet/IPv4/TCP with
 * a real three-way handshake) around the INVITE that alice sent in the corpus scenario a, with
 * its Request-URI turned into a SIPS URI and its Via into TCP, as a proxy that downgrades would
 * forward it. tshark reads the same file as one SIP INVITE.
 */
class SipsOverTcpTest {
    static final String INVITE = "INVITE sips:bob@biloxi.example.com SIP/2.0\r\n"
            + "Via: SIP/2.0/TCP sip.atlanta.example.com:5060;branch=z9hG4bK9a7f2c1e0b;rport\r\n"
            + "Via: SIP/2.0/TLS alice-pc.atlanta.example.com:5061;received=127.0.0.10;branch=z9hG4bKp4x7d3q2;rport=55771\r\n"
            + "Max-Forwards: 69\r\n"
            + "From: <sips:alice@atlanta.example.com>;tag=8cq3y9lm\r\n"
            + "To: <sips:bob@biloxi.example.com>\r\n"
            + "Call-ID: sips-downgrade-1@alice-pc.atlanta.example.com\r\n"
            + "CSeq: 1 INVITE\r\n"
            + "Contact: <sips:alice@alice-pc.atlanta.example.com:5061;transport=tls>\r\n"
            + "Content-Length: 0\r\n\r\n";

    static Path write(Path out) throws Exception {
        byte[] client = {(byte) 192, 0, 2, 11};
        byte[] server = {(byte) 192, 0, 2, 12};
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(1);
        bos.write(h.array());
        long t = 1_795_752_000L;
        byte[] sip = INVITE.getBytes(StandardCharsets.US_ASCII);
        frame(bos, t, 0, client, server, 40123, 5060, 1000, 0, 0x02, new byte[0]);
        frame(bos, t, 1, server, client, 5060, 40123, 5000, 1001, 0x12, new byte[0]);
        frame(bos, t, 2, client, server, 40123, 5060, 1001, 5001, 0x10, new byte[0]);
        frame(bos, t, 3, client, server, 40123, 5060, 1001, 5001, 0x18, sip);
        return Files.write(out, bos.toByteArray());
    }

    private static void frame(ByteArrayOutputStream bos, long sec, int usec, byte[] src, byte[] dst, int sport, int dport,
            long seq, long ack, int flags, byte[] payload) throws Exception {
        ByteBuffer f = ByteBuffer.allocate(14 + 20 + 20 + payload.length);
        f.put(new byte[12]).putShort((short) 0x0800);
        f.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload.length)).putShort((short) 1).putShort((short) 0x4000)
                .put((byte) 64).put((byte) 6).putShort((short) 0).put(src).put(dst);
        f.putShort((short) sport).putShort((short) dport).putInt((int) seq).putInt((int) ack).put((byte) 0x50).put((byte) flags)
                .putShort((short) 65535).putShort((short) 0).putShort((short) 0).put(payload);
        ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        r.putInt((int) sec).putInt(usec).putInt(f.capacity()).putInt(f.capacity());
        bos.write(r.array());
        bos.write(f.array());
    }

    @Test
    void sipsRequestOnATcpHopIsFlagged(@TempDir Path tmp) throws Exception {
        Path cap = write(tmp.resolve("sips-over-tcp.pcap"));
        Analysis a = Analyzer.analyze(cap, AnalysisOptions.none(), ProgressMonitor.NULL);
        assertEquals(1, a.messages().size());
        assertEquals("tcp", a.connections().get(0).transport());
        List<Finding> f = a.findings().stream().filter(x -> x.id().equals("sips-non-tls-hop")).toList();
        assertEquals(1, f.size(), a.findings().toString());
        assertEquals(List.of(4L), f.get(0).frames());
        assertEquals("RFC 3261 §26.2", f.get(0).rule().toString());
        assertTrue(f.get(0).message().contains("192.0.2.11:40123"), f.get(0).message());
        if (Tshark.available()) {
            String out = Tshark.output("-r", cap.toString(), "-Y", "sip", "-T", "fields", "-e", "sip.r-uri").trim();
            assertEquals("sips:bob@biloxi.example.com", out, "tshark sees the same SIPS request");
        }
    }
}
