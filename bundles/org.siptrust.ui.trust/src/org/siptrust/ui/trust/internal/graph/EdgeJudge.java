package org.siptrust.ui.trust.internal.graph;

import java.util.List;
import java.util.Locale;

import org.siptrust.core.Finding;
import org.siptrust.core.Severity;
import org.siptrust.trust.Hop;
import org.siptrust.trust.HopCheck;
import org.siptrust.trust.Profile;
import org.siptrust.trust.ReferenceIdentity;
import org.siptrust.trust.Verdict;

/**
 * Decides an edge's colour under a profile. A failing verdict ({@link Hop#worst}) or an error
 * finding on the connection is red whatever else holds, because a failure must never hide behind
 * grey; then plain transports, undecrypted connections and verdicts that do not apply are grey;
 * then warnings are amber; a match is green.
 */
public final class EdgeJudge {
    public static final String CROSS = "\u2718";
    public static final String CHECK = "\u2714";
    public static final String WARN = "\u26A0";

    private EdgeJudge() {
    }

    public static EdgeJudgement judge(GraphEdge edge, Profile profile) {
        Hop hop = edge.hop();
        if (!edge.isTls() || hop == null) {
            String transport = edge.connection().transport().toUpperCase(Locale.ROOT);
            return new EdgeJudgement(EdgeState.NEUTRAL, "not TLS", "SIP over " + transport,
                    "SIP travelled over plain " + transport + " on this hop: there is no TLS identity to check",
                    List.of("RFC 3261 §26.2"), null, null, edge.connection().firstFrame());
        }
        Verdict worst = hop.worst(profile);
        HopCheck cause = cause(hop, profile, worst);
        ReferenceIdentity reference = cause != null ? cause.reference() : hop.reference();
        long frame = cause != null ? cause.frame() : reference != null ? reference.frame() : 0;
        if (worst != null && worst.isFailure()) {
            return new EdgeJudgement(EdgeState.FAILING, CROSS + " " + worst.result(), failureDetail(worst, reference),
                    worst.explanation(), worst.rules(), worst, reference, frame);
        }
        Finding error = first(edge.findings(), Severity.ERROR);
        if (error != null) {
            return fromFinding(EdgeState.FAILING, CROSS, error, edge.findings(), Severity.ERROR, worst, reference);
        }
        if (!edge.connection().tls().decrypted()) {
            String why = edge.connection().tls().undecryptedReason();
            return new EdgeJudgement(EdgeState.NEUTRAL, "not decrypted", reference == null ? "" : "SNI " + reference.name(),
                    "the connection could not be decrypted" + (why == null || why.isEmpty() ? "" : " (" + why + ")")
                            + ", so the requests on it cannot be judged; add a key log",
                    worst == null ? List.of() : worst.rules(), worst, reference, edge.connection().firstFrame());
        }
        if (worst == null || !worst.isMatch()) {
            return new EdgeJudgement(EdgeState.NEUTRAL, "not applicable", reference == null ? "" : reference.name(),
                    worst == null ? "no verdict under " + profile.label() : worst.explanation(),
                    worst == null ? List.of() : worst.rules(), worst, reference, frame);
        }
        Finding warning = first(edge.findings(), Severity.WARNING);
        if (warning != null) {
            return fromFinding(EdgeState.WARNING, WARN, warning, edge.findings(), Severity.WARNING, worst, reference);
        }
        String matched = worst.matchedName() != null ? worst.matchedName() : reference != null ? reference.name() : "";
        return new EdgeJudgement(EdgeState.VERIFIED, CHECK + " match", matched, worst.explanation(), worst.rules(), worst,
                reference, frame);
    }

    /** The request whose verdict is the worst one (the first request that failed), or the first request. */
    private static HopCheck cause(Hop hop, Profile profile, Verdict worst) {
        for (HopCheck c : hop.checks()) {
            if (!c.reverse() && java.util.Objects.equals(c.verdict(profile), worst)) {
                return c;
            }
        }
        for (HopCheck c : hop.checks()) {
            if (java.util.Objects.equals(c.verdict(profile), worst)) {
                return c;
            }
        }
        return null;
    }

    private static String failureDetail(Verdict v, ReferenceIdentity reference) {
        if (reference == null) {
            return "";
        }
        if (Verdict.UNAUTHENTICATABLE.equals(v.result()) || reference.ipLiteral()) {
            return "IP literal " + reference.name();
        }
        if (Verdict.NO_IDENTITY.equals(v.result())) {
            return "no SIP identity for " + reference.name();
        }
        return reference.name();
    }

    private static EdgeJudgement fromFinding(EdgeState state, String mark, Finding f, List<Finding> all, Severity severity,
            Verdict verdict, ReferenceIdentity reference) {
        long same = all.stream().filter(x -> x.severity() == severity).count();
        String detail = same > 1 ? "+" + (same - 1) + " more" : (f.rule() == null ? "" : f.rule().toString());
        return new EdgeJudgement(state, mark + " " + f.id(), detail, f.message(),
                f.rule() == null ? List.of() : List.of(f.rule().toString()), verdict, reference,
                f.frames().isEmpty() ? 0 : f.frames().get(0));
    }

    private static Finding first(List<Finding> findings, Severity severity) {
        for (Finding f : findings) {
            if (f.severity() == severity) {
                return f;
            }
        }
        return null;
    }
}
