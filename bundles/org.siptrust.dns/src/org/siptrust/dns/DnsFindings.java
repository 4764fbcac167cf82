package org.siptrust.dns;

import java.util.List;
import org.siptrust.core.Finding;
import org.siptrust.core.RuleRef;
import org.siptrust.core.Severity;

/** The stable finding ids this bundle produces (see CLI.md) and the factories that build them. */
public final class DnsFindings {
    /** An RRset or denial whose DNSSEC validation failed. */
    public static final String DNSSEC_BOGUS = "dnssec-bogus";
    /** The presented certificate chain matches none of the usable TLSA records. */
    public static final String DANE_MISMATCH = "dane-mismatch";
    /** TLSA records exist but are not DNSSEC-secure, so DANE cannot be used. */
    public static final String DANE_NOT_SECURE = "dane-not-secure";
    /** A DNS message in the capture that could not be parsed. */
    public static final String DNS_MALFORMED = "dns-malformed";
    /** The live resolver (opt-in) did not answer. */
    public static final String DNS_LIVE_ERROR = "dns-live-error";

    public static final RuleRef RFC4035_5 = RuleRef.rfc(4035, "5");
    public static final RuleRef RFC1035_4_1 = RuleRef.rfc(1035, "4.1");
    public static final RuleRef RFC6698_2_1 = RuleRef.rfc(6698, "2.1");
    public static final RuleRef RFC7671_5 = RuleRef.rfc(7671, "5");
    public static final RuleRef RFC7673_3 = RuleRef.rfc(7673, "3");

    private DnsFindings() {
    }

    public static Finding dnssecBogus(String what, String reason, List<Long> frames) {
        return new Finding(DNSSEC_BOGUS, Severity.ERROR, RFC4035_5,
                "DNSSEC validation of " + what + " failed: " + reason
                        + "; a validating client must treat this data as bogus",
                null, frames, null);
    }

    public static Finding malformed(long frame, String reason) {
        return new Finding(DNS_MALFORMED, Severity.WARNING, RFC1035_4_1,
                "DNS message in frame " + frame + " could not be parsed: " + reason, null,
                frame > 0 ? List.of(frame) : List.of(), null);
    }

    public static Finding liveError(String server, String question, String reason) {
        return new Finding(DNS_LIVE_ERROR, Severity.WARNING, null,
                "live resolver " + server + " gave no answer for " + question + ": " + reason, null, List.of(),
                null);
    }
}
