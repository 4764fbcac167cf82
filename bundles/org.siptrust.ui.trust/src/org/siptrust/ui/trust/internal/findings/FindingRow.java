package org.siptrust.ui.trust.internal.findings;

import org.siptrust.core.Finding;
import org.siptrust.core.Severity;

/** A row of the Findings table: a severity group's header, or a finding. */
public sealed interface FindingRow {

    /** The header of a severity group: {@code Errors (2)}. */
    record Group(Severity severity, int count, boolean collapsed) implements FindingRow {
        public String title() {
            String word = switch (severity) {
                case ERROR -> count == 1 ? "Error" : "Errors";
                case WARNING -> count == 1 ? "Warning" : "Warnings";
                case INFO -> "Info";
            };
            return (collapsed ? "▸ " : "▾ ") + word + " (" + count + ")";
        }
    }

    /** One finding. */
    record Item(Finding finding) implements FindingRow {
    }
}
