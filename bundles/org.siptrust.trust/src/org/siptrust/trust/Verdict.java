package org.siptrust.trust;

import java.util.List;

/**
 * The outcome of comparing a reference identity with the presented identities under one profile.
 *
 * @param result      {@code match}, {@code mismatch}, {@code unauthenticatable}, {@code no-identity}
 *                    or {@code not-applicable} (CLI.md)
 * @param rules       the clauses applied, e.g. {@code RFC 5922 §7.2}
 * @param explanation one sentence saying why
 * @param matchedName the presented name that matched, or null
 */
public record Verdict(String result, List<String> rules, String explanation, String matchedName) {
    public static final String MATCH = "match";
    public static final String MISMATCH = "mismatch";
    public static final String UNAUTHENTICATABLE = "unauthenticatable";
    public static final String NO_IDENTITY = "no-identity";
    public static final String NOT_APPLICABLE = "not-applicable";

    public Verdict {
        rules = List.copyOf(rules);
    }

    public boolean isMatch() {
        return MATCH.equals(result);
    }

    /** True for verdicts that mean the peer was not authenticated as the reference identity. */
    public boolean isFailure() {
        return MISMATCH.equals(result) || UNAUTHENTICATABLE.equals(result) || NO_IDENTITY.equals(result);
    }
}
