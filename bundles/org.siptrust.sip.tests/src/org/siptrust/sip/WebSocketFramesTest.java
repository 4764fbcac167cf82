package org.siptrust.sip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siptrust.core.Endpoint;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.Hex;

/** RFC 6455 §5.7 example frames, and a corpus REGISTER carried as RFC 7118 SIP over WebSocket. */
class WebSocketFramesTest {

    static FramedBytes bytes(byte[]... pieces) {
        FramedBytes.Builder b = new FramedBytes.Builder();
        long frame = 1;
        for (byte[] p : pieces) {
            b.append(p, frame, frame);
            frame++;
        }
        return b.build();
    }

    @Test
    void rfc6455Examples() {
        // "A single-frame unmasked text message" and "A single-frame masked text message"
        WebSocketFrames.Result r = WebSocketFrames.decode(bytes(Hex.parse("810548656c6c6f"),
                Hex.parse("818537fa213d7f9f4d5158")));
        assertEquals(2, r.messages().size());
        assertEquals("Hello", new String(r.messages().get(0).payload(), StandardCharsets.US_ASCII));
        assertEquals("Hello", new String(r.messages().get(1).payload(), StandardCharsets.US_ASCII));
        assertEquals(2, r.messages().get(1).frame());
        assertNull(r.stoppedBecause());
        // "A fragmented unmasked text message", with an unmasked Ping in between
        WebSocketFrames.Result f = WebSocketFrames.decode(bytes(Hex.parse("010348656c"),
                Hex.parse("890548656c6c6f"), Hex.parse("80026c6f")));
        assertEquals(1, f.messages().size());
        assertEquals("Hello", new String(f.messages().get(0).payload(), StandardCharsets.US_ASCII));
        assertEquals(List.of(1L, 2L, 3L), f.messages().get(0).frames());
        assertArrayEquals(Hex.parse("48656c6c6f"),
                WebSocketFrames.unmask(Hex.parse("7f9f4d5158"), Hex.parse("37fa213d")));
    }

    @Test
    void sipOverWebSocketAfterTheUpgrade() {
        List<Corpus.Record> records = Corpus.plaintextRecords("a_multihop_tls13_ok.plaintext");
        byte[] register = Corpus.recordText(records, 22).replace("SIP/2.0/TLS", "SIP/2.0/WSS")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] upgrade = ("GET / HTTP/1.1\r\nHost: sip.atlanta.example.com\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Protocol: sip\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] key = Hex.parse("0badf00d");
        byte[] masked = WebSocketFrames.unmask(register, key);
        int half = 200;
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        first.writeBytes(Hex.parse("01fe"));
        first.writeBytes(new byte[] {(byte) (half >> 8), (byte) half});
        first.writeBytes(key);
        first.writeBytes(Arrays.copyOfRange(masked, 0, half));
        // the second fragment is masked with the same key starting again at key index 0
        byte[] rest = WebSocketFrames.unmask(Arrays.copyOfRange(register, half, register.length), key);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        second.writeBytes(new byte[] {(byte) 0x80, (byte) (0x80 | 126), (byte) (rest.length >> 8), (byte) rest.length});
        second.writeBytes(key);
        second.writeBytes(rest);
        WireContext ctx = new WireContext("ws1", "WSS", Endpoint.parse("127.0.0.10:55771"),
                Endpoint.parse("127.0.0.11:443"), true);
        List<SipMessage> ms = SipParser.parseWebSocket(bytes(upgrade, first.toByteArray(), second.toByteArray()), ctx);
        assertEquals(1, ms.size());
        SipMessage m = ms.get(0);
        assertFalse(m.malformed(), m.malformedReason());
        assertEquals("REGISTER sip:atlanta.example.com", m.summary());
        assertEquals("WSS", m.topVia().transport());
        assertEquals(3, m.frame());
        assertEquals(List.of(2L, 3L), m.frames());
    }

    @Test
    void truncatedAndAbsurdFramesStopCleanly() {
        WebSocketFrames.Result r = WebSocketFrames.decode(bytes(Hex.parse("810548656c6c6f"), Hex.parse("81ff7fffffffffffffff00")));
        assertEquals(1, r.messages().size());
        assertEquals("absurd frame length at offset 7", r.stoppedBecause());
        WebSocketFrames.Result t = WebSocketFrames.decode(bytes(Hex.parse("817e100048656c")));
        assertEquals(List.of(), t.messages());
        assertEquals("stream ends inside the frame at offset 0 (3 of 4096 payload bytes)", t.stoppedBecause());
    }
}
