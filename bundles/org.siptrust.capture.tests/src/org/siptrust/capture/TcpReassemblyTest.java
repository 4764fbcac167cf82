package org.siptrust.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.ProgressMonitor;

/**
 * TCP reassembly on copies of a real capture (scenario b) with segments reordered, duplicated,
 * altered or removed: the reassembled bytes must equal the original stream where nothing is lost,
 * and what is lost must be reported with its size.
 */
class TcpReassemblyTest {
    static final Path B = TestData.ROOT.resolve("captures/b_ip_in_record_route/b_ip_in_record_route.pcap");
    static Capture original;
    static PcapRewriter rewriter;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void load() throws Exception {
        original = CaptureLoader.load(B, ProgressMonitor.NULL);
        rewriter = new PcapRewriter(B);
    }

    /** Frames of connection c2 (alice -> A) that carry client-to-server payload, in capture order. */
    static List<Integer> clientDataFrames(Capture c, int conn) {
        TcpConnection t = c.tcpConnections().get(conn);
        List<Integer> out = new ArrayList<>();
        FramedBytes s = t.clientToServer();
        for (int r = 0; r < s.runCount(); r++) {
            out.add((int) s.runFrame(r));
        }
        return out;
    }

    static FramedBytes c2s(Capture c, int conn) {
        return c.tcpConnections().get(conn).clientToServer();
    }

    @Test
    void outOfOrderSegmentsAreReorderedBySequenceNumber() throws Exception {
        List<Integer> data = clientDataFrames(original, 1);
        List<Integer> order = PcapRewriter.range(1, rewriter.size());
        int a = order.indexOf(data.get(2));
        int b = order.indexOf(data.get(3));
        Collections.swap(order, a, b);
        Capture c = CaptureLoader.load(rewriter.write(tmp.resolve("swapped.pcap"), order), ProgressMonitor.NULL);
        FramedBytes want = c2s(original, 1);
        FramedBytes got = c2s(c, 1);
        assertArrayEquals(want.slice(0, want.length()), got.slice(0, got.length()));
        assertEquals(0, got.gapOffsets().length);
    }

    @Test
    void retransmittedSegmentsAreNotDuplicated() throws Exception {
        List<Integer> data = clientDataFrames(original, 1);
        List<Integer> order = PcapRewriter.range(1, rewriter.size());
        order.add(order.indexOf(data.get(1)) + 1, data.get(1)); // the same segment twice in a row
        order.add(data.get(0)); // and a late retransmission of the first one
        Capture c = CaptureLoader.load(rewriter.write(tmp.resolve("dup.pcap"), order), ProgressMonitor.NULL);
        FramedBytes want = c2s(original, 1);
        FramedBytes got = c2s(c, 1);
        assertArrayEquals(want.slice(0, want.length()), got.slice(0, got.length()));
        // the builder was sized for every captured byte, retransmissions included: the stream is held trimmed
        assertEquals(got.length(), got.array().length);
        assertTrue(c.findings().stream().noneMatch(f -> f.id().startsWith("tcp-")), c.findings().toString());
    }

    @Test
    void conflictingRetransmissionKeepsTheFirstCopyAndIsReported() throws Exception {
        List<Integer> data = clientDataFrames(original, 1);
        int victim = data.get(1);
        List<Integer> order = PcapRewriter.range(1, rewriter.size());
        order.add(victim); // appended at the end, then altered below
        Path out = rewriter.write(tmp.resolve("conflict.pcap"), order);
        // alter the last record's final payload byte
        byte[] all = java.nio.file.Files.readAllBytes(out);
        all[all.length - 1] ^= 0x55;
        java.nio.file.Files.write(out, all);
        Capture c = CaptureLoader.load(out, ProgressMonitor.NULL);
        FramedBytes want = c2s(original, 1);
        FramedBytes got = c2s(c, 1);
        assertArrayEquals(want.slice(0, want.length()), got.slice(0, got.length()));
        Finding f = c.findings().stream().filter(x -> x.id().equals("tcp-overlap-conflict")).findFirst().orElseThrow();
        assertEquals("c2", f.connection());
    }

    @Test
    void missingSegmentBecomesAGapWithItsSize() throws Exception {
        List<Integer> data = clientDataFrames(original, 1);
        int dropped = data.get(2);
        List<Integer> order = PcapRewriter.range(1, rewriter.size());
        order.remove(Integer.valueOf(dropped));
        Capture c = CaptureLoader.load(rewriter.write(tmp.resolve("gap.pcap"), order), ProgressMonitor.NULL);
        FramedBytes want = c2s(original, 1);
        FramedBytes got = c2s(c, 1);
        int droppedLen = 0;
        for (int r = 0; r < want.runCount(); r++) {
            if (want.runFrame(r) == dropped) {
                droppedLen += want.runEnd(r) - want.runStart(r);
            }
        }
        assertEquals(want.length() - droppedLen, got.length());
        assertEquals(1, got.gapOffsets().length);
        assertEquals(droppedLen, got.gapSizes()[0]);
        Finding f = c.findings().stream().filter(x -> x.id().equals("tcp-segment-missing")).findFirst().orElseThrow();
        assertTrue(f.message().startsWith(droppedLen + " bytes are missing"), f.message());
    }

    @Test
    void connectionWithoutItsHandshakeStartsAtTheFirstSegment() throws Exception {
        TcpConnection t = original.tcpConnections().get(1);
        // drop the three-way handshake of c2 and its first client data segment (the ClientHello)
        List<Integer> data = clientDataFrames(original, 1);
        List<Integer> order = PcapRewriter.range(1, rewriter.size());
        List<Long> handshake = t.frames().subList(0, 3);
        order.removeIf(n -> handshake.contains((long) n) || n.equals(data.get(0)));
        Capture c = CaptureLoader.load(rewriter.write(tmp.resolve("nostart.pcap"), order), ProgressMonitor.NULL);
        TcpConnection got = c.tcpConnections().stream().filter(x -> x.server().port() == 5061
                && x.client().equals(t.client())).findFirst().orElseThrow();
        assertFalse(got.sawSyn());
        assertEquals(t.server(), got.server(), "server found by its port");
        FramedBytes want = t.clientToServer();
        int skip = want.runEnd(0);
        assertArrayEquals(want.slice(skip, want.length()), got.clientToServer().slice(0, got.clientToServer().length()));
    }
}
