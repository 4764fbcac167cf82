package org.siptrust.sip;

import java.util.ArrayList;
import java.util.List;

import org.siptrust.sip.internal.HeaderNames;
import org.siptrust.sip.internal.Text;
import org.siptrust.sip.internal.ValueSplitter;

/**
 * The start line and header fields of one message, parsed from its header section. Problems are
 * collected, not thrown: a bad line is reported and skipped, and the rest is still parsed.
 */
final class MessageHead {

    /** Content-Length above this is treated as absurd (nothing in SIP needs bodies that large). */
    static final long MAX_CONTENT_LENGTH = 16L * 1024 * 1024;

    final String startLine;
    final boolean request;
    final String method;
    final String requestUri;
    final String version;
    final int statusCode;
    final String reasonPhrase;
    final List<Header> headers;
    /** {@link HeaderNames#key} of each header, same order: names are canonicalised once. */
    final String[] keys;
    final List<String> problems;
    /** Parsed Content-Length, or -1 if absent; see {@link #contentLengthProblem}. */
    final long contentLength;
    /** Why the Content-Length cannot be used for framing (null if it can, or if it is absent). */
    final String contentLengthProblem;

    private MessageHead(String startLine, boolean request, String method, String requestUri, String version,
            int statusCode, String reasonPhrase, List<Header> headers, List<String> problems, long contentLength,
            String contentLengthProblem) {
        this.startLine = startLine;
        this.request = request;
        this.method = method;
        this.requestUri = requestUri;
        this.version = version;
        this.statusCode = statusCode;
        this.reasonPhrase = reasonPhrase;
        this.headers = List.copyOf(headers);
        this.keys = new String[headers.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = HeaderNames.key(headers.get(i).name());
        }
        this.problems = List.copyOf(problems);
        this.contentLength = contentLength;
        this.contentLengthProblem = contentLengthProblem;
    }

    /** Parses the header section in {@code [from, to)} (start line included, the empty line excluded). */
    static MessageHead parse(byte[] b, int from, int to) {
        String text = Text.decode(b, from, to);
        List<String> lines = new ArrayList<>();
        int ls = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int le = i;
                if (le > ls && text.charAt(le - 1) == '\r') {
                    le--;
                }
                if (i < text.length() || le > ls) {
                    lines.add(text.substring(ls, le));
                }
                ls = i + 1;
            }
        }
        List<String> problems = new ArrayList<>();
        String start = lines.isEmpty() ? "" : lines.get(0);
        boolean request = false;
        String method = null;
        String uri = null;
        String version = null;
        int status = 0;
        String reason = null;
        if (start.regionMatches(true, 0, "SIP/", 0, 4)) {
            int sp1 = start.indexOf(' ');
            version = sp1 < 0 ? start : start.substring(0, sp1);
            String rest = sp1 < 0 ? "" : start.substring(sp1 + 1);
            int sp2 = rest.indexOf(' ');
            String code = sp2 < 0 ? rest : rest.substring(0, sp2);
            reason = sp2 < 0 ? "" : rest.substring(sp2 + 1);
            if (code.length() == 3 && code.chars().allMatch(c -> c >= '0' && c <= '9')
                    && code.charAt(0) >= '1' && code.charAt(0) <= '6') {
                status = Integer.parseInt(code);
            } else {
                problems.add("bad status code '" + Text.excerpt(code, 20) + "'");
            }
        } else {
            String[] parts = start.split(" ", -1);
            if (parts.length == 3 && HeaderNames.isToken(parts[0]) && !parts[1].isEmpty()
                    && parts[2].regionMatches(true, 0, "SIP/", 0, 4)) {
                request = true;
                method = parts[0];
                uri = parts[1];
                version = parts[2];
            } else {
                String[] loose = start.trim().split("\\s+");
                if (loose.length == 3 && HeaderNames.isToken(loose[0])
                        && loose[2].regionMatches(true, 0, "SIP/", 0, 4)) {
                    request = true;
                    method = loose[0];
                    uri = loose[1];
                    version = loose[2];
                    problems.add("request line has extra whitespace");
                } else {
                    problems.add("not a SIP start line: '" + Text.excerpt(start, 60) + "'");
                }
            }
        }
        if (version != null && !version.equalsIgnoreCase("SIP/2.0")) {
            problems.add("unsupported version " + Text.excerpt(version, 16));
        }

        List<Header> headers = new ArrayList<>();
        String name = null;
        StringBuilder value = null;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                // RFC 3261 §7.3.1 line folding: the continuation is part of the previous value
                if (value != null) {
                    value.append(' ').append(line.trim());
                } else {
                    problems.add("continuation line " + (i + 1) + " without a header");
                }
                continue;
            }
            if (name != null) {
                headers.add(new Header(name, value.toString().trim()));
                name = null;
                value = null;
            }
            int colon = line.indexOf(':');
            String n = colon < 0 ? "" : line.substring(0, colon).trim();
            if (colon < 0 || !HeaderNames.isToken(n)) {
                problems.add("line " + (i + 1) + " is not a header field: '" + Text.excerpt(line, 40) + "'");
                continue;
            }
            int nameEnd = colon;
            while (nameEnd > 0 && (line.charAt(nameEnd - 1) == ' ' || line.charAt(nameEnd - 1) == '\t')) {
                nameEnd--;
            }
            name = line.substring(0, nameEnd);
            value = new StringBuilder(line.substring(colon + 1).trim());
        }
        if (name != null) {
            headers.add(new Header(name, value.toString().trim()));
        }

        long cl = -1;
        String clProblem = null;
        for (Header h : headers) {
            if (!"content-length".equals(HeaderNames.key(h.name()))) {
                continue;
            }
            String v = h.value().trim();
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
        if (clProblem != null) {
            cl = -1;
        }
        return new MessageHead(start, request, method, uri, version, status, reason, headers, problems, cl,
                clProblem);
    }

    /** First value of a header (unsplit), or null. */
    String first(String headerName) {
        String key = HeaderNames.key(headerName);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return headers.get(i).value();
            }
        }
        return null;
    }

    /** Values of a header by SIP rules (see {@link SipMessage#headerValues}). */
    List<String> values(String headerName) {
        String key = HeaderNames.key(headerName);
        boolean list = HeaderNames.isList(key);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                String v = headers.get(i).value();
                if (list) {
                    out.addAll(ValueSplitter.splitList(v));
                } else {
                    out.add(v);
                }
            }
        }
        return out;
    }

    boolean has(String headerName) {
        return first(headerName) != null;
    }
}
