package org.siptrust.report;

import java.util.List;

import org.siptrust.core.Finding;
import org.siptrust.core.Severity;
import org.siptrust.trust.Hop;
import org.siptrust.trust.Profile;
import org.siptrust.trust.Verdict;

/** The verdict colours of UI.md: green verified, red mismatch/unauthenticatable, amber warning, grey unknown. */
final class Colors {
    static final String GREEN = "#2e7d32";
    static final String RED = "#c62828";
    static final String AMBER = "#ef8f00";
    static final String GREY = "#8a8a8a";

    private Colors() {
    }

    static String of(Hop h, List<Finding> findings) {
        Verdict v = h.worst(Profile.RFC5922);
        if (v == null || Verdict.NOT_APPLICABLE.equals(v.result())) {
            return GREY;
        }
        if (v.isFailure()) {
            return RED;
        }
        boolean warn = findings.stream().anyMatch(f -> h.connection().equals(f.connection()) && f.severity() != Severity.INFO);
        return warn ? AMBER : GREEN;
    }
}
