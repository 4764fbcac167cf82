package org.siptrust.sip;

import org.siptrust.sip.internal.HeaderNames;

/** Byte-level recognition of SIP start lines and header sections, used to frame and resynchronise. */
final class StartLines {

    /** Longest start line we look at; request lines longer than this are treated as garbage. */
    static final int MAX_START_LINE = 8192;
    /** Longest header section accepted before the message is declared malformed. */
    static final int MAX_HEAD = 256 * 1024;

    private StartLines() {
    }

    /**
     * True if a complete line starting at {@code pos} (ending at LF, or at {@code limit}) is a
     * request line ({@code METHOD SP uri SP SIP/x.y}) or a status line ({@code SIP/x.y SP ddd}).
     */
    static boolean isStartLine(byte[] b, int pos, int limit) {
        if (!plausibleStart(b, pos, limit)) {
            return false;
        }
        int end = lineContentEnd(b, pos, limit, MAX_START_LINE);
        return end >= 0 && isStartLineContent(b, pos, end);
    }

    /** Cheap prefix test that rejects header lines and text before the line end is searched. */
    private static boolean plausibleStart(byte[] b, int pos, int limit) {
        if (startsWithSipVersion(b, pos, limit)) {
            return true;
        }
        int i = pos;
        int stop = Math.min(limit, pos + 33);
        while (i < stop && HeaderNames.isTokenChar((char) (b[i] & 0xff))) {
            i++;
        }
        return i > pos && i < stop && b[i] == ' ';
    }

    /** True if {@code [pos, end)} (a line without its CR LF) is a request line or a status line. */
    static boolean isStartLineContent(byte[] b, int pos, int end) {
        if (startsWithSipVersion(b, pos, end)) {
            int i = pos + 4;
            i = digits(b, i, end);
            if (i < 0 || i >= end || b[i] != '.') {
                return false;
            }
            i = digits(b, i + 1, end);
            if (i < 0 || i + 4 > end || b[i] != ' ') {
                return false;
            }
            for (int k = 1; k <= 3; k++) {
                if (b[i + k] < '0' || b[i + k] > '9') {
                    return false;
                }
            }
            return i + 4 == end || b[i + 4] == ' ';
        }
        int i = pos;
        while (i < end && HeaderNames.isTokenChar((char) (b[i] & 0xff))) {
            i++;
        }
        if (i == pos || i - pos > 32 || i >= end || b[i] != ' ') {
            return false;
        }
        int uriStart = i + 1;
        int j = uriStart;
        boolean colon = false;
        while (j < end && b[j] != ' ') {
            if (b[j] == ':') {
                colon = true;
            }
            if (b[j] < 0x21 && b[j] >= 0) {
                return false;
            }
            j++;
        }
        if (j == uriStart || !colon || j >= end) {
            return false;
        }
        int v = j + 1;
        if (!startsWithSipVersion(b, v, end)) {
            return false;
        }
        int k = digits(b, v + 4, end);
        if (k < 0 || k >= end || b[k] != '.') {
            return false;
        }
        k = digits(b, k + 1, end);
        return k == end;
    }

    /**
     * Looser test for datagrams: the first line mentions SIP/ at its start or as its last word,
     * so it is meant to be SIP even if broken (then it becomes a malformed message, not silence).
     */
    static boolean looksLikeSip(byte[] b, int pos, int limit) {
        int end = lineContentEnd(b, pos, limit, MAX_START_LINE);
        if (end < 0) {
            end = Math.min(limit, pos + MAX_START_LINE);
        }
        if (startsWithSipVersion(b, pos, end)) {
            return true;
        }
        int sp = -1;
        for (int i = end - 1; i > pos; i--) {
            if (b[i] == ' ') {
                sp = i;
                break;
            }
        }
        if (sp < 0 || !startsWithSipVersion(b, sp + 1, end)) {
            return false;
        }
        for (int i = pos; i < sp; i++) {
            if (b[i] < 0x20 && b[i] != '\t') {
                return false;
            }
        }
        return HeaderNames.isTokenChar((char) (b[pos] & 0xff));
    }

    /** Methods recognised where a message starts right after a body that has no final CRLF. */
    private static final String[] METHODS = {"INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER", "PRACK",
        "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE"};

    /**
     * Offset of the first start line in {@code (from, limit)}, or -1: at the beginning of a line,
     * or in the middle of one when it begins with {@code SIP/2.0} or a well-known method, because a
     * body does not have to end with CRLF and the next message then starts mid-line.
     */
    static int nextStartLine(byte[] b, int from, int limit) {
        int lf = -2; // index of the next LF at or after i, -1 if none before limit; -2 = not searched yet
        for (int i = Math.max(from + 1, 1); i < limit; i++) {
            boolean candidate = b[i - 1] == '\n' || (b[i] == 'S' && startsWithAscii(b, i, limit, "SIP/2.0 "))
                    || startsWithMethod(b, i, limit);
            if (!candidate || !plausibleStart(b, i, limit)) {
                continue;
            }
            if (lf != -1 && lf < i) {
                lf = i;
                while (lf < limit && b[lf] != '\n') {
                    lf++;
                }
                if (lf >= limit) {
                    lf = -1;
                }
            }
            int end = lf < 0 ? limit : lf;
            if (end > i && b[end - 1] == '\r') {
                end--;
            }
            if (end - i <= MAX_START_LINE && isStartLineContent(b, i, end)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithMethod(byte[] b, int i, int limit) {
        if (b[i] < 'A' || b[i] > 'U') {
            return false;
        }
        for (String m : METHODS) {
            if (b[i] == m.charAt(0) && startsWithAscii(b, i, limit, m) && i + m.length() < limit
                    && b[i + m.length()] == ' ') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAscii(byte[] b, int i, int limit, String s) {
        if (i + s.length() > limit) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithSipVersion(byte[] b, int pos, int end) {
        return pos + 4 <= end && (b[pos] | 0x20) == 's' && (b[pos + 1] | 0x20) == 'i' && (b[pos + 2] | 0x20) == 'p'
                && b[pos + 3] == '/';
    }

    private static int digits(byte[] b, int i, int end) {
        int start = i;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i == start ? -1 : i;
    }

    /** End of the line's content (before CR LF or LF), or -1 if no LF within {@code max} bytes; {@code limit} counts as a line end. */
    static int lineContentEnd(byte[] b, int pos, int limit, int max) {
        int stop = Math.min(limit, pos + max);
        for (int i = pos; i < stop; i++) {
            if (b[i] == '\n') {
                return i > pos && b[i - 1] == '\r' ? i - 1 : i;
            }
        }
        if (stop == limit) {
            return limit > pos && b[limit - 1] == '\r' ? limit - 1 : limit;
        }
        return -1;
    }

    /** How a header section ended. */
    enum Kind {
        /** An empty line ended it. */
        COMPLETE,
        /** A line that is itself a start line appeared before any empty line. */
        CUT_BY_START_LINE,
        /** The data ran out first. */
        INCOMPLETE,
        /** More than {@link #MAX_HEAD} bytes without an empty line. */
        TOO_LONG
    }

    /**
     * Where the header section starting at {@code from} ends.
     *
     * @param headEnd   end of the header lines (start of the empty line, or of the cutting line)
     * @param bodyStart first byte after the empty line (equals headEnd when there is none)
     */
    record Extent(Kind kind, int headEnd, int bodyStart) {
    }

    static Extent scanHead(byte[] b, int from, int limit) {
        int ls = from;
        boolean first = true;
        while (ls < limit) {
            if (ls - from > MAX_HEAD) {
                return new Extent(Kind.TOO_LONG, ls, ls);
            }
            if (!first) {
                if (b[ls] == '\n') {
                    return new Extent(Kind.COMPLETE, ls, ls + 1);
                }
                if (b[ls] == '\r' && ls + 1 < limit && b[ls + 1] == '\n') {
                    return new Extent(Kind.COMPLETE, ls, ls + 2);
                }
                if (b[ls] != ' ' && b[ls] != '\t' && isStartLine(b, ls, limit) && lineHasNoColonName(b, ls, limit)) {
                    return new Extent(Kind.CUT_BY_START_LINE, ls, ls);
                }
            }
            first = false;
            int i = ls;
            while (i < limit && b[i] != '\n') {
                i++;
            }
            if (i >= limit) {
                return new Extent(Kind.INCOMPLETE, limit, limit);
            }
            ls = i + 1;
        }
        return new Extent(Kind.INCOMPLETE, limit, limit);
    }

    /** A start line has a space before any colon; a header line has a token then a colon. */
    private static boolean lineHasNoColonName(byte[] b, int pos, int limit) {
        for (int i = pos; i < limit && b[i] != '\n'; i++) {
            if (b[i] == ' ') {
                return true;
            }
            if (b[i] == ':') {
                return false;
            }
        }
        return true;
    }
}
