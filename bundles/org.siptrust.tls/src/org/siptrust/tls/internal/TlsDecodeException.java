package org.siptrust.tls.internal;

/** A TLS structure that does not parse: says which structure, at which offset, and why. */
public final class TlsDecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String structure;
    private final int offset;

    public TlsDecodeException(String structure, int offset, String reason) {
        super(structure + " at offset " + offset + ": " + reason);
        this.structure = structure;
        this.offset = offset;
    }

    public String structure() {
        return structure;
    }

    public int offset() {
        return offset;
    }
}
