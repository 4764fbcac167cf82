package org.siptrust.capture.internal;

import java.util.List;

import org.siptrust.core.Finding;
import org.siptrust.core.Severity;

/** Builds {@code capture-damaged} findings. */
final class Damage {
    private Damage() {
    }

    static Finding at(long offset, long lastGoodFrame, String what) {
        String msg = "capture damaged at byte " + offset + " (after frame " + lastGoodFrame + "): " + what
                + "; frames up to " + lastGoodFrame + " were read, the rest of the file was skipped";
        return new Finding("capture-damaged", Severity.WARNING, null, msg, null,
                lastGoodFrame > 0 ? List.of(lastGoodFrame) : List.of(), null);
    }
}
