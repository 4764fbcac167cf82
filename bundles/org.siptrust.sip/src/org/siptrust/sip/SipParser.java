package org.siptrust.sip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.siptrust.core.Datagram;
import org.siptrust.core.FramedBytes;

/**
 * Turns transport payloads into {@link SipMessage}s (RFC 3261 §18.3 framing). Datagrams hold one
 * message whose body runs to Content-Length or to the end of the datagram; streams are cut by
 * Content-Length, skipping CRLF keep-alives (RFC 5626) and resynchronising at the next SIP start
 * line after garbage or a gap. Never throws on bad input and allocates only copies of bytes that
 * exist: declared lengths are checked against the data before anything is sized from them.
 */
public final class SipParser {

    private SipParser() {
    }

    /**
     * The SIP message(s) in one datagram. Empty for keep-alives (CRLF, STUN) and for payloads that
     * are not SIP; a payload whose first line looks like SIP but is broken gives a malformed message.
     * The message's endpoints are the datagram's; connection id, transport and the decrypted flag
     * come from {@code ctx} (which may be null: then transport UDP).
     */
    public static List<SipMessage> parseDatagram(Datagram d, WireContext ctx) {
        WireContext c = ctx == null ? new WireContext(null, "UDP", d.source(), d.destination(), false)
                : ctx.withEndpoints(d.source(), d.destination());
        return parsePayload(d.payload(), d.frame(), new long[] {d.frame()}, d.timeNanos(), c);
    }

    /**
     * SIP over WebSocket (RFC 7118): each WebSocket message of the stream is one SIP message,
     * parsed like a datagram (Content-Length is optional there). Frames are unmasked, fragments
     * joined; see {@link WebSocketFrames}.
     */
    public static List<SipMessage> parseWebSocket(FramedBytes stream, WireContext ctx) {
        List<SipMessage> out = new ArrayList<>();
        Map<Long, Integer> perFrame = new HashMap<>();
        for (WebSocketFrames.Message m : WebSocketFrames.decode(stream).messages()) {
            for (SipMessage s : parsePayload(m.payload(), m.frame(), longs(m.frames()), m.timeNanos(), ctx)) {
                int index = perFrame.merge(m.frame(), 1, Integer::sum) - 1;
                out.add(index == s.indexInFrame() ? s : s.withIndexInFrame(index));
            }
        }
        return out;
    }

    /** {@link #parseDatagram} for a payload not wrapped in a {@link Datagram} (e.g. one WebSocket message). */
    static List<SipMessage> parsePayload(byte[] b, long frame, long[] frames, long time, WireContext c) {
        List<SipMessage> out = new ArrayList<>();
        int n = b.length;
        int pos = skipCrlf(b, 0, n);
        if (pos >= n || isStun(b) || !StartLines.looksLikeSip(b, pos, n)) {
            return out;
        }
        while (pos < n) {
            StartLines.Extent ext = StartLines.scanHead(b, pos, n);
            MessageHead head = MessageHead.parse(b, pos, ext.headEnd());
            List<String> framing = new ArrayList<>();
            if (!out.isEmpty()) {
                framing.add("another message after the end of the previous one in the same datagram"
                        + " (RFC 3261 §18.3: receivers discard it)");
            }
            int end;
            switch (ext.kind()) {
                case COMPLETE: {
                    int available = n - ext.bodyStart();
                    if (head.contentLengthProblem != null) {
                        framing.add(head.contentLengthProblem);
                        end = n;
                    } else if (head.contentLength < 0) {
                        end = n;
                    } else if (head.contentLength > available) {
                        framing.add("Content-Length " + head.contentLength + " exceeds the " + available
                                + " bytes left in the datagram");
                        end = n;
                    } else {
                        end = ext.bodyStart() + (int) head.contentLength;
                    }
                    break;
                }
                case CUT_BY_START_LINE:
                    framing.add("header section cut short by a new start line");
                    end = ext.headEnd();
                    break;
                case TOO_LONG:
                    framing.add("header section longer than " + StartLines.MAX_HEAD + " bytes");
                    end = n;
                    break;
                default:
                    framing.add("header section not terminated by an empty line");
                    end = n;
                    break;
            }
            int bodyStart = Math.min(ext.bodyStart(), end);
            out.add(new SipMessage(head, Arrays.copyOfRange(b, pos, end), bodyStart - pos, end - bodyStart, frame,
                    frames, time, c, out.size(), pos, framing, ext.kind() != StartLines.Kind.TOO_LONG));
            // bytes after Content-Length are dropped (RFC 3261 §18.3) unless another message starts there
            pos = skipCrlf(b, end, n);
            if (pos < n && !StartLines.isStartLine(b, pos, n)) {
                break;
            }
        }
        return out;
    }

    /** The messages in a stream (see {@link #parseStreamDetailed}). */
    public static List<SipMessage> parseStream(FramedBytes stream, WireContext ctx) {
        return parseStreamDetailed(stream, ctx).messages();
    }

    /**
     * Frames a TCP stream or decrypted TLS stream by Content-Length. A message's frame is the frame
     * of its last byte; {@link SipMessage#frames()} lists all it spans. Nothing is joined across a
     * gap: a message cut by a gap is reported malformed and parsing resumes after the gap at the
     * first line that is a SIP start line.
     */
    public static StreamParseResult parseStreamDetailed(FramedBytes stream, WireContext context) {
        WireContext ctx = context != null ? context : new WireContext(null, "TCP", null, null, false);
        byte[] b = stream.array();
        int n = stream.length();
        int[] gaps = stream.gapOffsets();
        List<SipMessage> messages = new ArrayList<>();
        List<StreamParseResult.Skipped> skipped = new ArrayList<>();
        Map<Long, Integer> perFrame = new HashMap<>();
        int keepAlives = 0;

        int regionStart = 0;
        for (int g = 0; g <= gaps.length; g++) {
            int regionEnd = g < gaps.length ? Math.min(gaps[g], n) : n;
            if (regionEnd < regionStart) {
                continue;
            }
            boolean afterGap = g > 0 || (gaps.length > 0 && gaps[0] == 0 && regionStart == 0);
            boolean endsAtGap = g < gaps.length && regionEnd < n;
            int pos = regionStart;
            boolean first = true;
            while (pos < regionEnd) {
                int k = skipCrlf(b, pos, regionEnd);
                if (k > pos) {
                    keepAlives++;
                    pos = k;
                    continue;
                }
                if (!StartLines.isStartLine(b, pos, regionEnd)) {
                    int next = StartLines.nextStartLine(b, pos, regionEnd);
                    int stop = next < 0 ? regionEnd : next;
                    String reason = first && afterGap ? "bytes after missing data, before the next SIP start line"
                            : "not SIP: no start line";
                    if (stop == regionEnd && endsAtGap && isPartialStartLine(b, pos, regionEnd)) {
                        reason = "start of a message cut by missing data";
                    }
                    skipped.add(new StreamParseResult.Skipped(pos, stop - pos, stream.frameAt(pos), reason));
                    pos = stop;
                    first = false;
                    continue;
                }
                first = false;
                StartLines.Extent ext = StartLines.scanHead(b, pos, regionEnd);
                int headEnd = Math.min(ext.headEnd(), pos + StartLines.MAX_HEAD);
                if (ext.kind() == StartLines.Kind.INCOMPLETE) {
                    // the last line was cut by the gap or the end of data: it is not a header yet
                    headEnd = Math.max(lastLineStart(b, pos, headEnd), firstLineEnd(b, pos, headEnd));
                }
                MessageHead head = MessageHead.parse(b, pos, headEnd);
                List<String> framing = new ArrayList<>();
                int end;
                switch (ext.kind()) {
                    case COMPLETE:
                        end = frameBody(b, head, ext.bodyStart(), regionEnd, n, endsAtGap, framing);
                        break;
                    case CUT_BY_START_LINE:
                        framing.add("header section cut short by a new start line");
                        end = ext.headEnd();
                        break;
                    case TOO_LONG: {
                        framing.add("header section longer than " + StartLines.MAX_HEAD + " bytes");
                        int next = StartLines.nextStartLine(b, ext.headEnd(), regionEnd);
                        end = next < 0 ? regionEnd : next;
                        break;
                    }
                    default:
                        framing.add(endsAtGap ? "truncated: data missing (gap) inside the header section"
                                : "truncated: the stream ends inside the header section");
                        end = regionEnd;
                        break;
                }
                int bodyStart = Math.min(ext.bodyStart(), end);
                long frame = stream.frameAt(end - 1);
                int index = perFrame.merge(frame, 1, Integer::sum) - 1;
                messages.add(new SipMessage(head, stream.slice(pos, end), bodyStart - pos, end - bodyStart, frame,
                        longs(stream.framesIn(pos, end)), stream.timeAt(end - 1), ctx, index, pos, framing,
                        headComplete(ext)));
                pos = end;
            }
            regionStart = regionEnd;
        }
        return new StreamParseResult(messages, skipped, keepAlives);
    }

    /** Decides where the body ends on a stream and records why, if the declared length cannot be honoured. */
    private static int frameBody(byte[] b, MessageHead head, int bodyStart, int regionEnd, int streamEnd,
            boolean endsAtGap, List<String> framing) {
        if (head.contentLengthProblem != null || head.contentLength < 0) {
            framing.add(head.contentLengthProblem != null ? head.contentLengthProblem
                    : "no Content-Length on a stream transport (RFC 3261 §18.3)");
            int next = StartLines.nextStartLine(b, bodyStart - 1, regionEnd);
            return next < 0 ? regionEnd : next;
        }
        long available = regionEnd - bodyStart;
        if (head.contentLength <= available) {
            return bodyStart + (int) head.contentLength;
        }
        int next = StartLines.nextStartLine(b, bodyStart - 1, regionEnd);
        if (next >= 0) {
            framing.add("Content-Length " + head.contentLength + " exceeds the " + (next - bodyStart)
                    + " bytes before the next message");
            return next;
        }
        if (endsAtGap) {
            framing.add("truncated: data missing (gap) after " + available + " of " + head.contentLength
                    + " body bytes");
        } else {
            framing.add("truncated: the stream ends after " + available + " of " + head.contentLength
                    + " body bytes (Content-Length beyond the stream)");
        }
        return regionEnd;
    }

    /** False when the header section was cut (data ran out, or it was too long): later headers are unknown. */
    private static boolean headComplete(StartLines.Extent ext) {
        return ext.kind() == StartLines.Kind.COMPLETE || ext.kind() == StartLines.Kind.CUT_BY_START_LINE;
    }

    private static int lastLineStart(byte[] b, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return from;
    }

    private static int firstLineEnd(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return to;
    }

    private static boolean isPartialStartLine(byte[] b, int pos, int limit) {
        return StartLines.lineContentEnd(b, pos, limit, StartLines.MAX_START_LINE) == limit
                && StartLines.looksLikeSip(b, pos, limit);
    }

    private static long[] longs(List<Long> frames) {
        long[] out = new long[frames.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = frames.get(i);
        }
        return out;
    }

    private static int skipCrlf(byte[] b, int pos, int limit) {
        while (pos < limit && (b[pos] == '\r' || b[pos] == '\n')) {
            pos++;
        }
        return pos;
    }

    /** STUN (RFC 5389) keep-alives share the SIP port under RFC 5626: magic cookie at offset 4. */
    private static boolean isStun(byte[] b) {
        return b.length >= 20 && (b[0] & 0xc0) == 0 && (b[4] & 0xff) == 0x21 && (b[5] & 0xff) == 0x12
                && (b[6] & 0xff) == 0xa4 && (b[7] & 0xff) == 0x42;
    }
}
