package org.siptrust.x509;

import java.util.Objects;

import org.siptrust.core.RuleRef;

/**
 * The verdict of comparing one reference identity with a certificate under one profile.
 *
 * @param matched     true if the profile accepts the certificate for the reference
 * @param matchedName the presented name that matched (as presented, e.g. {@code *.example.com}), or null
 * @param explanation one or two sentences saying why, naming the names compared
 * @param rule        the clause the profile rests on
 */
public record MatchResult(boolean matched, String matchedName, String explanation, RuleRef rule) {

    public MatchResult {
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(rule, "rule");
    }
}
