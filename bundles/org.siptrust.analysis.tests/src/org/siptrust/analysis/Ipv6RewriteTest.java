package org.siptrust.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureLoader;
import org.siptrust.capture.RawFrame;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.testing.Tshark;
import org.siptrust.trust.Hop;
import org.siptrust.trust.Profile;
import org.siptrust.trust.Verdict;

/**
 * The same real SIP-over-TLS traffic carried over IPv6: scenario b with every IPv4 header replaced
 * by an IPv6 header (127.0.0.x becomes fd00::x; TCP and TLS bytes unchanged, so the key log still
 * applies). Endpoints print as [v6]:port, everything still decrypts, and the verdicts are the same.
 */
class Ipv6RewriteTest {

    static Path toIpv6(Path src, Path out) throws Exception {
        Capture c = CaptureLoader.load(src, ProgressMonitor.NULL);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b23c4d).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(1);
        bos.write(h.array());
        for (long n = 1; n <= c.summary().frames(); n++) {
            RawFrame f = c.readFrame(n);
            byte[] d = f.data();
            byte[] outFrame = d;
            if (d.length >= 34 && (d[12] & 0xff) == 0x08 && d[13] == 0) {
                int ihl = (d[14] & 0x0f) * 4;
                int total = ((d[16] & 0xff) << 8) | (d[17] & 0xff);
                int payload = total - ihl;
                ByteBuffer v6 = ByteBuffer.allocate(14 + 40 + payload);
                v6.put(d, 0, 12).putShort((short) 0x86dd);
                v6.putInt(0x60000000).putShort((short) payload).put(d[23]).put((byte) 64);
                v6.put(addr(d[29])).put(addr(d[33]));
                v6.put(d, 14 + ihl, payload);
                outFrame = v6.array();
            }
            ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            r.putInt((int) (f.timeNanos() / 1_000_000_000L)).putInt((int) (f.timeNanos() % 1_000_000_000L))
                    .putInt(outFrame.length).putInt(outFrame.length);
            bos.write(r.array());
            bos.write(outFrame);
        }
        return Files.write(out, bos.toByteArray());
    }

    private static byte[] addr(byte last) {
        byte[] a = new byte[16];
        a[0] = (byte) 0xfd;
        a[15] = last;
        return a;
    }

    @Test
    void scenarioBOverIpv6(@TempDir Path tmp) throws Exception {
        Scenario b = Scenario.named("b_ip_in_record_route");
        Path v6 = toIpv6(b.capture(), tmp.resolve("b6.pcap"));
        Analysis a = Analyzer.analyze(v6, AnalysisOptions.builder().keyLog(b.keyLogs().get(0)).trustAnchor(b.anchors().get(0)).build(),
                ProgressMonitor.NULL);
        assertEquals(95, a.summary().frames());
        assertEquals(List.of("[fd00::d]:35011", "[fd00::a]:50447", "[fd00::b]:39165", "[fd00::c]:40599"),
                a.connections().stream().map(x -> x.client().toString()).toList());
        assertTrue(a.connections().stream().allMatch(x -> x.isTls() && x.tls().decrypted()));
        assertEquals(30, a.messages().size());
        Hop bobToB = a.hops().get(0);
        assertEquals("[fd00::c]:5061", bobToB.server().toString());
        assertEquals("fd00::c", bobToB.reference().name(), "reached by its IPv6 address: no SNI");
        assertEquals(Verdict.UNAUTHENTICATABLE, bobToB.verdict(Profile.RFC5922).result());
        Set<String> ids = a.findings().stream().map(f -> f.id()).collect(Collectors.toSet());
        assertTrue(ids.contains("ip-literal-unauthenticatable"));
        if (Tshark.available()) {
            List<String> lines = Tshark.lines("-r", v6.toString(), "-o", "tls.keylog_file:" + b.keyLogs().get(0), "-Y", "sip",
                    "-T", "fields", "-e", "frame.number", "-e", "ipv6.src");
            assertEquals(a.messages().stream().map(m -> m.frame()).distinct().count(), lines.size(), "tshark agrees on the SIP frames");
            assertTrue(lines.get(0).endsWith("fd00::d"), lines.get(0));
        }
    }
}
