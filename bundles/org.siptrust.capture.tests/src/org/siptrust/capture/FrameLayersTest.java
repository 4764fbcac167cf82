package org.siptrust.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.testing.Tshark;

/**
 * pcap4j layer decoding of real corpus frames. Under Tycho these tests run inside OSGi, where
 * pcap4j decodes everything as unknown data unless {@link FrameLayers} initialises it with the
 * static factory bundle's class loader (BUILD.md pitfall 7).
 */
class FrameLayersTest {
    private static final Path SCENARIO_B = TestData.ROOT.resolve("captures/b_ip_in_record_route/b_ip_in_record_route.pcap");
    private static Capture capture;

    @BeforeAll
    static void load() throws Exception {
        capture = CaptureLoader.load(SCENARIO_B, ProgressMonitor.NULL);
    }

    @Test
    void synFrameDecodesToEthernetIpv4Tcp() throws Exception {
        FrameLayers layers = FrameLayers.decode(capture.readFrame(1));
        assertEquals(List.of("Ethernet", "IPv4", "TCP"), layers.names(), "pcap4j fell back to unknown data: " + layers);
        FrameLayers.Layer ip = layers.layer("IPv4").orElseThrow();
        assertEquals(14, ip.offset());
        assertEquals(20, ip.length());
        assertEquals("127.0.0.13", ip.field("Source address").orElseThrow());
        assertEquals("127.0.0.12", ip.field("Destination address").orElseThrow());
        FrameLayers.Layer tcp = layers.layer("TCP").orElseThrow();
        assertEquals(34, tcp.offset());
        assertEquals(40, tcp.length(), "20 bytes of header + 20 of options in tshark's frame 1");
        assertEquals("35011", tcp.field("Source port").orElseThrow());
        assertEquals("5061", tcp.field("Destination port").orElseThrow());
        assertEquals("true", tcp.field("SYN").orElseThrow());
        assertEquals("false", tcp.field("ACK").orElseThrow());
    }

    @Test
    void clientHelloFrameEndsWithItsTlsBytesAsData() throws Exception {
        FrameLayers layers = FrameLayers.decode(capture.readFrame(4));
        assertEquals(List.of("Ethernet", "IPv4", "TCP", "Data"), layers.names());
        FrameLayers.Layer data = layers.layer("Data").orElseThrow();
        assertEquals(66, data.offset());
        assertEquals(517, data.length(), "tshark: TLS record of 517 bytes in frame 4");
        assertEquals(583, data.offset() + data.length());
        assertTrue(data.fields().stream().noneMatch(f -> f.name().equals("Hex stream")), "payload bytes are the hex view's job");
    }

    @Test
    void everyFrameAgreesWithTsharkOnAddressesAndPorts() throws Exception {
        assumeTrue(Tshark.available(), "tshark not installed");
        List<String> lines = Tshark.lines("-r", SCENARIO_B.toString(), "-T", "fields", "-E", "separator=,",
                "-e", "ip.src", "-e", "ip.dst", "-e", "tcp.srcport", "-e", "tcp.dstport", "-e", "tcp.len");
        assertEquals(95, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] want = lines.get(i).split(",", -1);
            FrameLayers layers = FrameLayers.decode(capture.readFrame(i + 1));
            String where = "frame " + (i + 1) + ": " + layers;
            FrameLayers.Layer ip = layers.layer("IPv4").orElseThrow(() -> new AssertionError(where));
            FrameLayers.Layer tcp = layers.layer("TCP").orElseThrow(() -> new AssertionError(where));
            assertEquals(want[0], ip.field("Source address").orElseThrow(), where);
            assertEquals(want[1], ip.field("Destination address").orElseThrow(), where);
            assertEquals(want[2], tcp.field("Source port").orElseThrow().split(" ")[0], where);
            assertEquals(want[3], tcp.field("Destination port").orElseThrow().split(" ")[0], where);
            int payload = layers.layer("Data").map(FrameLayers.Layer::length).orElse(0);
            assertEquals(Integer.parseInt(want[4]), payload, where);
        }
    }

    @Test
    void cutFrameDoesNotThrowAndKeepsWhatIsThere() throws Exception {
        RawFrame whole = capture.readFrame(4);
        // the frame ends in the middle of the IPv4 header
        RawFrame cut = new RawFrame(4, whole.timeNanos(), whole.linkType(), Arrays.copyOf(whole.data(), 24), whole.origLength(),
                whole.fileOffset());
        FrameLayers layers = FrameLayers.decode(cut);
        assertEquals("Ethernet", layers.layers().get(0).name());
        assertFalse(layers.layer("TCP").isPresent());
        int end = layers.layers().stream().mapToInt(l -> l.offset() + l.length()).max().orElse(0);
        assertTrue(end <= 24, "no layer reaches past the bytes present: " + layers);
    }

    @Test
    void emptyAndUnknownLinkTypesGiveNoLayersOrData() {
        assertTrue(FrameLayers.decode(new RawFrame(1, 0, 1, new byte[0], 0, 0)).layers().isEmpty());
        FrameLayers unknown = FrameLayers.decode(new RawFrame(1, 0, 147, new byte[] {1, 2, 3, 4}, 4, 0));
        assertEquals(List.of("Data"), unknown.names());
        assertEquals(4, unknown.layers().get(0).length());
    }
}
