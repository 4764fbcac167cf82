package org.siptrust.ui.flow.internal.messages;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.BiFunction;

import org.siptrust.sip.SipMessage;

/** The columns of the Messages table: title, width, cell text and sort order. */
public enum MessageColumn {
    NUMBER("No.", 60, (m, r) -> Long.toString(m.frame()), Comparator.comparingLong(SipMessage::frame)),
    TIME("Time", 90, (m, r) -> r.time(m), Comparator.comparingLong(SipMessage::timeNanos)),
    SOURCE("Source", 150, (m, r) -> m.context() == null ? "" : String.valueOf(m.context().source()), null),
    DESTINATION("Destination", 150, (m, r) -> m.context() == null ? "" : String.valueOf(m.context().destination()), null),
    TRANSPORT("Transport", 80, (m, r) -> m.context() == null ? "" : m.context().transport().toUpperCase(Locale.ROOT), null),
    METHOD("Method/Status", 110, (m, r) -> m.isRequest() ? m.method() : m.isResponse() ? Integer.toString(m.statusCode()) : "?", null),
    TARGET("Request-URI or reason", 260, (m, r) -> m.isRequest() ? m.requestUri() : m.isResponse() ? nz(m.reasonPhrase()) : m.summary(), null),
    CALL_ID("Call-ID", 230, (m, r) -> nz(m.callId()), null),
    CSEQ("CSeq", 95, (m, r) -> nz(m.cseq()), null),
    NOTES("Notes", 260, (m, r) -> r.notes(m), null);

    private final String title;
    private final int width;
    private final BiFunction<SipMessage, MessageRows, String> text;
    private final Comparator<SipMessage> order;

    MessageColumn(String title, int width, BiFunction<SipMessage, MessageRows, String> text, Comparator<SipMessage> order) {
        this.title = title;
        this.width = width;
        this.text = text;
        this.order = order;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String title() {
        return title;
    }

    public int width() {
        return width;
    }

    public String text(SipMessage m, MessageRows rows) {
        String t = text.apply(m, rows);
        return t == null ? "" : t;
    }

    /** The order of the column: its own, or its text compared case-insensitively. */
    public Comparator<SipMessage> order(MessageRows rows) {
        if (order != null) {
            return order;
        }
        return Comparator.comparing(m -> text(m, rows), String.CASE_INSENSITIVE_ORDER);
    }
}
