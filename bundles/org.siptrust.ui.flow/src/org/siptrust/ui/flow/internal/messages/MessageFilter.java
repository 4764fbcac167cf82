package org.siptrust.ui.flow.internal.messages;

import java.util.Locale;

import org.siptrust.sip.SipMessage;

/**
 * Which messages the table shows: those of one call (Call-ID), of one method (requests of that
 * method and the responses to them, by CSeq), and those whose raw text contains a piece of text
 * (case-insensitive). Null or empty parts do not filter.
 */
public record MessageFilter(String callId, String method, String text) {
    public static final MessageFilter NONE = new MessageFilter(null, null, null);

    public MessageFilter {
        callId = blankToNull(callId);
        method = blankToNull(method);
        text = blankToNull(text);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public boolean isEmpty() {
        return callId == null && method == null && text == null;
    }

    /** A matcher for this filter (lower-cases the text once). */
    public java.util.function.Predicate<SipMessage> matcher() {
        String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
        return m -> (callId == null || callId.equals(m.callId()))
                && (method == null || m.isFor(method))
                && (needle == null || m.rawText().toLowerCase(Locale.ROOT).contains(needle));
    }

    public MessageFilter withCallId(String id) {
        return new MessageFilter(id, method, text);
    }

    public MessageFilter withMethod(String m) {
        return new MessageFilter(callId, m, text);
    }

    public MessageFilter withText(String t) {
        return new MessageFilter(callId, method, t);
    }
}
