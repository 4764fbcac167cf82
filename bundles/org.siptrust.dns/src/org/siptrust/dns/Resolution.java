package org.siptrust.dns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.siptrust.core.Endpoint;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * The result of RFC 3263 server location for one target: the tree of lookups with their evidence
 * and DNSSEC status, the destinations it leads to, the queries RFC 3263 expects a client to ask,
 * and the comparison of those with what a client actually asked in the capture. Immutable.
 */
public final class Resolution {
    private final SipTarget target;
    private final ResolutionNode root;
    private final List<Destination> destinations;
    private final List<ExpectedQuery> expected;
    private final DnsEvidence evidence;

    Resolution(SipTarget target, ResolutionNode root, List<Destination> destinations, List<ExpectedQuery> expected,
            DnsEvidence evidence) {
        this.target = target;
        this.root = root;
        this.destinations = List.copyOf(destinations);
        this.expected = List.copyOf(expected);
        this.evidence = evidence;
    }

    public SipTarget target() {
        return target;
    }

    public ResolutionNode root() {
        return root;
    }

    /** Where the client may send the request, in the order RFC 3263 says to try them. */
    public List<Destination> destinations() {
        return destinations;
    }

    /** The destination matching a server endpoint seen in the capture, if resolution leads there. */
    public Optional<Destination> destinationFor(Endpoint server) {
        for (Destination d : destinations) {
            if (d.port() == server.port() && sameIp(d.ip(), server.ip())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static boolean sameIp(String a, String b) {
        try {
            return java.net.InetAddress.getByName(a).equals(java.net.InetAddress.getByName(b));
        } catch (java.net.UnknownHostException e) {
            return a.equalsIgnoreCase(b);
        }
    }

    /**
     * SRV targets that may serve as reference identities because the NAPTR/SRV chain that named
     * them is DNSSEC-secure (RFC 7673 §3, draft-johansson-dane-sip).
     */
    public List<SrvReferenceIdentity> secureSrvTargets() {
        return SrvReferenceIdentity.of(this);
    }

    /** The questions RFC 3263 says a client resolving this target asks, in order. */
    public List<ExpectedQuery> expectedQueries() {
        return expected;
    }

    /** Every DNS query the client (matched by IP address; source ports vary) sent in the capture. */
    public List<ObservedQuery> observedQueries(Endpoint client) {
        return observedQueries(client, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** The client's DNS queries within {@code [fromNanos, toNanos]}. */
    public List<ObservedQuery> observedQueries(Endpoint client, long fromNanos, long toNanos) {
        List<DnsMessageRecord> msgs = evidence.messages();
        List<ObservedQuery> out = new ArrayList<>();
        for (int i = 0; i < msgs.size(); i++) {
            DnsMessageRecord q = msgs.get(i);
            if (q.response() || q.src() == null || !q.src().ip().equalsIgnoreCase(client.ip())
                    || q.timeNanos() < fromNanos || q.timeNanos() > toNanos) {
                continue;
            }
            long respFrame = -1;
            String rcode = null;
            for (int j = i + 1; j < msgs.size(); j++) {
                DnsMessageRecord r = msgs.get(j);
                if (r.response() && r.id() == q.id() && q.src().equals(r.dst()) && q.dst() != null
                        && q.dst().equals(r.src()) && r.questionName().equalsIgnoreCase(q.questionName())) {
                    respFrame = r.frame();
                    rcode = r.rcodeName();
                    break;
                }
            }
            out.add(new ObservedQuery(q.frame(), q.timeNanos(), q.src(), q.questionName(), q.questionTypeName(),
                    q.dnssecOk(), respFrame, rcode));
        }
        return out;
    }

    /** {@link #compareQueries(Endpoint, long, long)} over the whole capture. */
    public List<QueryComparison> compareQueries(Endpoint client) {
        return compareQueries(client, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * Expected against observed queries for one client: each expected query with the frames that
     * asked it (or why it was not asked), then the client's queries about the names of this
     * resolution that RFC 3263 does not call for (for example an SRV query for a host whose URI
     * has an explicit port).
     */
    public List<QueryComparison> compareQueries(Endpoint client, long fromNanos, long toNanos) {
        List<ObservedQuery> observed = observedQueries(client, fromNanos, toNanos);
        Map<Long, DnsMessageRecord> byFrame = new HashMap<>();
        evidence.messages().forEach(m -> byFrame.put(m.frame(), m));
        List<QueryComparison> out = new ArrayList<>();
        List<ObservedQuery> used = new ArrayList<>();
        for (ExpectedQuery e : expected) {
            List<Long> frames = new ArrayList<>();
            for (ObservedQuery o : observed) {
                if (o.name().equalsIgnoreCase(e.name()) && e.types().contains(o.type())) {
                    frames.add(o.frame());
                    used.add(o);
                }
            }
            if (!frames.isEmpty()) {
                out.add(new QueryComparison(e.name(), e.typeText(), QueryComparison.ASKED, frames, e.why()));
                continue;
            }
            List<Long> additional = additionalFrames(e, client, byFrame, fromNanos, toNanos);
            if (!additional.isEmpty()) {
                out.add(new QueryComparison(e.name(), e.typeText(), QueryComparison.IN_ADDITIONAL, additional,
                        "not asked: the data came in a response to another query"));
            } else {
                out.add(new QueryComparison(e.name(), e.typeText(), e.optional() ? QueryComparison.OPTIONAL_NOT_ASKED
                        : QueryComparison.NOT_ASKED, List.of(), e.why()));
            }
        }
        List<String> treeNames = treeNames();
        for (ObservedQuery o : observed) {
            if (used.contains(o) || !relevant(o.name(), treeNames)) {
                continue;
            }
            out.add(new QueryComparison(o.name(), o.type(), QueryComparison.UNEXPECTED, List.of(o.frame()),
                    unexpectedWhy(o)));
        }
        return out;
    }

    private String unexpectedWhy(ObservedQuery o) {
        if (target.port() >= 0 && ("SRV".equals(o.type()) || "NAPTR".equals(o.type()))) {
            return "the URI has an explicit port: RFC 3263 §4.2 calls for an A/AAAA lookup only";
        }
        if (target.transportParam() != null && "NAPTR".equals(o.type())) {
            return "the URI has a transport parameter: RFC 3263 §4.1 skips NAPTR";
        }
        if (target.sips() && o.name().toLowerCase(Locale.ROOT).startsWith("_sip.")) {
            return "a sips URI must not be resolved to a non-TLS transport (RFC 3263 §4.1)";
        }
        return "not part of the RFC 3263 procedure for " + target;
    }

    private List<Long> additionalFrames(ExpectedQuery e, Endpoint client, Map<Long, DnsMessageRecord> byFrame,
            long from, long to) {
        TreeSet<Long> out = new TreeSet<>();
        Name name;
        try {
            name = Name.fromString(e.name() + ".");
        } catch (java.io.IOException ex) {
            return List.of();
        }
        for (String t : e.types()) {
            for (DnsRrset r : evidence.rrsets(name, Type.value(t))) {
                if (r.source() != DnsSource.CAPTURE) {
                    continue;
                }
                for (long f : r.frames()) {
                    DnsMessageRecord m = byFrame.get(f);
                    if (m != null && m.dst() != null && m.dst().ip().equalsIgnoreCase(client.ip())
                            && m.timeNanos() >= from && m.timeNanos() <= to) {
                        out.add(f);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private List<String> treeNames() {
        List<String> names = new ArrayList<>();
        names.add(target.host().toLowerCase(Locale.ROOT));
        for (ResolutionNode n : root.flatten()) {
            String s = n.name().toLowerCase(Locale.ROOT);
            if (!names.contains(s)) {
                names.add(s);
            }
        }
        return names;
    }

    private static boolean relevant(String queryName, List<String> treeNames) {
        String q = queryName.toLowerCase(Locale.ROOT);
        for (String n : treeNames) {
            if (q.equals(n) || q.endsWith("." + n)) {
                return true;
            }
        }
        return false;
    }

    /** An indented text rendering of the tree. */
    public String render() {
        return root.render();
    }

    @Override
    public String toString() {
        return "Resolution[" + target + " -> " + destinations.size() + " destinations]";
    }
}
