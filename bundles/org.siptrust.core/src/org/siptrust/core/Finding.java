package org.siptrust.core;

import java.util.List;
import java.util.Objects;

/**
 * One problem (or noteworthy fact) the analysis found, as data: a stable id (see CLI.md), a
 * severity, the clause it rests on, a sentence for humans, and the evidence that proves it (the
 * connection, frames and certificate). Immutable.
 *
 * @param id          stable finding id such as {@code identity-mismatch}
 * @param severity    how bad it is
 * @param rule        the clause it rests on, may be null for purely technical findings
 * @param message     one sentence for humans; never contains key material
 * @param connection  id of the connection it concerns, or null
 * @param frames      frame numbers (1-based) that prove it, ascending
 * @param certificate SHA-256 (lower-case hex) of the certificate concerned, or null
 */
public record Finding(String id, Severity severity, RuleRef rule, String message, String connection,
        List<Long> frames, String certificate) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        frames = frames == null ? List.of() : List.copyOf(frames);
    }

    public static Finding of(String id, Severity severity, RuleRef rule, String message) {
        return new Finding(id, severity, rule, message, null, List.of(), null);
    }

    public Finding withConnection(String connectionId) {
        return new Finding(id, severity, rule, message, connectionId, frames, certificate);
    }

    public Finding withFrames(List<Long> newFrames) {
        return new Finding(id, severity, rule, message, connection, newFrames, certificate);
    }

    public Finding withCertificate(String sha256) {
        return new Finding(id, severity, rule, message, connection, frames, sha256);
    }
}
