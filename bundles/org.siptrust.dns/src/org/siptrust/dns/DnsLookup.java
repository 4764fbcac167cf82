package org.siptrust.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * Everything the evidence says about one question: the RRsets that answer it (from every source,
 * after following CNAMEs), the CNAMEs followed on the way, and the negative answers seen for it.
 * An empty lookup (no RRsets, no negatives) means the evidence is silent, which is not the same
 * as "does not exist". Immutable.
 */
public record DnsLookup(Name name, int type, List<DnsRrset> rrsets, List<DnsRrset> cnames,
        List<DnsNegative> negatives) {

    public DnsLookup {
        rrsets = List.copyOf(rrsets);
        cnames = List.copyOf(cnames);
        negatives = List.copyOf(negatives);
    }

    public boolean hasData() {
        return !rrsets.isEmpty();
    }

    /** True when nothing at all is known about the question. */
    public boolean isSilent() {
        return rrsets.isEmpty() && negatives.isEmpty() && cnames.isEmpty();
    }

    /** The distinct records of every answering RRset (and CNAME), sorted, as master-file lines. */
    public List<String> recordTexts() {
        TreeSet<String> out = new TreeSet<>();
        for (DnsRrset r : cnames) {
            r.records().forEach(x -> out.add(x.toString()));
        }
        for (DnsRrset r : rrsets) {
            r.records().forEach(x -> out.add(x.toString()));
        }
        return new ArrayList<>(out);
    }

    /** Frames of every capture response that contributed, ascending. */
    public List<Long> frames() {
        TreeSet<Long> out = new TreeSet<>();
        rrsets.forEach(r -> out.addAll(r.frames()));
        cnames.forEach(r -> out.addAll(r.frames()));
        negatives.forEach(n -> out.addAll(n.frames()));
        return new ArrayList<>(out);
    }

    /** Distinct sources that contributed, e.g. {@code [zone, capture]}. */
    public List<DnsSource> sources() {
        List<DnsSource> out = new ArrayList<>();
        rrsets.forEach(r -> addOnce(out, r.source()));
        cnames.forEach(r -> addOnce(out, r.source()));
        negatives.forEach(n -> addOnce(out, n.source()));
        return out;
    }

    private static void addOnce(List<DnsSource> list, DnsSource s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }

    @Override
    public String toString() {
        return name.toString(true) + " " + Type.string(type) + " -> " + rrsets + " " + negatives;
    }
}
