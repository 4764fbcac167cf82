package org.siptrust.sip;

/**
 * A SIP value (URI, name-addr, Via) that cannot be parsed. Carries the character offset where
 * parsing failed and a short reason; the input itself is not repeated beyond a short excerpt.
 */
public final class SipParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String reason;

    public SipParseException(int offset, String reason) {
        super(reason + " (at offset " + offset + ")");
        this.offset = offset;
        this.reason = reason;
    }

    /** Character offset in the parsed text where the problem was found. */
    public int offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }
}
