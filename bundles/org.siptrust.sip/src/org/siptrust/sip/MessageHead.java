package org.siptrust.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.siptrust.sip.internal.HeaderNames;
import org.siptrust.sip.internal.Nesting;
import org.siptrust.sip.internal.Text;
import org.siptrust.sip.internal.ValueSplitter;

/**
 * The start line and header fields of one message, parsed from its header section. Problems are
 * collected, not thrown: a bad line is reported and skipped, and the rest is still parsed.
 *
 * <p>Header fields are not kept as strings: {@link #index} holds, for each field, where its name and
 * value are in the message bytes, and the text is decoded when asked for. The offsets are relative
 * to the first byte of the start line, which is the first byte of {@link SipMessage}'s raw bytes.
 * The whole section decodes as UTF-8 when it is valid UTF-8 and as ISO-8859-1 otherwise; every
 * piece cut at an ASCII delimiter decodes the same way on its own, so pieces are decoded alone.
 */
final class MessageHead {

    /** Content-Length above this is treated as absurd (nothing in SIP needs bodies that large). */
    static final long MAX_CONTENT_LENGTH = 16L * 1024 * 1024;

    /** Ints per header field in {@link #index}. */
    private static final int STRIDE = 5;
    private static final int NAME_START = 0;
    private static final int NAME_END = 1;
    private static final int VALUE_START = 2;
    private static final int VALUE_END = 3;
    /** Header id ({@link HeaderNames#id}, -1 when unknown) in the low bits, {@link #FOLDED} above. */
    private static final int META = 4;
    /** The value spans continuation lines: [VALUE_START, VALUE_END) is untrimmed and must be unfolded. */
    private static final int FOLDED = 1 << 20;
    private static final int ID_MASK = FOLDED - 1;
    private static final int UNKNOWN = ID_MASK;

    private static final String SIP_2_0 = "SIP/2.0";
    private static final Map<String, String> METHODS = constants("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS",
            "REGISTER", "PRACK", "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE");
    private static final Map<String, String> REASONS = constants("OK", "Trying", "Ringing", "Session Progress",
            "Accepted", "No Content", "Unauthorized", "Proxy Authentication Required", "Forbidden", "Not Found",
            "Request Timeout", "Busy Here", "Request Terminated", "Call/Transaction Does Not Exist",
            "Temporarily Unavailable", "Server Internal Error", "Service Unavailable", "Decline");

    final boolean request;
    final String method;
    final String requestUri;
    final String version;
    final int statusCode;
    final String reasonPhrase;
    /** End of the start line's text (before its CR LF). */
    final int startLineEnd;
    /** True when the header section is decoded as UTF-8 (it has non-ASCII bytes and is valid UTF-8). */
    final boolean utf8;
    /** {@link #STRIDE} ints per header field, in wire order. */
    private final int[] index;
    final List<String> problems;
    /** Parsed Content-Length, or -1 if absent; see {@link #contentLengthProblem}. */
    final long contentLength;
    /** Why the Content-Length cannot be used for framing (null if it can, or if it is absent). */
    final String contentLengthProblem;

    private MessageHead(Start start, int startLineEnd, boolean utf8, int[] index, List<String> problems,
            ContentLength cl) {
        this.request = start.request;
        this.method = start.method;
        this.requestUri = start.uri;
        this.version = start.version;
        this.statusCode = start.status;
        this.reasonPhrase = start.reason;
        this.startLineEnd = startLineEnd;
        this.utf8 = utf8;
        this.index = index;
        this.problems = problems.isEmpty() ? List.of() : List.copyOf(problems);
        this.contentLength = cl.value;
        this.contentLengthProblem = cl.problem;
    }

    /** Content-Length as framing sees it: the value (-1 if absent or unusable) and why it is unusable. */
    private record ContentLength(long value, String problem) {
    }

    private static Map<String, String> constants(String... values) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String v : values) {
            m.put(v, v);
        }
        return m;
    }

    /** The parts of a start line, and what is wrong with it. */
    private static final class Start {
        boolean request;
        String method;
        String uri;
        String version;
        int status;
        String reason;
    }

    /** Parses the header section in {@code [from, to)} (start line included, the empty line excluded). */
    static MessageHead parse(byte[] b, int from, int to) {
        boolean utf8 = isUtf8(b, from, to);
        List<String> problems = new ArrayList<>(0);
        IntList index = new IntList();
        int startLineEnd = 0;
        Start start = null;
        int line = 0;
        boolean pending = false; // a header is open and may get continuation lines
        int ls = from;
        while (ls <= to) {
            int lf = ls;
            while (lf < to && b[lf] != '\n') {
                lf++;
            }
            int le = lf;
            if (le > ls && b[le - 1] == '\r') {
                le--;
            }
            if (lf >= to && le <= ls) {
                break; // nothing after the last line feed
            }
            if (line == 0) {
                startLineEnd = le - from;
                start = startLine(decode(b, ls, le, utf8), problems);
            } else if (le > ls && (b[ls] == ' ' || b[ls] == '\t')) {
                // RFC 3261 §7.3.1 line folding: the continuation is part of the previous value
                if (pending) {
                    index.set(index.size() - STRIDE + VALUE_END, le - from);
                    index.set(index.size() - STRIDE + META, index.get(index.size() - STRIDE + META) | FOLDED);
                } else {
                    problems.add("continuation line " + (line + 1) + " without a header");
                }
            } else {
                pending = false;
                int colon = ls;
                while (colon < le && b[colon] != ':') {
                    colon++;
                }
                int ns = trimStart(b, ls, colon);
                int ne = trimEnd(b, ns, colon);
                if (colon >= le || !isToken(b, ns, ne)) {
                    problems.add("line " + (line + 1) + " is not a header field: '"
                            + Text.excerpt(decode(b, ls, le, utf8), 40) + "'");
                } else {
                    int nameEnd = colon;
                    while (nameEnd > ls && (b[nameEnd - 1] == ' ' || b[nameEnd - 1] == '\t')) {
                        nameEnd--;
                    }
                    int id = HeaderNames.id(b, ns, ne);
                    index.add(ls - from, nameEnd - from, colon + 1 - from, le - from, id < 0 ? UNKNOWN : id);
                    pending = true;
                }
            }
            line++;
            ls = lf + 1;
        }
        if (start == null) {
            start = startLine("", problems);
        }
        int[] idx = index.toArray();
        // trim the values now that continuation lines are known; folded ones are unfolded when read
        for (int i = 0; i < idx.length; i += STRIDE) {
            if ((idx[i + META] & FOLDED) == 0) {
                int vs = trimStart(b, from + idx[i + VALUE_START], from + idx[i + VALUE_END]);
                idx[i + VALUE_END] = trimEnd(b, vs, from + idx[i + VALUE_END]) - from;
                idx[i + VALUE_START] = vs - from;
            }
        }
        return new MessageHead(start, startLineEnd, utf8, idx, problems, contentLength(b, from, idx, utf8));
    }

    private static ContentLength contentLength(byte[] b, int from, int[] index, boolean utf8) {
        int clId = HeaderNames.id("Content-Length");
        long cl = -1;
        String clProblem = null;
        for (int i = 0; i < index.length; i += STRIDE) {
            if ((index[i + META] & ID_MASK) != clId) {
                continue;
            }
            String v = value(b, from, index, i, utf8).trim();
            long parsed;
            if (v.startsWith("-") && v.length() > 1 && v.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
                clProblem = "negative Content-Length " + Text.excerpt(v, 20);
                continue;
            }
            if (v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                clProblem = "Content-Length is not a number: '" + Text.excerpt(v, 20) + "'";
                continue;
            }
            int z = 0;
            while (z < v.length() - 1 && v.charAt(z) == '0') {
                z++;
            }
            String digits = v.substring(z);
            if (digits.length() > 9) {
                clProblem = "absurd Content-Length " + Text.excerpt(v, 24) + " (over 16 MiB)";
                continue;
            }
            parsed = Long.parseLong(digits);
            if (parsed > MAX_CONTENT_LENGTH) {
                clProblem = "absurd Content-Length " + parsed + " (over 16 MiB)";
                continue;
            }
            if (cl >= 0 && cl != parsed) {
                clProblem = "conflicting Content-Length values " + cl + " and " + parsed;
                continue;
            }
            cl = parsed;
        }
        return new ContentLength(clProblem != null ? -1 : cl, clProblem);
    }

    private static Start startLine(String start, List<String> problems) {
        Start s = new Start();
        if (start.regionMatches(true, 0, "SIP/", 0, 4)) {
            int sp1 = start.indexOf(' ');
            s.version = sp1 < 0 ? start : start.substring(0, sp1);
            String rest = sp1 < 0 ? "" : start.substring(sp1 + 1);
            int sp2 = rest.indexOf(' ');
            String code = sp2 < 0 ? rest : rest.substring(0, sp2);
            String reason = sp2 < 0 ? "" : rest.substring(sp2 + 1);
            s.reason = REASONS.getOrDefault(reason, reason);
            if (code.length() == 3 && code.chars().allMatch(c -> c >= '0' && c <= '9')
                    && code.charAt(0) >= '1' && code.charAt(0) <= '6') {
                s.status = Integer.parseInt(code);
            } else {
                problems.add("bad status code '" + Text.excerpt(code, 20) + "'");
            }
        } else {
            String[] parts = start.split(" ", -1);
            if (parts.length == 3 && HeaderNames.isToken(parts[0]) && !parts[1].isEmpty()
                    && parts[2].regionMatches(true, 0, "SIP/", 0, 4)) {
                s.request = true;
                s.method = parts[0];
                s.uri = parts[1];
                s.version = parts[2];
            } else {
                String[] loose = start.trim().split("\\s+");
                if (loose.length == 3 && HeaderNames.isToken(loose[0])
                        && loose[2].regionMatches(true, 0, "SIP/", 0, 4)) {
                    s.request = true;
                    s.method = loose[0];
                    s.uri = loose[1];
                    s.version = loose[2];
                    problems.add("request line has extra whitespace");
                } else {
                    problems.add("not a SIP start line: '" + Text.excerpt(start, 60) + "'");
                }
            }
        }
        if (s.version != null && !s.version.equalsIgnoreCase(SIP_2_0)) {
            problems.add("unsupported version " + Text.excerpt(s.version, 16));
        }
        if (SIP_2_0.equals(s.version)) {
            s.version = SIP_2_0;
        }
        if (s.method != null) {
            s.method = canonicalMethod(s.method);
        }
        return s;
    }

    /** The shared constant for a well-known method name, else the name itself. */
    static String canonicalMethod(String method) {
        return METHODS.getOrDefault(method, method);
    }

    /** Number of header fields. */
    int size() {
        return index.length / STRIDE;
    }

    /** The name of field {@code k} as written (compact or long, any case). */
    String name(byte[] raw, int k) {
        int i = k * STRIDE;
        return decode(raw, index[i + NAME_START], index[i + NAME_END], utf8);
    }

    /** The value of field {@code k}: folding collapsed, surrounding whitespace removed. */
    String value(byte[] raw, int k) {
        return value(raw, 0, index, k * STRIDE, utf8);
    }

    private static String value(byte[] b, int from, int[] index, int i, boolean utf8) {
        String v = decode(b, from + index[i + VALUE_START], from + index[i + VALUE_END], utf8);
        if ((index[i + META] & FOLDED) == 0) {
            return v;
        }
        // each line trimmed and joined by one space, as RFC 3261 §7.3.1 reads folding
        StringBuilder out = new StringBuilder(v.length());
        int ls = 0;
        while (true) {
            int lf = v.indexOf('\n', ls);
            String piece = (lf < 0 ? v.substring(ls) : v.substring(ls, lf)).trim();
            if (ls > 0) {
                out.append(' ');
            }
            out.append(piece);
            if (lf < 0) {
                break;
            }
            ls = lf + 1;
        }
        return out.toString().trim();
    }

    /** First value of a header (unsplit), or null. */
    String first(byte[] raw, String headerName) {
        int k = find(raw, headerName, 0);
        return k < 0 ? null : value(raw, 0, index, k * STRIDE, utf8);
    }

    boolean has(byte[] raw, String headerName) {
        return find(raw, headerName, 0) >= 0;
    }

    /** Values of a header by SIP rules (see {@link SipMessage#headerValues}). */
    List<String> values(byte[] raw, String headerName) {
        int id = HeaderNames.id(headerName);
        String key = id >= 0 ? null : HeaderNames.key(headerName);
        boolean list = id >= 0 ? HeaderNames.isList(id) : HeaderNames.isList(key);
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i < index.length; i += STRIDE) {
            if (!matches(raw, i, id, key)) {
                continue;
            }
            if (!list) {
                out.add(value(raw, 0, index, i, utf8));
            } else if ((index[i + META] & FOLDED) != 0) {
                out.addAll(ValueSplitter.splitList(value(raw, 0, index, i, utf8)));
            } else {
                splitList(raw, index[i + VALUE_START], index[i + VALUE_END], out);
            }
        }
        return out;
    }

    /** Index of the first field named {@code headerName} at or after field {@code k}, or -1. */
    private int find(byte[] raw, String headerName, int k) {
        int id = HeaderNames.id(headerName);
        String key = id >= 0 ? null : HeaderNames.key(headerName);
        for (int i = k * STRIDE; i < index.length; i += STRIDE) {
            if (matches(raw, i, id, key)) {
                return i / STRIDE;
            }
        }
        return -1;
    }

    /** Known names compare by id; others by their lower-case key against the trimmed name as written. */
    private boolean matches(byte[] raw, int i, int id, String key) {
        int own = index[i + META] & ID_MASK;
        if (id >= 0) {
            return own == id;
        }
        if (own != UNKNOWN) {
            return false;
        }
        int ns = trimStart(raw, index[i + NAME_START], index[i + NAME_END]);
        int ne = trimEnd(raw, ns, index[i + NAME_END]);
        if (ne - ns != key.length()) {
            return false;
        }
        for (int j = 0; j < key.length(); j++) {
            int c = raw[ns + j] & 0xff;
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != key.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link ValueSplitter#splitList} on the bytes {@code [from, to)}: the same cuts (quotes,
     * {@code <>} and comments respected), without decoding the whole value first.
     */
    private void splitList(byte[] b, int from, int to, List<String> out) {
        Nesting nesting = new Nesting(true);
        int start = from;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (nesting.atTopLevel(c) && c == ',') {
                addTrimmed(b, start, i, out);
                start = i + 1;
            }
        }
        addTrimmed(b, start, to, out);
    }

    private void addTrimmed(byte[] b, int from, int to, List<String> out) {
        int s = trimStart(b, from, to);
        int e = trimEnd(b, s, to);
        if (e > s) {
            out.add(decode(b, s, e, utf8));
        }
    }

    /** Skips what {@link String#trim()} removes (code points up to U+0020, all single bytes). */
    private static int trimStart(byte[] b, int from, int to) {
        while (from < to && (b[from] & 0xff) <= ' ') {
            from++;
        }
        return from;
    }

    private static int trimEnd(byte[] b, int from, int to) {
        while (to > from && (b[to - 1] & 0xff) <= ' ') {
            to--;
        }
        return to;
    }

    private static boolean isToken(byte[] b, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!HeaderNames.isTokenChar((char) (b[i] & 0xff))) {
                return false;
            }
        }
        return true;
    }

    /** The whole section's decoding decision ({@link Text#decode}), applied to a piece of it. */
    static String decode(byte[] b, int from, int to, boolean utf8) {
        return new String(b, from, to - from, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    /** True when {@link Text#decode} would read the section as UTF-8 rather than ASCII or ISO-8859-1. */
    private static boolean isUtf8(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return Text.isUtf8(b, from, to);
            }
        }
        return false;
    }

    /** A growable int array (the index is built before its size is known). */
    private static final class IntList {
        private int[] a = new int[16 * STRIDE];
        private int n;

        void add(int v0, int v1, int v2, int v3, int v4) {
            if (n + STRIDE > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n] = v0;
            a[n + 1] = v1;
            a[n + 2] = v2;
            a[n + 3] = v3;
            a[n + 4] = v4;
            n += STRIDE;
        }

        int get(int i) {
            return a[i];
        }

        void set(int i, int v) {
            a[i] = v;
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
