package org.siptrust.core;

/** Thrown by a stage when its {@link ProgressMonitor} says the user cancelled. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
