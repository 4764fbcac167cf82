package org.siptrust.dns;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.siptrust.core.RuleRef;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.NAPTRRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.Type;

/**
 * RFC 3263 server location, answered from DNS evidence rather than the network: NAPTR (§4.1),
 * SRV (§4.2, RFC 2782 order), A/AAAA, and for TLS transports the TLSA records at
 * {@code _port._tcp.<target>} (RFC 6698 §3, RFC 7673 §3). The rules applied:
 * <ul>
 * <li>a numeric host is not looked up (§4);</li>
 * <li>an explicit port means an A/AAAA lookup only (§4.2);</li>
 * <li>a transport parameter skips NAPTR and asks SRV for that transport (§4.1, §4.2);</li>
 * <li>a sips URI uses only TLS transports (§4.1);</li>
 * <li>without NAPTR records, SRV is asked for each transport the client supports (§4.1);</li>
 * <li>without SRV records, the host's A/AAAA with the default port: 5061 for TLS, 5060
 * otherwise (§4.2).</li>
 * </ul>
 * Every lookup carries its evidence (source and frames) and, when a validator is given, its
 * DNSSEC status.
 */
public final class Rfc3263Locator {
    /** The transports a typical SIP client supports, used by {@link #locate}. */
    public static final Set<SipTransport> DEFAULT_TRANSPORTS = EnumSet.of(SipTransport.TLS, SipTransport.TCP,
            SipTransport.UDP);

    private static final RuleRef RFC3263_4 = RuleRef.rfc(3263, "4");
    private static final RuleRef RFC3263_4_1 = RuleRef.rfc(3263, "4.1");
    private static final RuleRef RFC3263_4_2 = RuleRef.rfc(3263, "4.2");
    private static final RuleRef RFC2782 = RuleRef.rfc(2782, null);
    private static final RuleRef RFC7673_3 = RuleRef.rfc(7673, "3");
    private static final int MAX_NAPTR_BRANCHES = 16;
    private static final int MAX_SRV_TARGETS = 32;

    private final Set<SipTransport> transports;

    /** A locator for a client that supports {@code clientTransports}. */
    public Rfc3263Locator(Set<SipTransport> clientTransports) {
        this.transports = EnumSet.copyOf(clientTransports);
    }

    /** Locates {@code target} for a client supporting TLS, TCP and UDP. */
    public static Resolution locate(SipTarget target, DnsEvidence evidence, DnssecValidator validatorOrNull) {
        return new Rfc3263Locator(DEFAULT_TRANSPORTS).resolve(target, evidence, validatorOrNull);
    }

    public Resolution resolve(SipTarget target, DnsEvidence evidence, DnssecValidator validatorOrNull) {
        Objects.requireNonNull(target);
        Objects.requireNonNull(evidence);
        Walk w = new Walk(evidence, validatorOrNull);
        Node root = new Node(ResolutionNode.TARGET, target.host());
        root.outcome = ResolutionNode.NO_LOOKUP;
        root.note = "resolving " + target + (target.source() == null ? "" : " (" + target.source() + ")");
        root.rule = RFC3263_4;
        w.locate(target, root);
        return new Resolution(target, root.build(), w.destinations, w.expected, evidence);
    }

    /** A node under construction. */
    private static final class Node {
        final String type;
        final String name;
        SipTransport transport;
        int port = -1;
        List<String> records = List.of();
        String outcome;
        DnssecStatus dnssec;
        String dnssecReason;
        List<String> sources = List.of();
        List<Long> frames = List.of();
        String note;
        RuleRef rule;
        final List<Node> children = new ArrayList<>();
        DnsLookup lookup;

        Node(String type, String name) {
            this.type = type;
            this.name = name;
        }

        Node add(Node child) {
            children.add(child);
            return child;
        }

        ResolutionNode build() {
            List<ResolutionNode> built = new ArrayList<>();
            children.forEach(c -> built.add(c.build()));
            return new ResolutionNode(name, type, transport, port, records, outcome, dnssec, dnssecReason, sources,
                    frames, note, rule, built, lookup);
        }
    }

    private final class Walk {
        final DnsEvidence evidence;
        final DnssecValidator validator;
        final List<Destination> destinations = new ArrayList<>();
        final List<ExpectedQuery> expected = new ArrayList<>();

        Walk(DnsEvidence evidence, DnssecValidator validator) {
            this.evidence = evidence;
            this.validator = validator;
        }

        void locate(SipTarget target, Node root) {
            String host = target.host();
            SipTransport fromParam = null;
            if (target.transportParam() != null) {
                fromParam = SipTransport.fromParam(target.transportParam(), target.sips());
                if (fromParam == null) {
                    root.outcome = ResolutionNode.FAILURE;
                    root.note = "transport=" + target.transportParam() + " is not usable"
                            + (target.sips() ? " with a sips URI (TLS is required)" : "") + "; resolution fails";
                    root.rule = RFC3263_4_1;
                    return;
                }
            }
            if (target.isNumericHost()) {
                SipTransport t = fromParam != null ? fromParam : target.sips() ? SipTransport.TLS : SipTransport.UDP;
                int port = target.port() >= 0 ? target.port() : t.defaultPort();
                Node n = root.add(new Node(ResolutionNode.NUMERIC, host));
                n.transport = t;
                n.port = port;
                n.outcome = ResolutionNode.NO_LOOKUP;
                n.note = "IP literal: RFC 3263 §4 does no DNS lookup (" + t.word() + " to port " + port
                        + "); no certificate name can be checked against an address under RFC 5922";
                n.rule = RFC3263_4;
                destinations.add(new Destination(t, host, port, host, null, null, null, null, List.of(), null,
                        List.of(), destinations.isEmpty()));
                return;
            }
            if (target.port() >= 0) {
                SipTransport t = fromParam != null ? fromParam : target.sips() ? SipTransport.TLS : SipTransport.UDP;
                Node h = root.add(hostNode(host, target.port(), t));
                h.note = "explicit port: RFC 3263 §4.2 calls for an A/AAAA lookup only (no NAPTR, no SRV)"
                        + (fromParam == null ? "; no transport parameter, so " + t.word() + " (§4.1)" : "");
                h.rule = RFC3263_4_2;
                addresses(h, host, target.port(), t, null, null, false);
                return;
            }
            if (fromParam != null) {
                String srvName = fromParam.srvPrefix() + "." + host;
                boolean found = srv(root, srvName, fromParam, null, false,
                        "transport parameter: RFC 3263 §4.1 skips NAPTR; §4.2 asks SRV for " + fromParam.word());
                if (!found) {
                    defaultPort(root, host, fromParam);
                }
                return;
            }
            naptr(target, root);
        }

        void naptr(SipTarget target, Node root) {
            String host = target.host();
            Node n = root.add(lookupNode(host, Type.NAPTR, null, -1));
            expect(host, List.of("NAPTR"), false, "RFC 3263 §4.1: no port, no transport parameter: NAPTR first");
            n.rule = RFC3263_4_1;
            List<NAPTRRecord> records = new ArrayList<>();
            if (n.lookup != null) {
                for (DnsRrset r : n.lookup.rrsets()) {
                    for (Record rec : r.records()) {
                        if (rec instanceof NAPTRRecord nr && records.stream().noneMatch(x -> x.equals(nr))) {
                            records.add(nr);
                        }
                    }
                }
            }
            if (!records.isEmpty()) {
                records.sort(Comparator.comparingInt(NAPTRRecord::getOrder)
                        .thenComparingInt(NAPTRRecord::getPreference));
                List<String> skipped = new ArrayList<>();
                boolean resolved = false;
                int branches = 0;
                for (NAPTRRecord r : records) {
                    SipTransport t = SipTransport.fromNaptrService(r.getService());
                    String why = null;
                    if (t == null) {
                        why = "not a SIP service";
                    } else if (!"s".equalsIgnoreCase(r.getFlags())) {
                        why = "flags \"" + r.getFlags() + "\" (only terminal \"S\" leads to SRV here)";
                    } else if (target.sips() && !t.isSecure()) {
                        why = "not TLS, and the URI is sips";
                    } else if (!transports.contains(t)) {
                        why = "transport not supported by the client";
                    }
                    if (why != null) {
                        skipped.add(r.getService() + ": " + why);
                        continue;
                    }
                    if (++branches > MAX_NAPTR_BRANCHES) {
                        break;
                    }
                    boolean found = srv(n, r.getReplacement().toString(true), t, n, resolved,
                            "NAPTR " + r.getService() + " (order " + r.getOrder() + ", preference " + r.getPreference()
                                    + ") -> SRV " + r.getReplacement().toString(true));
                    resolved |= found;
                }
                if (branches == 0) {
                    n.note = "NAPTR records exist but none is usable (" + String.join("; ", skipped)
                            + "): RFC 3263 §4.1 gives no fallback, resolution fails";
                    root.outcome = ResolutionNode.FAILURE;
                } else if (!skipped.isEmpty()) {
                    n.note = "skipped: " + String.join("; ", skipped);
                }
                return;
            }
            n.note = (n.lookup == null || n.lookup.isSilent() ? "no evidence for NAPTR (treated as none)"
                    : "no NAPTR records") + ": RFC 3263 §4.1 asks SRV for each transport the client supports, "
                    + "\"_sips\" for a sips URI";
            boolean any = false;
            for (SipTransport t : List.of(SipTransport.TLS, SipTransport.TCP, SipTransport.UDP, SipTransport.TLS_SCTP,
                    SipTransport.SCTP)) {
                if (!transports.contains(t) || (target.sips() && !t.isSecure())) {
                    continue;
                }
                any |= srv(root, t.srvPrefix() + "." + host, t, null, false,
                        "no NAPTR: RFC 3263 §4.1 SRV query for supported transport " + t.word());
            }
            if (!any) {
                SipTransport t = target.sips() ? SipTransport.TLS : SipTransport.UDP;
                defaultPort(root, host, t);
            }
        }

        void defaultPort(Node parent, String host, SipTransport t) {
            Node h = parent.add(hostNode(host, t.defaultPort(), t));
            h.note = "no SRV records: RFC 3263 §4.2 looks up A/AAAA of the host and uses the default port "
                    + t.defaultPort() + " with " + t.word();
            h.rule = RFC3263_4_2;
            addresses(h, host, t.defaultPort(), t, null, null, false);
        }

        /** One SRV lookup and its targets; true when it yielded at least one usable target. */
        boolean srv(Node parent, String srvName, SipTransport t, Node naptrNode, boolean optional, String why) {
            Node s = parent.add(lookupNode(srvName, Type.SRV, t, -1));
            s.note = why;
            s.rule = naptrNode != null ? RFC3263_4_1 : RFC3263_4_2;
            expect(srvName, List.of("SRV"), optional, why);
            List<SRVRecord> records = new ArrayList<>();
            if (s.lookup != null) {
                for (DnsRrset r : s.lookup.rrsets()) {
                    for (Record rec : r.records()) {
                        if (rec instanceof SRVRecord sr && records.stream().noneMatch(x -> x.equals(sr))) {
                            records.add(sr);
                        }
                    }
                }
            }
            if (records.isEmpty()) {
                return false;
            }
            // RFC 2782: lowest priority first; within a priority, higher weight is more likely first
            records.sort(Comparator.comparingInt(SRVRecord::getPriority)
                    .thenComparing(Comparator.comparingInt(SRVRecord::getWeight).reversed()));
            boolean usable = false;
            int count = 0;
            for (SRVRecord r : records) {
                if (++count > MAX_SRV_TARGETS) {
                    break;
                }
                String target = r.getTarget().toString(true);
                if (r.getTarget().equals(Name.root) || ".".equals(target) || target.isEmpty()) {
                    Node none = s.add(new Node(ResolutionNode.HOST, "."));
                    none.outcome = ResolutionNode.NO_LOOKUP;
                    none.note = "target \".\": the service is decidedly not available at this domain (RFC 2782)";
                    none.rule = RFC2782;
                    continue;
                }
                Node h = s.add(hostNode(target, r.getPort(), t));
                h.records = List.of(r.rdataToString());
                h.note = "SRV priority " + r.getPriority() + " weight " + r.getWeight() + " port " + r.getPort();
                h.rule = RFC2782;
                addresses(h, target, r.getPort(), t, naptrNode, s, optional || usable);
                usable = true;
            }
            return usable;
        }

        void addresses(Node hostNode, String host, int port, SipTransport t, Node naptrNode, Node srvNode,
                boolean optional) {
            Node a = hostNode.add(lookupNode(host, Type.A, t, port));
            Node aaaa = lookupNode(host, Type.AAAA, t, port);
            if (aaaa.lookup == null || !aaaa.lookup.isSilent()) {
                hostNode.add(aaaa);
            }
            expect(host, List.of("A", "AAAA"), optional, "address of " + host + " (port " + port + ", " + t.word()
                    + ")");
            DnssecStatus chain = null;
            String naptrName = null;
            if (naptrNode != null) {
                naptrName = naptrNode.name;
                chain = DnssecStatus.worst(chain, naptrNode.dnssec);
            }
            if (srvNode != null) {
                chain = DnssecStatus.worst(chain, srvNode.dnssec);
            }
            DnssecStatus addrStatus = null;
            for (Node n : List.of(a, aaaa)) {
                if (ResolutionNode.ANSWER.equals(n.outcome)) {
                    addrStatus = DnssecStatus.worst(addrStatus, n.dnssec);
                }
            }
            chain = DnssecStatus.worst(chain, addrStatus != null ? addrStatus : a.dnssec);
            String tlsaName = null;
            List<TlsaRecord> tlsa = new ArrayList<>();
            DnssecStatus tlsaStatus = null;
            List<Long> tlsaFrames = List.of();
            if (t.isSecure()) {
                tlsaName = "_" + port + "._" + t.tlsaProtocol() + "." + host;
                Node tn = hostNode.add(lookupNode(tlsaName, Type.TLSA, t, port));
                tn.rule = RFC7673_3;
                expect(tlsaName, List.of("TLSA"), true, "DANE: TLSA at _port._proto.<target> (RFC 6698 §3, RFC 7673 §3)");
                if (tn.lookup != null) {
                    for (DnsRrset r : tn.lookup.rrsets()) {
                        for (Record rec : r.records()) {
                            if (rec instanceof TLSARecord tr) {
                                TlsaRecord x = TlsaRecord.of(tr);
                                if (!tlsa.contains(x)) {
                                    tlsa.add(x);
                                }
                            }
                        }
                    }
                    tlsaFrames = tn.lookup.frames();
                }
                tlsaStatus = DnssecStatus.worst(chain, tn.dnssec);
                if (chain != DnssecStatus.SECURE) {
                    tn.note = "the " + (srvNode != null ? "SRV and " : "") + "address records are "
                            + (chain == null ? "unvalidated" : chain.word())
                            + ": RFC 7673 §3 says a DANE client does not use TLSA here";
                } else {
                    tn.note = tlsa.isEmpty() ? "no TLSA records: DANE does not apply" : "TLSA usable if secure";
                }
            }
            List<String> ips = new ArrayList<>();
            for (Node n : List.of(a, aaaa)) {
                if (n.lookup == null) {
                    continue;
                }
                for (DnsRrset r : n.lookup.rrsets()) {
                    for (Record rec : r.records()) {
                        String ip = rec instanceof ARecord ar ? ar.getAddress().getHostAddress()
                                : rec instanceof AAAARecord ar6 ? ar6.getAddress().getHostAddress() : null;
                        if (ip != null && !ips.contains(ip)) {
                            ips.add(ip);
                        }
                    }
                }
            }
            if (ips.isEmpty()) {
                hostNode.note = (hostNode.note == null ? "" : hostNode.note + "; ") + "no address found for " + host;
            }
            for (String ip : ips) {
                destinations.add(new Destination(t, ip, port, host, naptrName, srvNode == null ? null : srvNode.name,
                        chain, tlsaName, tlsa, tlsaStatus, tlsaFrames, destinations.isEmpty()));
            }
        }

        Node hostNode(String host, int port, SipTransport t) {
            Node h = new Node(ResolutionNode.HOST, host);
            h.port = port;
            h.transport = t;
            h.outcome = ResolutionNode.NO_LOOKUP;
            return h;
        }

        Node lookupNode(String owner, int type, SipTransport t, int port) {
            Node n = new Node(Type.string(type), owner);
            n.transport = t;
            n.port = port;
            Name name;
            try {
                name = Name.fromString(owner.endsWith(".") ? owner : owner + ".");
            } catch (IOException | RuntimeException e) {
                n.outcome = ResolutionNode.FAILURE;
                n.note = "not a valid DNS name";
                n.dnssec = DnssecStatus.INDETERMINATE;
                n.dnssecReason = "no lookup";
                return n;
            }
            DnsLookup l = evidence.lookup(name, type);
            n.lookup = l;
            List<String> recs = new ArrayList<>();
            for (DnsRrset r : l.cnames()) {
                r.records().forEach(x -> addOnce(recs, "CNAME " + x.rdataToString()));
            }
            for (DnsRrset r : l.rrsets()) {
                r.records().forEach(x -> addOnce(recs, x.rdataToString()));
            }
            n.records = recs;
            if (l.hasData()) {
                n.outcome = ResolutionNode.ANSWER;
            } else if (l.negatives().stream().anyMatch(DnsNegative::isNxdomain)) {
                n.outcome = ResolutionNode.NXDOMAIN;
            } else if (l.negatives().stream().anyMatch(DnsNegative::isNodata)) {
                n.outcome = ResolutionNode.NODATA;
            } else if (!l.negatives().isEmpty()) {
                n.outcome = ResolutionNode.FAILURE;
            } else {
                n.outcome = ResolutionNode.NO_EVIDENCE;
            }
            Set<String> sources = new LinkedHashSet<>();
            l.sources().forEach(s -> sources.add(s.word()));
            n.sources = new ArrayList<>(sources);
            n.frames = new ArrayList<>(new TreeSet<>(l.frames()));
            if (validator != null) {
                DnssecResult r = validator.validate(l);
                n.dnssec = r.status();
                n.dnssecReason = r.reason();
            } else {
                n.dnssec = DnssecStatus.INDETERMINATE;
                n.dnssecReason = "not validated (no DNSSEC validator)";
            }
            return n;
        }

        void expect(String name, List<String> types, boolean optional, String why) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (ExpectedQuery e : expected) {
                if (e.name().toLowerCase(Locale.ROOT).equals(lower) && e.types().equals(types)) {
                    return;
                }
            }
            expected.add(new ExpectedQuery(name, types, optional, why));
        }
    }

    private static void addOnce(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }
}
