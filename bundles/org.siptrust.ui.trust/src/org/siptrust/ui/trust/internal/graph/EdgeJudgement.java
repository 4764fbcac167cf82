package org.siptrust.ui.trust.internal.graph;

import java.util.List;

import org.siptrust.trust.ReferenceIdentity;
import org.siptrust.trust.Verdict;

/**
 * How one edge looks under one profile, and why.
 *
 * @param state     the colour
 * @param headline  the first label line: {@code ✘ unauthenticatable}, {@code ✔ match}, {@code ⚠ no-sni}, ...
 * @param detail    the second label line: {@code IP literal 127.0.0.12}, the matched name, ...
 * @param reason    one sentence saying why (the verdict's explanation or the finding's message)
 * @param rules     the clauses the state rests on ({@code RFC 5922 §7.5}, ...)
 * @param verdict   the verdict shown (the worst of the hop under the profile), or null
 * @param reference the reference identity behind that verdict, or null
 * @param frame     the frame that shows it (the request judged, or the finding's first frame), 0 if none
 */
public record EdgeJudgement(EdgeState state, String headline, String detail, String reason, List<String> rules,
        Verdict verdict, ReferenceIdentity reference, long frame) {

    public EdgeJudgement {
        rules = List.copyOf(rules);
    }

    /** The label as one line ({@code ✘ unauthenticatable: IP literal 127.0.0.12}). */
    public String text() {
        return detail == null || detail.isEmpty() ? headline : headline + ": " + detail;
    }
}
