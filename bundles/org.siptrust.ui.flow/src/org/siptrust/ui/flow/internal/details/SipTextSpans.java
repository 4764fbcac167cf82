package org.siptrust.ui.flow.internal.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the parts of a SIP message's raw text are: the start line, each header field (name and
 * value, continuation lines included) and the body. Pure text work, so the highlighting can be
 * tested without a display.
 */
public final class SipTextSpans {

    /** What a span of text is. */
    public enum Kind {
        START_LINE, HEADER_NAME, HEADER_VALUE, ROUTING_NAME, ROUTING_VALUE, BODY
    }

    /** A span of the text: {@code [start, start + length)}. */
    public record Span(int start, int length, Kind kind) {
        public int end() {
            return start + length;
        }
    }

    /** One header field: the whole field, and where its name ends (the colon). */
    public record Field(String name, int start, int end, int colon) {
    }

    /** Headers that say which way a message goes and is routed: emphasised. */
    private static final Set<String> ROUTING = Set.of("via", "v", "route", "record-route");

    private final String text;
    private final int startLineEnd;
    private final List<Field> fields;
    private final int bodyStart;

    private SipTextSpans(String text, int startLineEnd, List<Field> fields, int bodyStart) {
        this.text = text;
        this.startLineEnd = startLineEnd;
        this.fields = List.copyOf(fields);
        this.bodyStart = bodyStart;
    }

    public static SipTextSpans of(String text) {
        int n = text.length();
        int first = lineEnd(text, 0);
        List<Field> fields = new ArrayList<>();
        int pos = next(text, first);
        int bodyStart = -1;
        while (pos < n) {
            int end = lineEnd(text, pos);
            if (end == pos) {
                bodyStart = next(text, end);
                break;
            }
            char c = text.charAt(pos);
            if ((c == ' ' || c == '\t') && !fields.isEmpty()) {
                Field last = fields.remove(fields.size() - 1);
                fields.add(new Field(last.name(), last.start(), end, last.colon()));
            } else {
                int colon = text.indexOf(':', pos);
                if (colon < 0 || colon > end) {
                    colon = -1;
                }
                String name = colon < 0 ? "" : text.substring(pos, colon).trim();
                fields.add(new Field(name, pos, end, colon));
            }
            pos = next(text, end);
        }
        return new SipTextSpans(text, first, fields, bodyStart < 0 || bodyStart >= n ? -1 : bodyStart);
    }

    /** End of the line starting at {@code from} (the index of its CR or LF, or the text's end). */
    private static int lineEnd(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) != '\r' && t.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** Start of the line after the line end at {@code end}. */
    private static int next(String t, int end) {
        if (end < t.length() && t.charAt(end) == '\r') {
            end++;
        }
        if (end < t.length() && t.charAt(end) == '\n') {
            end++;
        }
        return end;
    }

    public String text() {
        return text;
    }

    public List<Field> fields() {
        return fields;
    }

    /** Offset of the body, or -1 without one. */
    public int bodyStart() {
        return bodyStart;
    }

    public int startLineEnd() {
        return startLineEnd;
    }

    /** The spans to highlight, ascending and not overlapping. */
    public List<Span> spans() {
        List<Span> out = new ArrayList<>();
        if (startLineEnd > 0) {
            out.add(new Span(0, startLineEnd, Kind.START_LINE));
        }
        for (Field f : fields) {
            if (f.colon() < 0) {
                continue;
            }
            boolean routing = ROUTING.contains(f.name().toLowerCase(Locale.ROOT));
            out.add(new Span(f.start(), f.colon() - f.start(), routing ? Kind.ROUTING_NAME : Kind.HEADER_NAME));
            if (f.end() > f.colon()) {
                out.add(new Span(f.colon(), f.end() - f.colon(), routing ? Kind.ROUTING_VALUE : Kind.HEADER_VALUE));
            }
        }
        if (bodyStart > 0) {
            out.add(new Span(bodyStart, text.length() - bodyStart, Kind.BODY));
        }
        return out;
    }

    /**
     * The field of the {@code occurrence}-th header (0-based) named {@code name} in any spelling
     * ({@code sameName} decides), or null.
     */
    public Field field(java.util.function.Predicate<String> sameName, int occurrence) {
        int seen = 0;
        for (Field f : fields) {
            if (f.colon() >= 0 && sameName.test(f.name())) {
                if (seen++ == occurrence) {
                    return f;
                }
            }
        }
        return null;
    }
}
