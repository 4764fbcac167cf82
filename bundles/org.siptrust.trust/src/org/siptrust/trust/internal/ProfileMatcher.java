package org.siptrust.trust.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.siptrust.trust.LocationFacts;
import org.siptrust.trust.Profile;
import org.siptrust.trust.ReferenceIdentity;
import org.siptrust.trust.Verdict;
import org.siptrust.x509.MatchResult;
import org.siptrust.x509.NameMatcher;

/** Compares one reference identity with one presented certificate under every profile of R10. */
public final class ProfileMatcher {
    private final LocationFacts location;
    /** Verdicts depend only on the reference and the certificate: thousands of requests share a few. */
    private final Map<String, Map<Profile, Verdict>> memo = new java.util.HashMap<>();

    public ProfileMatcher(LocationFacts location) {
        this.location = location;
    }

    public Map<Profile, Verdict> verdicts(ReferenceIdentity ref, PresentedIdentities presented, String whyNoCertificate) {
        String key = (ref == null ? "-" : ref.name() + "|" + ref.source() + "|" + ref.ipLiteral()) + "|"
                + (presented == null ? "none:" + whyNoCertificate : presented.certificate().sha256());
        return memo.computeIfAbsent(key, k -> {
            Map<Profile, Verdict> out = new EnumMap<>(Profile.class);
            for (Profile p : Profile.values()) {
                out.put(p, verdict(p, ref, presented, whyNoCertificate));
            }
            return out;
        });
    }

    Verdict verdict(Profile p, ReferenceIdentity ref, PresentedIdentities presented, String whyNoCertificate) {
        if (ref == null) {
            return new Verdict(Verdict.NOT_APPLICABLE, List.of(), "no request and no SNI tells which identity the client meant to reach", null);
        }
        if (presented == null) {
            return new Verdict(Verdict.NOT_APPLICABLE, List.of(), whyNoCertificate, null);
        }
        return switch (p) {
            case RFC5922 -> rfc5922(ref, presented, List.of());
            case RFC3263 -> rfc3263(ref, presented);
            case RFC7673 -> rfc7673(ref, presented);
            case RFC9525 -> rfc9525(ref, presented);
            case LENIENT -> lenient(ref, presented);
        };
    }

    private Verdict ipLiteral(ReferenceIdentity ref, String rule) {
        return new Verdict(Verdict.UNAUTHENTICATABLE, List.of(rule, "RFC 3263 §4.2"),
                "reached through the IP literal " + ref.name() + " (" + ref.source() + "): RFC 3263 does no DNS lookup for it and "
                        + "RFC 5922 has no IP identity type, so no certificate can authenticate this hop",
                null);
    }

    private Verdict rfc5922(ReferenceIdentity ref, PresentedIdentities presented, List<String> extraRules) {
        if (ref.ipLiteral()) {
            return ipLiteral(ref, "RFC 5922 §7.5");
        }
        List<String> rules = new ArrayList<>(List.of("RFC 5922 §7.1", "RFC 5922 §7.2"));
        rules.addAll(extraRules);
        if (presented.isEmpty()) {
            return new Verdict(Verdict.NO_IDENTITY, rules, "the certificate carries no SIP identity under RFC 5922 §7.1"
                    + rejectedNote(presented), null);
        }
        String kind = presented.matchKind(ref.name());
        if (kind == null) {
            return new Verdict(Verdict.MISMATCH, rules, ref.name() + " (" + ref.source() + ") is not among the presented SIP identities "
                    + presented.all() + " (exact, case-insensitive comparison, no wildcards: RFC 5922 §7.2)", null);
        }
        String how = switch (kind) {
            case "URI" -> "a URI subjectAltName sip:" + ref.name();
            case "DNS" -> presented.describe().stream().anyMatch(d -> d.endsWith("(URI SAN)"))
                    ? "a dNSName (the certificate's sip URI identities do not match it; the strict reading of §7.1 would not accept the dNSName)"
                    : "a dNSName";
            default -> "the subject CN (the certificate has no subjectAltName: RFC 5922 §7.1 step 2)";
        };
        return new Verdict(Verdict.MATCH, rules, ref.name() + " (" + ref.source() + ") matches " + how, ref.name());
    }

    private static String rejectedNote(PresentedIdentities presented) {
        var rejected = presented.strict().rejected();
        if (rejected.isEmpty()) {
            return "";
        }
        List<String> reasons = new ArrayList<>();
        rejected.forEach(r -> reasons.add(r.presented() + ": " + r.reason()));
        return " (" + String.join("; ", reasons) + ")";
    }

    private Verdict rfc3263(ReferenceIdentity ref, PresentedIdentities presented) {
        Verdict base = rfc5922(ref, presented, List.of("RFC 3263 §4.1"));
        if (!base.isMatch()) {
            return base;
        }
        List<String> targets = location.srvTargets(ref.name());
        for (String t : targets) {
            if (presented.matchKind(t) == null) {
                return new Verdict(Verdict.MISMATCH, base.rules(), "the domain matches, but the SRV target " + t + " that RFC 3263 located for "
                        + ref.name() + " is not in the certificate", null);
            }
        }
        return new Verdict(Verdict.MATCH, base.rules(), base.explanation()
                + (targets.isEmpty() ? "; no SRV evidence for the domain, so only the domain was checked" : "; SRV targets " + targets + " match too"),
                base.matchedName());
    }

    private Verdict rfc7673(ReferenceIdentity ref, PresentedIdentities presented) {
        Verdict base = rfc5922(ref, presented, List.of("RFC 7673 §3"));
        if (base.isMatch() || ref.ipLiteral()) {
            return base;
        }
        if (location.srvSecure(ref.name())) {
            for (String t : location.srvTargets(ref.name())) {
                if (presented.matchKind(t) != null) {
                    return new Verdict(Verdict.MATCH, base.rules(), "the DNSSEC-secure SRV target " + t + " of " + ref.name()
                            + " is in the certificate (RFC 7673 §3 lets it serve as reference identity)", t);
                }
            }
        }
        return base;
    }

    private Verdict rfc9525(ReferenceIdentity ref, PresentedIdentities presented) {
        if (ref.ipLiteral()) {
            return ipLiteral(ref, "RFC 9525 §6.2");
        }
        MatchResult m = NameMatcher.rfc9525Matches(ref.name(), presented.certificate());
        return new Verdict(m.matched() ? Verdict.MATCH : Verdict.MISMATCH, List.of("RFC 9525 §6.3"), m.explanation(), m.matchedName());
    }

    private Verdict lenient(ReferenceIdentity ref, PresentedIdentities presented) {
        MatchResult m = NameMatcher.lenientMatches(ref.name(), presented.certificate());
        return new Verdict(m.matched() ? Verdict.MATCH : Verdict.MISMATCH, List.of("vendor practice"), m.explanation(), m.matchedName());
    }
}
