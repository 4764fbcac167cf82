package org.siptrust.x509;

import java.nio.file.Path;

/** A trust anchor source could not be read; the message is one line naming the file and why. */
public final class TrustAnchorException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public TrustAnchorException(Path path, String reason) {
        super((path != null ? path + ": " : "") + reason);
        this.path = path;
    }

    public TrustAnchorException(Path path, String reason, Throwable cause) {
        super((path != null ? path + ": " : "") + reason, cause);
        this.path = path;
    }

    /** The file or folder concerned, or null. */
    public Path path() {
        return path;
    }
}
