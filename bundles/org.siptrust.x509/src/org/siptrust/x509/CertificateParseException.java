package org.siptrust.x509;

/**
 * The bytes are not a certificate this tool can read: truncated, not DER, an absurd length,
 * or a mandatory field missing or malformed. Carries the byte offset where reading failed.
 */
public final class CertificateParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String reason;

    public CertificateParseException(int offset, String reason) {
        super("malformed certificate at offset " + offset + ": " + reason);
        this.offset = offset;
        this.reason = reason;
    }

    /** Byte offset into the DER input where the problem was found. */
    public int offset() {
        return offset;
    }

    /** What was wrong, without the offset. */
    public String reason() {
        return reason;
    }
}
