package org.siptrust.ui.dns.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.CertificateRecord;
import org.siptrust.analysis.Connection;
import org.siptrust.analysis.DaneView;
import org.siptrust.dns.Destination;
import org.siptrust.dns.DnssecStatus;
import org.siptrust.dns.Resolution;
import org.siptrust.dns.ResolutionNode;

/**
 * Builds the resolution tree of an analysis: one root per SIP target (its RFC 3263 steps below it),
 * and under every TLSA lookup the DANE verdict of each TLS connection that went to that name and
 * port, with the certificate it matched or failed.
 */
public final class ResolutionRows {
    private ResolutionRows() {
    }

    public static List<DnsRow> of(Analysis analysis) {
        List<DnsRow> out = new ArrayList<>();
        if (analysis == null) {
            return out;
        }
        for (Resolution r : analysis.resolutions()) {
            out.add(target(r, analysis));
        }
        return out;
    }

    private static DnsRow target(Resolution r, Analysis analysis) {
        ResolutionNode root = r.root();
        List<DnsRow> children = new ArrayList<>();
        for (ResolutionNode c : root.children()) {
            children.add(step(c, root, r, analysis));
        }
        DnssecStatus worst = null;
        boolean any = false;
        for (ResolutionNode n : root.flatten()) {
            if (n.dnssec() != null && n.hasAnswer()) {
                worst = any ? DnssecStatus.worst(worst, n.dnssec()) : n.dnssec();
                any = true;
            }
        }
        List<String> dests = new ArrayList<>();
        for (Destination d : r.destinations()) {
            dests.add(d.endpointText() + " " + d.transport().word().toUpperCase(Locale.ROOT)
                    + (d.host() != null ? " (" + d.host() + ")" : ""));
        }
        String answer = dests.isEmpty() ? "no destination" : "→ " + String.join(", ", dests);
        String why = worst == null ? "no DNSSEC-checked answer on the way"
                : "worst DNSSEC status of the answers on the way: " + worst.word();
        return new DnsRow(DnsRow.Kind.TARGET, r.target() + " (" + r.target().source() + ")", answer,
                worst == null ? "" : worst.word(), Tone.of(worst), why, List.of(), "", root.note(), r, root, null, children);
    }

    private static DnsRow step(ResolutionNode n, ResolutionNode parent, Resolution r, Analysis analysis) {
        List<DnsRow> children = new ArrayList<>();
        for (ResolutionNode c : n.children()) {
            children.add(step(c, n, r, analysis));
        }
        boolean lookup = n.lookup() != null || isLookupType(n.type());
        String note = n.note() == null ? "" : n.note();
        if (n.rule() != null && !note.contains(n.rule().toString())) {
            note = note.isEmpty() ? n.rule().toString() : note + " (" + n.rule() + ")";
        }
        if (!lookup) {
            String where = n.name() + (n.port() >= 0 ? ":" + n.port() : "")
                    + (n.transport() != null ? " " + n.transport().word().toUpperCase(Locale.ROOT) : "");
            String answer = n.records().isEmpty() ? "" : String.join("; ", n.records());
            return new DnsRow(DnsRow.Kind.STEP, "→ " + where, answer, "", Tone.NONE, "", n.frames(), "", note, r, n, null,
                    children);
        }
        if ("TLSA".equals(n.type())) {
            children.addAll(daneRows(n, parent, analysis));
        }
        String step = n.type() + " " + n.name()
                + (n.transport() != null && !"TLSA".equals(n.type()) ? " [" + n.transport().word().toUpperCase(Locale.ROOT)
                        + (n.port() >= 0 && !"SRV".equals(n.type()) ? ":" + n.port() : "") + "]" : "");
        String answer = n.hasAnswer() ? String.join("; ", n.records()) : outcomeWord(n.outcome());
        DnssecStatus s = n.dnssec();
        return new DnsRow(DnsRow.Kind.LOOKUP, step, answer, s == null ? "" : s.word(), Tone.of(s), n.dnssecReason(),
                n.frames(), String.join(", ", n.sources()), note, r, n, null, children);
    }

    private static boolean isLookupType(String type) {
        return switch (type) {
            case "NAPTR", "SRV", "A", "AAAA", "TLSA", "CNAME" -> true;
            default -> false;
        };
    }

    static String outcomeWord(String outcome) {
        return switch (outcome) {
            case ResolutionNode.NXDOMAIN -> "no such name (NXDOMAIN)";
            case ResolutionNode.NODATA -> "no records of this type (NODATA)";
            case ResolutionNode.NO_EVIDENCE -> "no evidence either way";
            case ResolutionNode.FAILURE -> "lookup failed (SERVFAIL or REFUSED)";
            case ResolutionNode.NO_LOOKUP -> "no lookup";
            default -> outcome;
        };
    }

    /**
     * The DANE verdicts of the connections that went to this TLSA name's port (and, when the
     * sibling address lookups answered, to one of those addresses).
     */
    private static List<DnsRow> daneRows(ResolutionNode tlsa, ResolutionNode parent, Analysis analysis) {
        List<String> addresses = new ArrayList<>();
        for (ResolutionNode sibling : parent.children()) {
            if (("A".equals(sibling.type()) || "AAAA".equals(sibling.type())) && sibling.hasAnswer()) {
                addresses.addAll(sibling.records());
            }
        }
        String name = normal(tlsa.name());
        List<DnsRow> out = new ArrayList<>();
        for (DaneView d : analysis.dane()) {
            if (!normal(d.tlsaName()).equals(name)) {
                continue;
            }
            Optional<Connection> c = analysis.connection(d.connection());
            if (c.isEmpty()) {
                continue;
            }
            if (tlsa.port() >= 0 && c.get().server().port() != tlsa.port()) {
                continue;
            }
            if (!addresses.isEmpty() && !addresses.contains(c.get().server().ip())) {
                continue;
            }
            out.add(daneRow(d, c.get(), analysis));
        }
        return out;
    }

    static DnsRow daneRow(DaneView d, Connection c, Analysis analysis) {
        String cert = leafName(c, analysis);
        String answer = d.result() + (cert == null ? "" : " — certificate " + cert);
        return new DnsRow(DnsRow.Kind.DANE, "DANE " + c.id() + " " + c.client().ip() + " → " + c.server(), answer, d.result(),
                Tone.ofDane(d.result()), d.explanation(), d.frames(), "", d.rule() == null ? "" : d.rule(), null, null, d,
                List.of());
    }

    /** CN of the server's leaf certificate on the connection, or null. */
    public static String leafName(Connection c, Analysis analysis) {
        if (!c.isTls() || c.tls().serverCertificates().isEmpty()) {
            return null;
        }
        Optional<CertificateRecord> r = analysis.certificate(c.tls().serverCertificates().get(0));
        if (r.isEmpty()) {
            return null;
        }
        List<String> cns = r.get().info().subjectCommonNames();
        return cns.isEmpty() ? r.get().info().subject() : cns.get(0);
    }

    static String normal(String name) {
        if (name == null) {
            return "";
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
