package org.siptrust.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.analysis.Analyzer;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.testing.Tshark;
import org.siptrust.ui.UiTestSupport;

/**
 * Every row of the Frames table of corpus captures against tshark: time, addresses, length,
 * and for TCP the ports, flags, relative Seq/Ack and Len of the info column; for UDP the ports and
 * payload length; where tshark itself shows a plain TCP info, it must read the same without the
 * window and the options.
 */
class FrameTableModelTest {

    /** Captures with different traits: TLS 1.3 and 1.2, pcapng, DNS and SIP over UDP, captures without the TCP handshake. */
    static List<Path> captures() {
        Path t = UiTestSupport.TESTDATA;
        return List.of(t.resolve("captures/a_multihop_tls13_ok/a_multihop_tls13_ok.pcap"), UiTestSupport.SCENARIO_B,
                t.resolve("captures/d1_tls12_rsa_kx/d1_tls12_rsa_kx.pcap"),
                t.resolve("captures/f_dns_naptr_srv_tlsa/f_dns_naptr_srv_tlsa.dsb.pcapng"), t.resolve("public/zeek/dns_naptr.pcap"),
                t.resolve("public/zeek/sip_wireshark.pcap"), t.resolve("public/zeek/tls_tls-1.2-stream-keylog.pcap"),
                t.resolve("public/zeek/tls_client-certificate.pcap"), t.resolve("public/zeek/tls_tls-expired-cert.pcap"));
    }

    @ParameterizedTest
    @MethodSource("captures")
    void everyRowAgreesWithTshark(Path capture) throws Exception {
        assumeTrue(Tshark.available(), "tshark not installed");
        String[] fields = {"frame.time_relative", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "frame.len", "tcp.srcport",
                "tcp.dstport", "tcp.seq", "tcp.ack", "tcp.len", "tcp.flags", "udp.srcport", "udp.dstport", "udp.length",
                "_ws.col.Protocol", "_ws.col.Info"};
        List<String> args = new java.util.ArrayList<>(List.of("-r", capture.toString(), "-T", "fields", "-E", "separator=/t",
                "-E", "occurrence=f"));
        for (String f : fields) {
            args.add("-e");
            args.add(f);
        }
        List<String> lines = Tshark.lines(args);

        Analysis a = Analyzer.analyze(capture, AnalysisOptions.none(), ProgressMonitor.NULL);
        FrameTableModel model = new FrameTableModel(a);
        assertEquals(lines.size(), model.size());
        int tcpRows = 0;
        for (int i = 0; i < lines.size(); i++) {
            String[] t = lines.get(i).split("\t", -1);
            FrameRow r = model.row(i + 1L);
            String where = capture.getFileName() + " frame " + (i + 1) + ": " + r;
            assertEquals(new BigDecimal(t[0]).setScale(6, RoundingMode.HALF_UP).toPlainString(), r.time(), where);
            String src = t[1].isEmpty() ? t[3] : t[1];
            String dst = t[2].isEmpty() ? t[4] : t[2];
            if (!src.isEmpty()) {
                assertEquals(src, r.source(), where);
                assertEquals(dst, r.destination(), where);
            }
            assertEquals(Integer.parseInt(t[5]), r.length(), where);
            if (!t[6].isEmpty() && a.frameNote(i + 1L) == null) {
                tcpRows++;
                int flags = Integer.decode(t[11]);
                StringBuilder want = new StringBuilder();
                want.append(t[6]).append(" → ").append(t[7]).append(" [").append(FrameSummaryDecoder.flagNames(flags))
                        .append("] Seq=").append(t[8]);
                if ((flags & FrameSummaryDecoder.ACK) != 0) {
                    want.append(" Ack=").append(t[9]);
                }
                want.append(" Len=").append(t[10]);
                assertEquals("TCP", r.protocol(), where);
                assertEquals(want.toString(), r.info(), where);
                if (t[15].equals("TCP") && t[16].matches("\\d+ → \\d+ \\[.*")) {
                    // tshark's own info: "35011 → 5061 [SYN] Seq=0 Win=65495 Len=0 MSS=65495 ..." -> "... [SYN] Seq=0 Len=0"
                    assertEquals(t[16].replaceAll(" Win=\\d+", "").replaceAll("(Len=\\d+).*", "$1"), r.info(), where);
                }
            } else if (!t[12].isEmpty() && a.frameNote(i + 1L) == null) {
                assertEquals("UDP", r.protocol(), where);
                assertEquals(t[12] + " → " + t[13] + " Len=" + (Integer.parseInt(t[14]) - 8), r.info(), where);
            }
        }
        assertTrue(model.decodedRows() <= lines.size() + 64, "each row decoded once (plus sequence number look-ups)");
        if (capture.getFileName().toString().startsWith("b_")) {
            assertTrue(tcpRows > 40, "scenario b has TCP rows to compare: " + tcpRows);
        }
    }
}
