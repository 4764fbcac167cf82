package org.siptrust.dns;

import java.util.ArrayList;
import java.util.List;
import org.siptrust.core.RuleRef;

/**
 * One step of an RFC 3263 resolution: a DNS question (NAPTR, SRV, A, AAAA, TLSA) with what the
 * evidence answered, its DNSSEC status, the evidence's sources and frames, and the steps that
 * follow from its answer; or a step without a lookup ({@code target}, {@code numeric}). Immutable
 * once the locator has built it.
 */
public final class ResolutionNode {
    /** No answer either way in the evidence. */
    public static final String NO_EVIDENCE = "no-evidence";
    public static final String ANSWER = "answer";
    public static final String NXDOMAIN = "nxdomain";
    public static final String NODATA = "nodata";
    /** SERVFAIL, REFUSED and similar. */
    public static final String FAILURE = "failure";
    /** RFC 3263 says no lookup is done here. */
    public static final String NO_LOOKUP = "no-lookup";

    /** Node type of the root: the URI host being resolved. */
    public static final String TARGET = "target";
    /** Node type of an IP literal host: no lookup (RFC 3263 §4). */
    public static final String NUMERIC = "numeric";
    /** Node type of a host the client will contact (an SRV target, or the URI host), with its port. */
    public static final String HOST = "host";

    private final String name;
    private final String type;
    private final SipTransport transport;
    private final int port;
    private final List<String> records;
    private final String outcome;
    private final DnssecStatus dnssec;
    private final String dnssecReason;
    private final List<String> sources;
    private final List<Long> frames;
    private final String note;
    private final RuleRef rule;
    private final List<ResolutionNode> children;
    private final DnsLookup lookup;

    ResolutionNode(String name, String type, SipTransport transport, int port, List<String> records, String outcome,
            DnssecStatus dnssec, String dnssecReason, List<String> sources, List<Long> frames, String note,
            RuleRef rule, List<ResolutionNode> children, DnsLookup lookup) {
        this.name = name;
        this.type = type;
        this.transport = transport;
        this.port = port;
        this.records = List.copyOf(records);
        this.outcome = outcome;
        this.dnssec = dnssec;
        this.dnssecReason = dnssecReason;
        this.sources = List.copyOf(sources);
        this.frames = List.copyOf(frames);
        this.note = note;
        this.rule = rule;
        this.children = List.copyOf(children);
        this.lookup = lookup;
    }

    /** The queried name without trailing dot (the URI host for {@code target}/{@code numeric}). */
    public String name() {
        return name;
    }

    /**
     * {@code NAPTR}, {@code SRV}, {@code A}, {@code AAAA}, {@code TLSA} for lookups; {@code target},
     * {@code numeric} or {@code host} for steps without one.
     */
    public String type() {
        return type;
    }

    /** The transport this branch is for, or null above the point where it is known. */
    public SipTransport transport() {
        return transport;
    }

    /** The port this branch leads to (SRV port, URI port or default), -1 where not yet known. */
    public int port() {
        return port;
    }

    /** The RDATA of the answer, in presentation format (CNAMEs followed are listed first). */
    public List<String> records() {
        return records;
    }

    /** One of the outcome constants of this class. */
    public String outcome() {
        return outcome;
    }

    public boolean hasAnswer() {
        return ANSWER.equals(outcome);
    }

    /** DNSSEC status of the answer; null for steps without a lookup. */
    public DnssecStatus dnssec() {
        return dnssec;
    }

    public String dnssecReason() {
        return dnssecReason;
    }

    /** {@code capture}, {@code zone}, {@code live}: the evidence the answer came from. */
    public List<String> sources() {
        return sources;
    }

    public List<Long> frames() {
        return frames;
    }

    /** What RFC 3263 (or 2782, 6698, 7673) says happens here, for humans. */
    public String note() {
        return note;
    }

    public RuleRef rule() {
        return rule;
    }

    public List<ResolutionNode> children() {
        return children;
    }

    /** The evidence behind this step (null for steps without a lookup). */
    public DnsLookup lookup() {
        return lookup;
    }

    /** This node and all below it, depth first. */
    public List<ResolutionNode> flatten() {
        List<ResolutionNode> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(ResolutionNode n, List<ResolutionNode> out) {
        out.add(n);
        n.children.forEach(c -> collect(c, out));
    }

    /** An indented text rendering of the tree, for logs and the text report. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        render(this, 0, sb);
        return sb.toString();
    }

    private static void render(ResolutionNode n, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append(n.type).append(' ').append(n.name);
        if (n.transport != null) {
            sb.append(" [").append(n.transport.word()).append(n.port >= 0 ? ":" + n.port : "").append(']');
        }
        sb.append(" -> ").append(n.outcome);
        if (!n.records.isEmpty()) {
            sb.append(' ').append(n.records);
        }
        if (n.dnssec != null) {
            sb.append(" {").append(n.dnssec.word()).append('}');
        }
        if (!n.frames.isEmpty()) {
            sb.append(" frames ").append(n.frames);
        }
        if (n.note != null) {
            sb.append(" -- ").append(n.note);
        }
        sb.append('\n');
        n.children.forEach(c -> render(c, depth + 1, sb));
    }

    @Override
    public String toString() {
        return type + " " + name + " -> " + outcome + " " + records;
    }
}
