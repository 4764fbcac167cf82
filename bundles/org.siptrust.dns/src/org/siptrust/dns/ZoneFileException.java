package org.siptrust.dns;

/**
 * A zone or trust-anchor file (master-file format) that cannot be used. The message is one line
 * naming the file, the line when known, and the reason, so the command line can print it as is.
 */
public final class ZoneFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String reason;

    public ZoneFileException(String source, long line, String reason) {
        super(source + (line > 0 ? ":" + line : "") + ": " + oneLine(reason));
        this.source = source;
        this.line = line;
        this.reason = oneLine(reason);
    }

    /** The file (or label of in-memory text) that failed. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, or 0 when unknown. */
    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    private static String oneLine(String s) {
        if (s == null || s.isBlank()) {
            return "unreadable";
        }
        return s.replaceAll("[\\r\\n]+", " ").trim();
    }
}
