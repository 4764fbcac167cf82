package org.siptrust.ui.certs.internal;

import org.eclipse.swt.graphics.Color;
import org.siptrust.core.Severity;
import org.siptrust.ui.certs.internal.model.FieldNode.Tone;
import org.siptrust.x509.ValidationResult;

/** The colours of verdicts; SWT colours hold no OS resource any more, so constants are fine. */
final class UiColors {
    static final Color GOOD = new Color(0x2e, 0x7d, 0x32);
    static final Color BAD = new Color(0xc6, 0x28, 0x28);
    static final Color WARN = new Color(0xb2, 0x6a, 0x00);
    static final Color INFO = new Color(0x45, 0x5a, 0x64);
    static final Color DIFFERENT = new Color(0xff, 0xf1, 0xc4);

    private UiColors() {
    }

    static Color status(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case ValidationResult.VALID -> GOOD;
            case ValidationResult.NOT_YET_VALID, ValidationResult.SELF_SIGNED -> WARN;
            default -> BAD;
        };
    }

    static Color severity(Severity s) {
        return switch (s) {
            case ERROR -> BAD;
            case WARNING -> WARN;
            case INFO -> INFO;
        };
    }

    static Color tone(Tone t) {
        return switch (t) {
            case GOOD -> GOOD;
            case WARN -> WARN;
            case BAD -> BAD;
            case NORMAL -> null;
        };
    }

    /** A symbol before a status word, so colour is not the only cue. */
    static String statusMark(String status) {
        return ValidationResult.VALID.equals(status) ? "✔ " : ValidationResult.NOT_YET_VALID.equals(status)
                || ValidationResult.SELF_SIGNED.equals(status) ? "⚠ " : "✘ ";
    }
}
