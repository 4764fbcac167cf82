package org.siptrust.dns;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Type;

/**
 * A dnsjava {@link Resolver} that answers from the evidence instead of the network, like the
 * authoritative server whose data the evidence holds, so that dnsjava's ValidatingResolver can
 * chase DNSKEY and DS records through it. The RRset (or negative answer) under validation is
 * answered exactly as given; other questions are answered from the best evidence available
 * (signed before unsigned, the same source as the subject first). Questions the evidence cannot
 * answer at all are remembered, so that a failure caused by missing evidence is not reported as
 * bogus data.
 */
final class EvidenceResolver implements Resolver {
    private static final int MAX_CNAME_CHAIN = 8;

    private final DnsEvidence evidence;
    private final DnsRrset subject;
    private final DnsNegative negativeSubject;
    private final DnsSource preferred;
    private final List<String> unanswered = Collections.synchronizedList(new ArrayList<>());
    private Duration timeout;

    EvidenceResolver(DnsEvidence evidence, DnsRrset subject, DnsNegative negativeSubject, DnsSource preferred) {
        this.evidence = evidence;
        // the validator's whole chase runs under this timeout; live questions may each take seconds
        this.timeout = Duration.ofSeconds(evidence.hasLiveResolver() ? 60 : 10);
        this.subject = subject;
        this.negativeSubject = negativeSubject;
        this.preferred = preferred;
    }

    /** Questions ({@code name TYPE}) on which the evidence was silent. */
    List<String> unanswered() {
        synchronized (unanswered) {
            return List.copyOf(unanswered);
        }
    }

    @Override
    public CompletionStage<Message> sendAsync(Message query) {
        return CompletableFuture.completedFuture(answer(query));
    }

    @Override
    public CompletionStage<Message> sendAsync(Message query, Executor executor) {
        return CompletableFuture.completedFuture(answer(query));
    }

    Message answer(Message query) {
        Record q = query.getQuestion();
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        if (q == null) {
            response.getHeader().setRcode(Rcode.FORMERR);
            return response;
        }
        response.addRecord(q, Section.QUESTION);
        Name name = q.getName();
        int type = q.getType();
        Set<Name> seen = new HashSet<>();
        for (int hop = 0; hop <= MAX_CNAME_CHAIN && seen.add(name); hop++) {
            DnsRrset data = pick(name, type);
            if (data != null) {
                add(response, data, Section.ANSWER);
                if (isWildcardExpansion(data)) {
                    for (DnsRrset proof : evidence.wildcardProof(name, type)) {
                        add(response, proof, Section.AUTHORITY);
                    }
                }
                return response;
            }
            if (type != Type.CNAME) {
                DnsRrset cname = pick(name, Type.CNAME);
                if (cname != null) {
                    add(response, cname, Section.ANSWER);
                    name = ((CNAMERecord) cname.records().get(0)).getTarget();
                    continue;
                }
            }
            DnsNegative negative = pickNegative(name, type);
            if (negative != null) {
                if (response.getSection(Section.ANSWER).isEmpty() || negative.isNxdomain()) {
                    response.getHeader().setRcode(negative.rcode());
                }
                for (Record r : negative.authority()) {
                    if (!response.findRecord(r, Section.AUTHORITY)) {
                        response.addRecord(r, Section.AUTHORITY);
                    }
                }
                return response;
            }
            unanswered.add(name.toString(true) + " " + Type.string(type));
            return response;
        }
        return response;
    }

    private DnsRrset pick(Name name, int type) {
        if (subject != null && subject.name().equals(name) && subject.type() == type) {
            return subject;
        }
        if (negativeSubject != null && negativeSubject.name().equals(name) && negativeSubject.type() == type) {
            return null;
        }
        List<DnsRrset> candidates = evidence.rrsets(name, type);
        DnsRrset best = null;
        int bestScore = -1;
        for (DnsRrset r : candidates) {
            int score = (r.isSigned() ? 2 : 0) + (r.source() == preferred ? 1 : 0);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    private DnsNegative pickNegative(Name name, int type) {
        if (negativeSubject != null && negativeSubject.name().equals(name) && negativeSubject.type() == type) {
            return negativeSubject;
        }
        DnsNegative best = null;
        int bestScore = -1;
        for (DnsNegative n : evidence.negatives(name, type)) {
            if (n.isFailure()) {
                continue;
            }
            boolean signed = n.authority().stream().anyMatch(r -> r.getType() == Type.RRSIG);
            int score = (signed ? 4 : 0) + (n.source() == DnsSource.ZONE ? 2 : 0) + (n.source() == preferred ? 1 : 0);
            if (score > bestScore) {
                best = n;
                bestScore = score;
            }
        }
        return best;
    }

    /** RRSIG labels fewer than the owner's labels mark data expanded from a wildcard (RFC 4035 §5.3.4). */
    private static boolean isWildcardExpansion(DnsRrset set) {
        int labels = set.name().labels() - 1;
        return set.signatures().stream().anyMatch(s -> s.getLabels() < labels);
    }

    private static void add(Message m, DnsRrset set, int section) {
        set.records().forEach(r -> m.addRecord(r, section));
        set.signatures().forEach(r -> m.addRecord(r, section));
    }

    @Override
    public void setPort(int port) {
        // answers come from memory
    }

    @Override
    public void setTCP(boolean flag) {
        // answers come from memory
    }

    @Override
    public void setIgnoreTruncation(boolean flag) {
        // answers are never truncated
    }

    @Override
    public void setEDNS(int version, int payloadSize, int flags, List<EDNSOption> options) {
        // signatures are always included
    }

    @Override
    public void setTSIGKey(TSIG key) {
        // nothing is signed in transit
    }

    @Override
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Duration getTimeout() {
        return timeout;
    }
}
