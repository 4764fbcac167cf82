package org.siptrust.x509;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one presented chain at one instant.
 *
 * @param status   one word as in CLI.md: {@code valid}, {@code expired}, {@code not-yet-valid},
 *                 {@code untrusted}, {@code self-signed}, {@code invalid}
 * @param at       the instant validity was evaluated at (the capture time, or --at)
 * @param chain    SHA-256 of each certificate of the path built, leaf first, ending in the trust
 *                 anchor if one was reached
 * @param problems every failure, each on its own, in path order
 */
public record ValidationResult(String status, Instant at, List<String> chain, List<ValidationProblem> problems) {

    public static final String VALID = "valid";
    public static final String EXPIRED = "expired";
    public static final String NOT_YET_VALID = "not-yet-valid";
    public static final String UNTRUSTED = "untrusted";
    public static final String SELF_SIGNED = "self-signed";
    public static final String INVALID = "invalid";

    public ValidationResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        chain = List.copyOf(chain);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return VALID.equals(status);
    }

    /** True if some problem has this code. */
    public boolean has(String code) {
        return problems.stream().anyMatch(p -> p.code().equals(code));
    }

    /** The codes of all problems, in order (for compact display and tests). */
    public List<String> codes() {
        return problems.stream().map(ValidationProblem::code).toList();
    }
}
