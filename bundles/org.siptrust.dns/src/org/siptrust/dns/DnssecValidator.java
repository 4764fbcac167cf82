package org.siptrust.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.siptrust.core.Finding;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.ExtendedErrorCodeOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;
import org.xbill.DNS.dnssec.ValidatingResolver;

/**
 * DNSSEC validation of DNS evidence with dnsjava's {@link ValidatingResolver}, from the given
 * trust anchors and as of a fixed time (the capture time: signatures are judged by the clock of
 * the moment the traffic happened, not today's). The validator asks its questions to the evidence
 * itself (an in-memory resolver over the RRsets, including RRSIG, DNSKEY, DS, NSEC and NSEC3), so
 * nothing touches the network unless the evidence has the opt-in live resolver.
 *
 * <p>Verdicts follow RFC 4035 §4.3: {@code indeterminate} when no anchor covers the name or when
 * the evidence lacks what the chain of trust needs (a DNSKEY never seen, an answer captured
 * without the DO bit), so that missing evidence is never reported as an attack.
 * Thread-safe; results are cached per evidence item.
 */
public final class DnssecValidator {
    private final DnsEvidence evidence;
    private final DnssecAnchors anchors;
    private final Instant at;
    private final Map<Object, DnssecResult> cache = new IdentityHashMap<>();

    private DnssecValidator(DnsEvidence evidence, DnssecAnchors anchors, Instant at) {
        this.evidence = Objects.requireNonNull(evidence);
        this.anchors = Objects.requireNonNull(anchors);
        this.at = Objects.requireNonNull(at);
    }

    /**
     * @param evidence the evidence to validate and to chase keys in
     * @param anchors  trust anchors ({@link DnssecAnchors#none()} makes everything indeterminate)
     * @param at       the validation time, normally the capture's first packet
     */
    public static DnssecValidator of(DnsEvidence evidence, DnssecAnchors anchors, Instant at) {
        return new DnssecValidator(evidence, anchors, at);
    }

    public DnsEvidence evidence() {
        return evidence;
    }

    public DnssecAnchors anchors() {
        return anchors;
    }

    public Instant validationTime() {
        return at;
    }

    /** The verdict on one RRset of the evidence. */
    public DnssecResult validate(DnsRrset rrset) {
        synchronized (cache) {
            DnssecResult cached = cache.get(rrset);
            if (cached != null) {
                return cached;
            }
        }
        DnssecResult r = computePositive(rrset);
        synchronized (cache) {
            cache.put(rrset, r);
        }
        return r;
    }

    /** The verdict on one negative answer (NXDOMAIN/NODATA and its NSEC/NSEC3 proof). */
    public DnssecResult validate(DnsNegative negative) {
        synchronized (cache) {
            DnssecResult cached = cache.get(negative);
            if (cached != null) {
                return cached;
            }
        }
        DnssecResult r = computeNegative(negative);
        synchronized (cache) {
            cache.put(negative, r);
        }
        return r;
    }

    /**
     * The verdict on what the evidence says about a question: the worst verdict over every RRset
     * that answers it (from any source), or over the negative answers when there is no data.
     */
    public DnssecResult validate(Name name, int type) {
        DnsLookup lookup = evidence.lookup(name, type);
        return validate(lookup);
    }

    /**
     * The verdict on a lookup: the worst over its CNAMEs and RRsets, since disagreeing evidence
     * must not hide a bad copy; for a negative answer the best over the sources that deny the
     * data, since a denial without proof (an answer captured without the DO bit) adds nothing
     * against one that is proven.
     */
    public DnssecResult validate(DnsLookup lookup) {
        DnssecResult worst = null;
        List<DnsRrset> sets = new ArrayList<>(lookup.cnames());
        sets.addAll(lookup.rrsets());
        for (DnsRrset rr : sets) {
            DnssecResult r = validate(rr);
            if (worst == null || r.status().ordinal() < worst.status().ordinal()) {
                worst = r;
            }
        }
        if (lookup.rrsets().isEmpty()) {
            DnssecResult best = null;
            for (DnsNegative n : lookup.negatives()) {
                if (n.isFailure()) {
                    continue;
                }
                DnssecResult r = validate(n);
                if (best == null || r.status().ordinal() > best.status().ordinal()) {
                    best = r;
                }
            }
            if (best != null && (worst == null || best.status().ordinal() < worst.status().ordinal())) {
                worst = best;
            }
        }
        if (worst == null) {
            String why = lookup.negatives().isEmpty() ? "no evidence for this question"
                    : "the server answered " + lookup.negatives().get(0).kind();
            return new DnssecResult(DnssecStatus.INDETERMINATE, why, -1, lookup.name(), lookup.type(),
                    DnsSource.CAPTURE, lookup.frames());
        }
        return worst;
    }

    /** Verdicts on every RRset and negative answer in the evidence, in evidence order. */
    public Map<Object, DnssecResult> validateAll() {
        Map<Object, DnssecResult> out = new LinkedHashMap<>();
        for (DnsRrset r : evidence.allRrsets()) {
            out.put(r, validate(r));
        }
        for (DnsNegative n : evidence.allNegatives()) {
            if (!n.isFailure()) {
                out.put(n, validate(n));
            }
        }
        return out;
    }

    /** A {@code dnssec-bogus} finding for every bogus item of {@link #validateAll()}. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (DnssecResult r : validateAll().values()) {
            if (r.status() == DnssecStatus.BOGUS) {
                out.add(finding(r));
            }
        }
        return out;
    }

    /** The {@code dnssec-bogus} finding for a bogus result. */
    public static Finding finding(DnssecResult r) {
        return DnsFindings.dnssecBogus(r.subject() + " (" + r.source().word() + ")", r.reason(), r.frames());
    }

    private DnssecResult computePositive(DnsRrset rrset) {
        Name anchor = anchors.coveringAnchor(rrset.name());
        if (anchor == null) {
            return result(rrset, DnssecStatus.INDETERMINATE, "no trust anchor covers " + rrset.nameText(), -1);
        }
        if (rrset.type() == org.xbill.DNS.Type.DS && rrset.name().equals(anchor)
                && anchors.coveringAnchor(new Name(anchor, 1)) == null) {
            // a DS RRset lives in the parent zone, above this anchor
            return result(rrset, DnssecStatus.INDETERMINATE, "the DS RRset at trust anchor " + rrset.nameText()
                    + " is signed by the parent zone, which no trust anchor covers", -1);
        }
        DnsRrset subject = rrset;
        String borrowed = null;
        if (!rrset.isSigned()) {
            for (DnsRrset other : evidence.rrsets(rrset.name(), rrset.type())) {
                if (other != rrset && other.isSigned() && other.sameData(rrset)) {
                    subject = rrset.withSignatures(other.signatures());
                    borrowed = other.source().word();
                    break;
                }
            }
        }
        if (!subject.isSigned() && rrset.source() == DnsSource.CAPTURE && !rrset.seenWithDnssecOk()) {
            return result(rrset, DnssecStatus.INDETERMINATE, "seen only in answers to queries without the DO bit, "
                    + "so the server sent no signatures, and no other evidence signs the same data", -1);
        }
        Outcome o = run(rrset.name(), rrset.type(), new EvidenceResolver(evidence, subject, null, rrset.source()));
        String reason = o.reason;
        if (borrowed != null && reason != null) {
            reason = reason + " (signatures from " + borrowed + " evidence)";
        } else if (borrowed != null) {
            reason = "signatures from " + borrowed + " evidence";
        }
        return result(rrset, o.status, reason, o.ede);
    }

    private DnssecResult computeNegative(DnsNegative negative) {
        if (negative.isFailure()) {
            return negResult(negative, DnssecStatus.INDETERMINATE, "the server answered " + negative.kind(), -1);
        }
        if (anchors.coveringAnchor(negative.name()) == null) {
            return negResult(negative, DnssecStatus.INDETERMINATE,
                    "no trust anchor covers " + negative.name().toString(true), -1);
        }
        boolean signed = negative.authority().stream().anyMatch(r -> r instanceof RRSIGRecord);
        if (!signed && negative.source() == DnsSource.CAPTURE && !negative.dnssecOk()) {
            return negResult(negative, DnssecStatus.INDETERMINATE,
                    "answer to a query without the DO bit carries no proof of non-existence", -1);
        }
        Outcome o = run(negative.name(), negative.type(),
                new EvidenceResolver(evidence, null, negative, negative.source()));
        return negResult(negative, o.status, o.reason, o.ede);
    }

    private record Outcome(DnssecStatus status, String reason, int ede) {
    }

    private Outcome run(Name name, int type, EvidenceResolver head) {
        Message response;
        try {
            ValidatingResolver validator = new ValidatingResolver(head, Clock.fixed(at, ZoneOffset.UTC));
            validator.loadTrustAnchors(new ByteArrayInputStream(
                    anchors.toMasterText().getBytes(StandardCharsets.UTF_8)));
            Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
            response = validator.send(query);
        } catch (IOException | RuntimeException e) {
            return new Outcome(DnssecStatus.INDETERMINATE, "validator failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), -1);
        }
        int ede = edeOf(response);
        String reason = reasonOf(response);
        if (ede >= 0 && reason != null && !reason.startsWith(ExtendedErrorCodeOption.text(ede))) {
            reason = ExtendedErrorCodeOption.text(ede) + ": " + reason;
        }
        DnssecStatus status;
        if (response.getRcode() == Rcode.SERVFAIL) {
            status = DnssecStatus.BOGUS;
        } else if (response.getHeader().getFlag(Flags.AD)) {
            status = DnssecStatus.SECURE;
        } else {
            status = DnssecStatus.INSECURE;
        }
        List<String> missing = head.unanswered();
        if (status != DnssecStatus.SECURE && !missing.isEmpty()) {
            return new Outcome(DnssecStatus.INDETERMINATE, "the evidence lacks " + String.join(", ", missing)
                    + " needed for the chain of trust" + (reason == null ? "" : " (validator: " + reason + ")"), ede);
        }
        return new Outcome(status, reason, ede);
    }

    private static String reasonOf(Message m) {
        for (Record r : m.getSection(Section.ADDITIONAL)) {
            if (r instanceof TXTRecord txt && r.getDClass() == ValidatingResolver.VALIDATION_REASON_QCLASS) {
                return String.join("", txt.getStrings());
            }
        }
        OPTRecord opt = m.getOPT();
        if (opt != null) {
            for (EDNSOption o : opt.getOptions(EDNSOption.Code.EDNS_EXTENDED_ERROR)) {
                if (o instanceof ExtendedErrorCodeOption ede) {
                    return ExtendedErrorCodeOption.text(ede.getErrorCode())
                            + (ede.getText() == null ? "" : ": " + ede.getText());
                }
            }
        }
        return null;
    }

    private static int edeOf(Message m) {
        OPTRecord opt = m.getOPT();
        if (opt != null) {
            for (EDNSOption o : opt.getOptions(EDNSOption.Code.EDNS_EXTENDED_ERROR)) {
                if (o instanceof ExtendedErrorCodeOption ede) {
                    return ede.getErrorCode();
                }
            }
        }
        return -1;
    }

    private static DnssecResult result(DnsRrset r, DnssecStatus s, String reason, int ede) {
        return new DnssecResult(s, reason, ede, r.name(), r.type(), r.source(), r.frames());
    }

    private static DnssecResult negResult(DnsNegative n, DnssecStatus s, String reason, int ede) {
        String why = reason == null ? n.kind() : n.kind() + ": " + reason;
        return new DnssecResult(s, why, ede, n.name(), n.type(), n.source(), n.frames());
    }
}
