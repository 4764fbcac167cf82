package org.siptrust.sip;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.siptrust.core.FramedBytes;

/**
 * WebSocket framing (RFC 6455 §5) for SIP over WebSocket (RFC 7118): unmasks frames and joins
 * fragments into messages, each of which carries exactly one SIP message. The HTTP upgrade that
 * opens the connection is skipped. Declared payload lengths are checked against the bytes present
 * before anything is copied; decoding stops at the first gap (WebSocket framing cannot be
 * resynchronised) and at a truncated frame.
 */
public final class WebSocketFrames {

    /** Largest message assembled; SIP messages are far smaller. */
    static final long MAX_MESSAGE = 16L * 1024 * 1024;

    /**
     * One WebSocket message (text or binary), fragments joined.
     *
     * @param payload   unmasked payload
     * @param frame     frame of the last byte of the final fragment
     * @param frames    every frame the message's frames span
     * @param timeNanos time of {@code frame}
     * @param offset    stream offset of the first frame header
     */
    public record Message(byte[] payload, long frame, List<Long> frames, long timeNanos, int offset) {
        public Message {
            frames = List.copyOf(frames);
        }
    }

    /** The messages found and why decoding stopped early (null if it reached the end cleanly). */
    public record Result(List<Message> messages, String stoppedBecause) {
        public Result {
            messages = List.copyOf(messages);
        }
    }

    private WebSocketFrames() {
    }

    /** XORs {@code payload} with the 4-byte masking key (RFC 6455 §5.3); returns a new array. */
    public static byte[] unmask(byte[] payload, byte[] maskKey) {
        if (maskKey == null || maskKey.length != 4) {
            throw new IllegalArgumentException("masking key must be 4 bytes");
        }
        byte[] out = new byte[payload.length];
        for (int i = 0; i < payload.length; i++) {
            out[i] = (byte) (payload[i] ^ maskKey[i & 3]);
        }
        return out;
    }

    /** Decodes one direction of a WebSocket connection (after TCP reassembly or TLS decryption). */
    public static Result decode(FramedBytes stream) {
        byte[] b = stream.array();
        int[] gaps = stream.gapOffsets();
        int limit = gaps.length > 0 ? Math.min(gaps[0], stream.length()) : stream.length();
        List<Message> out = new ArrayList<>();
        int pos = skipHttpUpgrade(b, limit);
        ByteArrayOutputStream pending = null;
        int pendingStart = -1;
        while (pos < limit) {
            if (limit - pos < 2) {
                return new Result(out, "truncated frame header at offset " + pos);
            }
            int b0 = b[pos] & 0xff;
            int b1 = b[pos + 1] & 0xff;
            boolean fin = (b0 & 0x80) != 0;
            int opcode = b0 & 0x0f;
            boolean masked = (b1 & 0x80) != 0;
            long len = b1 & 0x7f;
            int h = pos + 2;
            if (len == 126) {
                if (limit - h < 2) {
                    return new Result(out, "truncated frame header at offset " + pos);
                }
                len = ((b[h] & 0xff) << 8) | (b[h + 1] & 0xff);
                h += 2;
            } else if (len == 127) {
                if (limit - h < 8) {
                    return new Result(out, "truncated frame header at offset " + pos);
                }
                len = 0;
                for (int k = 0; k < 8; k++) {
                    len = (len << 8) | (b[h + k] & 0xff);
                }
                h += 8;
                if (len < 0 || len > MAX_MESSAGE) {
                    return new Result(out, "absurd frame length at offset " + pos);
                }
            }
            byte[] key = null;
            if (masked) {
                if (limit - h < 4) {
                    return new Result(out, "truncated frame header at offset " + pos);
                }
                key = new byte[] {b[h], b[h + 1], b[h + 2], b[h + 3]};
                h += 4;
            }
            if (len > limit - h) {
                return new Result(out, (gaps.length > 0 ? "data missing (gap)" : "stream ends") + " inside the frame at offset "
                        + pos + " (" + (limit - h) + " of " + len + " payload bytes)");
            }
            int end = h + (int) len;
            byte[] payload = stream.slice(h, end);
            if (key != null) {
                payload = unmask(payload, key);
            }
            if (opcode >= 8) {
                pos = end; // close, ping, pong: not SIP
                continue;
            }
            if (opcode != 0) {
                pending = new ByteArrayOutputStream();
                pendingStart = pos;
            }
            if (pending == null) {
                return new Result(out, "continuation frame without a first fragment at offset " + pos);
            }
            if (pending.size() + len > MAX_MESSAGE) {
                return new Result(out, "message larger than 16 MiB at offset " + pendingStart);
            }
            pending.writeBytes(payload);
            if (fin) {
                int last = Math.max(end - 1, pendingStart);
                out.add(new Message(pending.toByteArray(), stream.frameAt(last), stream.framesIn(pendingStart, end),
                        stream.timeAt(last), pendingStart));
                pending = null;
            }
            pos = end;
        }
        String stop = gaps.length > 0 ? "data missing (gap) at offset " + limit + "; WebSocket framing cannot resume"
                : pending != null ? "stream ends inside a fragmented message" : null;
        return new Result(out, stop);
    }

    /** Skips an HTTP/1.1 Upgrade request or 101 response at the start of the stream. */
    private static int skipHttpUpgrade(byte[] b, int limit) {
        if (!(startsWith(b, limit, "GET ") || startsWith(b, limit, "HTTP/"))) {
            return 0;
        }
        for (int i = 3; i < limit; i++) {
            if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                return i + 1;
            }
        }
        return limit;
    }

    private static boolean startsWith(byte[] b, int limit, String s) {
        if (limit < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
