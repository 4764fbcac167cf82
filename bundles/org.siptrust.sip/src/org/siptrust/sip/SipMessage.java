package org.siptrust.sip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.siptrust.sip.internal.HeaderNames;
import org.siptrust.sip.internal.MimeParts;
import org.siptrust.sip.internal.Text;

/**
 * One SIP request or response as seen on the wire, with the capture frames that carried it.
 * Immutable. Header values are kept as written (folding collapsed); the typed accessors
 * ({@link #fromParsed()}, {@link #viaParsed()}, ...) parse on top of them and return null or skip
 * values that do not parse. A message that breaks the framing or misses a mandatory header is
 * still returned, with {@link #malformed()} set and the reasons in {@link #malformedReason()}.
 */
public final class SipMessage {

    private final long frame;
    private final List<Long> frames;
    private final long timeNanos;
    private final WireContext context;
    private final int indexInFrame;
    private final long streamOffset;
    private final byte[] raw;
    private final int bodyOffset;
    private final int bodyLength;
    private final MessageHead head;
    private final List<String> problems;
    private final String callId;
    private final String cseq;
    private final long cseqNumber;
    private final String cseqMethod;
    private final Integer maxForwards;
    private final SipUri requestUriParsed;
    private final NameAddr fromParsed;
    private final NameAddr toParsed;
    private final List<Via> viaParsed;
    private final List<String> framingProblems;
    private final boolean headComplete;

    SipMessage(MessageHead head, byte[] raw, int bodyOffset, int bodyLength, long frame, List<Long> frames,
            long timeNanos, WireContext context, int indexInFrame, long streamOffset, List<String> framingProblems,
            boolean headComplete) {
        this.head = head;
        this.raw = raw;
        this.bodyOffset = bodyOffset;
        this.bodyLength = bodyLength;
        this.frame = frame;
        this.frames = List.copyOf(frames);
        this.timeNanos = timeNanos;
        this.context = context;
        this.indexInFrame = indexInFrame;
        this.streamOffset = streamOffset;
        this.framingProblems = List.copyOf(framingProblems);
        this.headComplete = headComplete;

        List<String> p = new ArrayList<>(head.problems);
        p.addAll(framingProblems);

        this.callId = head.first("Call-ID");
        this.cseq = head.first("CSeq");
        long number = -1;
        String cm = null;
        if (cseq != null) {
            String[] f = splitWs(cseq);
            if (f.length == 2 && !f[0].isEmpty() && f[0].length() <= 10 && f[0].chars().allMatch(Character::isDigit)
                    && HeaderNames.isToken(f[1])) {
                number = Long.parseLong(f[0]);
                cm = f[1];
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

        Integer mf = null;
        String mfText = head.first("Max-Forwards");
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
            if (!head.has(h)) {
                missing.add(h);
            }
        }
        if (head.request && !head.has("Max-Forwards")) {
            missing.add("Max-Forwards");
        }
        // headers after a cut are unknown, not missing
        if (headComplete && !missing.isEmpty() && (head.request || head.statusCode > 0)) {
            p.add("missing mandatory header" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }

        SipUri ru = null;
        if (head.request) {
            try {
                ru = SipUri.parse(head.requestUri);
            } catch (SipParseException e) {
                p.add("bad Request-URI: " + e.reason());
            }
        }
        this.requestUriParsed = ru;
        this.fromParsed = parseAddr("From", head.first("From"), p);
        this.toParsed = parseAddr("To", head.first("To"), p);

        List<Via> vias = new ArrayList<>();
        for (String v : head.values("Via")) {
            try {
                vias.add(Via.parse(v));
            } catch (SipParseException e) {
                p.add("bad Via '" + Text.excerpt(v, 40) + "': " + e.reason());
            }
        }
        this.viaParsed = List.copyOf(vias);
        this.problems = List.copyOf(p);
    }

    private static NameAddr parseAddr(String name, String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return NameAddr.parse(value);
        } catch (SipParseException e) {
            problems.add("bad " + name + ": " + e.reason());
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
        return frames;
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
        return head.startLine;
    }

    /** Request-URI as written, null for responses. */
    public String requestUri() {
        return head.requestUri;
    }

    public SipUri requestUriParsed() {
        return requestUriParsed;
    }

    /** Every header field in wire order. */
    public List<Header> headers() {
        return head.headers;
    }

    /**
     * The values of a header by SIP rules: case-insensitive name, compact forms mapped, one
     * element per comma-separated value for list headers (quotes and {@code <>} respected), whole
     * values for headers that are not lists (Authorization, Date, Identity, From, ...).
     */
    public List<String> headerValues(String name) {
        return head.values(name);
    }

    /** First value of the header, unsplit, or null. */
    public String header(String name) {
        return head.first(name);
    }

    public String callId() {
        return callId;
    }

    /** CSeq as written, e.g. {@code 1 REGISTER}. */
    public String cseq() {
        return cseq;
    }

    /** CSeq sequence number, -1 if absent or bad. */
    public long cseqNumber() {
        return cseqNumber;
    }

    public String cseqMethod() {
        return cseqMethod;
    }

    public String from() {
        return head.first("From");
    }

    public String to() {
        return head.first("To");
    }

    public NameAddr fromParsed() {
        return fromParsed;
    }

    public NameAddr toParsed() {
        return toParsed;
    }

    public String fromTag() {
        return fromParsed == null ? null : fromParsed.tag();
    }

    public String toTag() {
        return toParsed == null ? null : toParsed.tag();
    }

    /** One element per Via value, top first. */
    public List<String> via() {
        return headerValues("Via");
    }

    /** The Via values that parse, top first (a bad one is reported in {@link #malformedReason()} and left out). */
    public List<Via> viaParsed() {
        return viaParsed;
    }

    /** The top Via, or null. */
    public Via topVia() {
        return viaParsed.isEmpty() ? null : viaParsed.get(0);
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
        return maxForwards;
    }

    /** Content-Type as written, or null. */
    public String contentType() {
        return head.first("Content-Type");
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
        return head.first("Identity");
    }

    /** The Identity-Info header (RFC 4474, historic), or null. */
    public String identityInfo() {
        return head.first("Identity-Info");
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
        return "malformed: " + Text.excerpt(head.startLine, 60);
    }

    /** True if the CSeq method (for responses) or the method (for requests) is {@code m}, case-sensitively as SIP requires. */
    public boolean isFor(String m) {
        return m.equals(head.request ? head.method : cseqMethod);
    }

    /** The same message with another index in its frame (several WebSocket messages ending in one frame). */
    SipMessage withIndexInFrame(int index) {
        return new SipMessage(head, raw, bodyOffset, bodyLength, frame, frames, timeNanos, context, index, streamOffset,
                framingProblems, headComplete);
    }

    @Override
    public String toString() {
        return "#" + frame + (indexInFrame > 0 ? "." + indexInFrame : "") + " " + summary()
                + (malformed() ? " [malformed]" : "");
    }
}
