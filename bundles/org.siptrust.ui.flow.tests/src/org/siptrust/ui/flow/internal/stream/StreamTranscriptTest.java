package org.siptrust.ui.flow.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.siptrust.core.FramedBytes;
import org.siptrust.ui.flow.internal.stream.StreamTranscript.Direction;

/** The transcript of two directions: interleaving by frame, escaping, gaps and the budget. */
class StreamTranscriptTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void interleavesByFrameAndJoinsPiecesOfOneSide() {
        FramedBytes client = new FramedBytes.Builder().append(b("OPTIONS sip:a SIP/2.0\r\n"), 3, 0).append(b("\r\n"), 4, 0)
                .append(b("BYE"), 9, 0).build();
        FramedBytes server = new FramedBytes.Builder().append(b("SIP/2.0 200 OK\r\n\r\n"), 6, 0).build();
        StreamTranscript t = StreamTranscript.of(client, server, 10_000);
        assertEquals("OPTIONS sip:a SIP/2.0\n\nSIP/2.0 200 OK\n\nBYE", t.text());
        assertEquals(3, t.segments().size());
        assertEquals(Direction.CLIENT, t.segments().get(0).direction());
        assertEquals(3, t.segments().get(0).frame());
        assertEquals(Direction.SERVER, t.segments().get(1).direction());
        assertEquals(6, t.segments().get(1).frame());
        assertEquals(4, t.frameAt("OPTIONS sip:a SIP/2.0\n".length()), "the second piece came in frame 4");
        assertEquals(9, t.frameAt(t.text().length() - 1));
        assertEquals(25 + 3, t.clientBytes());
        assertFalse(t.truncated());
    }

    @Test
    void escapesWhatIsNotText() {
        byte[] raw = {'a', 0x00, 'b', (byte) 0xff, '\r', 'c', '\t', (byte) 0xc3, (byte) 0xa9, 0x7f};
        FramedBytes client = new FramedBytes.Builder().append(raw, 1, 0).build();
        StreamTranscript t = StreamTranscript.of(client, FramedBytes.EMPTY, 1000);
        assertEquals("a\\x00b\\xff\\rc\té\\x7f", t.text());
    }

    @Test
    void marksMissingBytesAndCutsLongStreams() {
        FramedBytes client = new FramedBytes.Builder().append(b("first"), 1, 0).gap(120).append(b("after"), 5, 0).build();
        StreamTranscript t = StreamTranscript.of(client, FramedBytes.EMPTY, 1000);
        assertEquals("first\n[120 bytes missing]\nafter", t.text());
        assertTrue(t.segments().get(1).gap());

        StreamTranscript cut = StreamTranscript.of(new FramedBytes.Builder().append(new byte[5000], 1, 0).build(), FramedBytes.EMPTY, 100);
        assertTrue(cut.truncated());
        assertTrue(cut.text().length() <= 100 + 4);
    }
}
