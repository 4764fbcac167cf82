package org.siptrust.analysis;

/**
 * An input the analysis cannot use at all: the capture is not a capture, a key or trust-anchor file
 * is unreadable. The message is one clear line for the user (the CLI prints it and exits 3); it
 * never contains key material.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
