package org.siptrust.sip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.siptrust.sip.internal.HeaderNames;
import org.siptrust.sip.internal.MimeParts;
import org.siptrust.sip.internal.Text;

/**
 * One SIP request or response as seen on the wire, with the capture frames that carried it.
 * Immutable. Header values are returned as written (folding collapsed); the typed accessors
 * ({@link #fromParsed()}, {@link #viaParsed()}, ...) parse on top of them and return null or skip
 * values that do not parse.
 *
 * <p>A capture holds hundreds of thousands of messages, so a message keeps only its bytes and an
 * index of where each header field is in them ({@link MessageHead}). Strings and typed values are
 * made when asked for, on each call: callers that use one repeatedly keep it themselves. A message that breaks the framing or misses a mandatory header is
 * still returned, with {@link #malformed()} set and the reasons in {@link #malformedReason()}.
 */
public final class SipMessage {

    private final long frame;
    /** Every frame of the message when there are several, else null (most messages fit in one). */
    private final long[] frames;
    private final long timeNanos;
    private final WireContext context;
    private final int indexInFrame;
    private final long streamOffset;
    /** The message as received: the single source of every header string, decoded when asked for. */
    private final byte[] raw;
    private final int bodyOffset;
    private final int bodyLength;
    private final MessageHead head;
    private final List<String> problems;
    private final long cseqNumber;
    private final String cseqMethod;
    /** Max-Forwards, or -1 if absent or bad. */
    private final int maxForwards;
    private final List<String> framingProblems;
    private final boolean headComplete;

    SipMessage(MessageHead head, byte[] raw, int bodyOffset, int bodyLength, long frame, long[] frames,
            long timeNanos, WireContext context, int indexInFrame, long streamOffset, List<String> framingProblems,
            boolean headComplete) {
        this.head = head;
        this.raw = raw;
        this.bodyOffset = bodyOffset;
        this.bodyLength = bodyLength;
        this.frame = frame;
        this.frames = frames.length == 1 && frames[0] == frame ? null : frames.clone();
        this.timeNanos = timeNanos;
        this.context = context;
        this.indexInFrame = indexInFrame;
        this.streamOffset = streamOffset;
        this.framingProblems = framingProblems.isEmpty() ? List.of() : List.copyOf(framingProblems);
        this.headComplete = headComplete;

        List<String> p = new ArrayList<>(head.problems);
        p.addAll(framingProblems);

        String cseq = header("CSeq");
        long number = -1;
        String cm = null;
        if (cseq != null) {
            String[] f = splitWs(cseq);
            if (f.length == 2 && !f[0].isEmpty() && f[0].length() <= 10 && f[0].chars().allMatch(Character::isDigit)
                    && HeaderNames.isToken(f[1])) {
                number = Long.parseLong(f[0]);
                cm = MessageHead.canonicalMethod(f[1]);
                if (number >= (1L << 31)) {
                    p.add("CSeq number " + number + " is not below 2**31");
                }
            } else {
                p.add("bad CSeq '" + Text.excerpt(cseq, 40) + "'");
            }
        }
        this.cseqNumber = number;
        this.cseqMethod = cm;
        if (head.request && cm != null && !cm.equals(head.method)) {
            p.add("CSeq method " + cm + " does not match request method " + head.method);
        }

        int mf = -1;
        String mfText = header("Max-Forwards");
        if (mfText != null) {
            String t = mfText.trim();
            if (!t.isEmpty() && t.length() <= 3 && t.chars().allMatch(Character::isDigit) && Integer.parseInt(t) <= 255) {
                mf = Integer.parseInt(t);
            } else {
                p.add("bad Max-Forwards '" + Text.excerpt(t, 20) + "'");
            }
        }
        this.maxForwards = mf;

        List<String> missing = new ArrayList<>();
        for (String h : new String[] {"Via", "From", "To", "Call-ID", "CSeq"}) {
            if (!head.has(raw, h)) {
                missing.add(h);
            }
        }
        if (head.request && !head.has(raw, "Max-Forwards")) {
            missing.add("Max-Forwards");
        }
        // headers after a cut are unknown, not missing
        if (headComplete && !missing.isEmpty() && (head.request || head.statusCode > 0)) {
            p.add("missing mandatory header" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }

        // the typed parts are parsed here only to find problems; their accessors parse again when asked
        if (head.request) {
            try {
                SipUri.parse(head.requestUri);
            } catch (SipParseException e) {
                p.add("bad Request-URI: " + e.reason());
            }
        }
        parseAddr("From", header("From"), p);
        parseAddr("To", header("To"), p);
        for (String v : headerValues("Via")) {
            try {
                Via.parse(v);
            } catch (SipParseException e) {
                p.add("bad Via '" + Text.excerpt(v, 40) + "': " + e.reason());
            }
        }
        this.problems = p.isEmpty() ? List.of() : List.copyOf(p);
    }

    /** The same message with another index in its frame: shares everything parsed. */
    private SipMessage(SipMessage m, int indexInFrame) {
        this.head = m.head;
        this.raw = m.raw;
        this.bodyOffset = m.bodyOffset;
        this.bodyLength = m.bodyLength;
        this.frame = m.frame;
        this.frames = m.frames;
        this.timeNanos = m.timeNanos;
        this.context = m.context;
        this.indexInFrame = indexInFrame;
        this.streamOffset = m.streamOffset;
        this.framingProblems = m.framingProblems;
        this.headComplete = m.headComplete;
        this.problems = m.problems;
        this.cseqNumber = m.cseqNumber;
        this.cseqMethod = m.cseqMethod;
        this.maxForwards = m.maxForwards;
    }

    private static NameAddr parseAddr(String name, String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return NameAddr.parse(value);
        } catch (SipParseException e) {
            if (problems != null) {
                problems.add("bad " + name + ": " + e.reason());
            }
            return null;
        }
    }

    /** Splits at runs of spaces and tabs (CSeq: {@code 1 INVITE}). */
    private static String[] splitWs(String s) {
        List<String> out = new ArrayList<>(2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            int st = i;
            while (i < n && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                i++;
            }
            if (i > st) {
                out.add(s.substring(st, i));
            }
        }
        return out.toArray(new String[0]);
    }

    /** Frame of the message's last byte (what tshark reports). */
    public long frame() {
        return frame;
    }

    /** Every frame that delivered a byte of this message, ascending. */
    public List<Long> frames() {
        if (frames == null) {
            return List.of(frame);
        }
        Long[] boxed = new Long[frames.length];
        for (int i = 0; i < frames.length; i++) {
            boxed[i] = frames[i];
        }
        return List.of(boxed);
    }

    /** Capture time of {@link #frame()}, nanoseconds since the epoch. */
    public long timeNanos() {
        return timeNanos;
    }

    public WireContext context() {
        return context;
    }

    /** 0 for the first message ending in its frame, 1 for the next, ... */
    public int indexInFrame() {
        return indexInFrame;
    }

    /** Offset of the first byte of the message in its stream or datagram (for WebSocket: in its WebSocket message). */
    public long streamOffset() {
        return streamOffset;
    }

    /** Number of bytes of the message on the wire (start line to end of body). */
    public int length() {
        return raw.length;
    }

    public boolean isRequest() {
        return head.request;
    }

    public boolean isResponse() {
        return !head.request && head.statusCode > 0;
    }

    /** Request method, null for responses. */
    public String method() {
        return head.method;
    }

    /** Status code, 0 for requests (and for a start line that could not be parsed). */
    public int statusCode() {
        return head.statusCode;
    }

    public String reasonPhrase() {
        return head.reasonPhrase;
    }

    /** The start line as written. */
    public String startLine() {
        return MessageHead.decode(raw, 0, head.startLineEnd, head.utf8);
    }

    /** Request-URI as written, null for responses. */
    public String requestUri() {
        return head.requestUri;
    }

    /** The Request-URI parsed (on each call), or null for responses and for one that does not parse. */
    public SipUri requestUriParsed() {
        return head.request ? SipUri.parseOrNull(head.requestUri) : null;
    }

    /** Every header field in wire order. */
    public List<Header> headers() {
        Header[] out = new Header[head.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = new Header(head.name(raw, k), head.value(raw, k));
        }
        return List.of(out);
    }

    /**
     * The values of a header by SIP rules: case-insensitive name, compact forms mapped, one
     * element per comma-separated value for list headers (quotes and {@code <>} respected), whole
     * values for headers that are not lists (Authorization, Date, Identity, From, ...).
     */
    public List<String> headerValues(String name) {
        return head.values(raw, name);
    }

    /** First value of the header, unsplit, or null. */
    public String header(String name) {
        return head.first(raw, name);
    }

    public String callId() {
        return header("Call-ID");
    }

    /** CSeq as written, e.g. {@code 1 REGISTER}. */
    public String cseq() {
        return header("CSeq");
    }

    /** CSeq sequence number, -1 if absent or bad. */
    public long cseqNumber() {
        return cseqNumber;
    }

    public String cseqMethod() {
        return cseqMethod;
    }

    public String from() {
        return header("From");
    }

    public String to() {
        return header("To");
    }

    /** From parsed (on each call), or null if absent or bad. */
    public NameAddr fromParsed() {
        return parseAddr("From", from(), null);
    }

    /** To parsed (on each call), or null if absent or bad. */
    public NameAddr toParsed() {
        return parseAddr("To", to(), null);
    }

    public String fromTag() {
        NameAddr a = fromParsed();
        return a == null ? null : a.tag();
    }

    public String toTag() {
        NameAddr a = toParsed();
        return a == null ? null : a.tag();
    }

    /** One element per Via value, top first. */
    public List<String> via() {
        return headerValues("Via");
    }

    /** The Via values that parse, top first (a bad one is reported in {@link #malformedReason()} and left out). */
    public List<Via> viaParsed() {
        List<Via> out = new ArrayList<>(2);
        for (String v : via()) {
            Via parsed = Via.parseOrNull(v);
            if (parsed != null) {
                out.add(parsed);
            }
        }
        return List.copyOf(out);
    }

    /** The top Via (the first that parses), or null. */
    public Via topVia() {
        for (String v : via()) {
            Via parsed = Via.parseOrNull(v);
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    public List<String> route() {
        return headerValues("Route");
    }

    public List<String> recordRoute() {
        return headerValues("Record-Route");
    }

    public List<String> contact() {
        return headerValues("Contact");
    }

    public List<NameAddr> routeParsed() {
        return parsedAddrs("Route");
    }

    public List<NameAddr> recordRouteParsed() {
        return parsedAddrs("Record-Route");
    }

    public List<NameAddr> contactParsed() {
        return parsedAddrs("Contact");
    }

    /** The values of any name-addr list header that parse (Path, Service-Route, P-Asserted-Identity, ...). */
    public List<NameAddr> parsedAddrs(String headerName) {
        List<NameAddr> out = new ArrayList<>();
        for (String v : headerValues(headerName)) {
            NameAddr a = NameAddr.parseOrNull(v);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** Max-Forwards, or null if absent or bad. */
    public Integer maxForwards() {
        return maxForwards < 0 ? null : maxForwards;
    }

    /** Content-Type as written, or null. */
    public String contentType() {
        return header("Content-Type");
    }

    /** Content-Length as declared, or -1 if absent or unusable. */
    public long contentLength() {
        return head.contentLength;
    }

    /** The body bytes (a copy); empty if none. */
    public byte[] body() {
        return Arrays.copyOfRange(raw, bodyOffset, bodyOffset + bodyLength);
    }

    public int bodyLength() {
        return bodyLength;
    }

    /** Summary of the SDP body (also inside multipart), or null if there is none. */
    public SdpSummary sdp() {
        for (MimeParts.Part part : MimeParts.leaves(contentType(), body())) {
            if ("application/sdp".equals(part.mediaType())) {
                return SdpSummary.parse(part.content());
            }
        }
        return null;
    }

    /**
     * DER certificates carried as {@code application/pkix-cert} bodies, also inside
     * multipart/mixed, related or alternative (RFC 6072 certificate distribution).
     */
    public List<byte[]> pkixCertificates() {
        List<byte[]> out = new ArrayList<>();
        for (MimeParts.Part part : MimeParts.leaves(contentType(), body())) {
            if ("application/pkix-cert".equals(part.mediaType()) && part.content().length > 0) {
                out.add(part.content().clone());
            }
        }
        return out;
    }

    /** The Identity header (RFC 8224, compact {@code y}), whole, or null. */
    public String identity() {
        return header("Identity");
    }

    /** The Identity-Info header (RFC 4474, historic), or null. */
    public String identityInfo() {
        return header("Identity-Info");
    }

    public boolean malformed() {
        return !problems.isEmpty();
    }

    /** Why the message is malformed (reasons joined by "; "), or null. */
    public String malformedReason() {
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    /** Every problem found, in the order found. */
    public List<String> problems() {
        return problems;
    }

    /** The whole message as text (UTF-8 if it is valid UTF-8, else ISO-8859-1; never fails). */
    public String rawText() {
        return Text.decode(raw);
    }

    /** The message bytes (a copy). */
    public byte[] rawBytes() {
        return raw.clone();
    }

    /** One line: {@code INVITE sip:bob@biloxi.example.com} or {@code 200 OK}. */
    public String summary() {
        if (head.request) {
            return head.method + " " + head.requestUri;
        }
        if (head.statusCode > 0) {
            return head.reasonPhrase == null || head.reasonPhrase.isEmpty() ? String.valueOf(head.statusCode)
                    : head.statusCode + " " + head.reasonPhrase;
        }
        return "malformed: " + Text.excerpt(startLine(), 60);
    }

    /** True if the CSeq method (for responses) or the method (for requests) is {@code m}, case-sensitively as SIP requires. */
    public boolean isFor(String m) {
        return m.equals(head.request ? head.method : cseqMethod);
    }

    /** The same message with another index in its frame (several WebSocket messages ending in one frame). */
    SipMessage withIndexInFrame(int index) {
        return new SipMessage(this, index);
    }

    @Override
    public String toString() {
        return "#" + frame + (indexInFrame > 0 ? "." + indexInFrame : "") + " " + summary()
                + (malformed() ? " [malformed]" : "");
    }
}
