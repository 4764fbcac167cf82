package org.siptrust.capture;

/**
 * The file is not a capture this tool can read at all (empty, unknown magic, unreadable). A
 * capture that is merely damaged part-way is not an exception: it is read as far as possible and
 * the damage becomes a finding.
 */
public final class CaptureFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long offset;

    public CaptureFormatException(String message, long offset) {
        super(message);
        this.offset = offset;
    }

    /** Byte offset in the file where reading failed. */
    public long offset() {
        return offset;
    }
}
