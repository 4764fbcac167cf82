package org.siptrust.dns.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siptrust.dns.DnsRrset;
import org.siptrust.dns.DnsSource;
import org.siptrust.dns.ZoneFileException;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Master;
import org.xbill.DNS.NSEC3Record;
import org.xbill.DNS.NSECRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;
import org.xbill.DNS.utils.base32;

/**
 * The contents of one master file held in memory, answering like the authoritative server of the
 * zone(s) it contains: positive data, CNAMEs, wildcard expansion, and NODATA/NXDOMAIN with the
 * NSEC or NSEC3 records that prove them, so that a DNSSEC validator can check denial of existence
 * too. Names below a zone cut (delegations and their glue) are not answered. Immutable.
 */
public final class ZoneData {
    /** Zone files larger than this are refused rather than risking the heap. */
    public static final int MAX_RECORDS = 2_000_000;

    private static final Pattern TOKENIZER_MESSAGE = Pattern.compile("^.*?:(\\d+): (.*)$", Pattern.DOTALL);
    private static final base32 B32HEX = new base32(base32.Alphabet.BASE32HEX, false, false);

    private final String label;
    private final List<Name> apexes;
    private final Map<Name, Map<Integer, DnsRrset>> byName;
    private final TreeSet<Name> names;
    private final TreeMap<Name, DnsRrset> nsecs;
    private final List<Nsec3> nsec3s;

    private record Nsec3(DnsRrset rrset, NSEC3Record record, byte[] ownerHash, Name apex) {
    }

    private ZoneData(String label, List<Name> apexes, Map<Name, Map<Integer, DnsRrset>> byName) {
        this.label = label;
        this.apexes = List.copyOf(apexes);
        this.byName = byName;
        this.names = new TreeSet<>(byName.keySet());
        this.nsecs = new TreeMap<>();
        List<Nsec3> n3 = new ArrayList<>();
        for (Map<Integer, DnsRrset> m : byName.values()) {
            DnsRrset nsec = m.get(Type.NSEC);
            if (nsec != null) {
                nsecs.put(nsec.name(), nsec);
            }
            DnsRrset nsec3 = m.get(Type.NSEC3);
            if (nsec3 != null && nsec3.name().labels() > 1) {
                Name apex = new Name(nsec3.name(), 1);
                try {
                    byte[] hash = B32HEX.fromString(nsec3.name().getLabelString(0));
                    if (hash != null) {
                        n3.add(new Nsec3(nsec3, (NSEC3Record) nsec3.records().get(0), hash, apex));
                    }
                } catch (RuntimeException e) {
                    // an owner label that is not base32hex cannot take part in a proof
                }
            }
        }
        this.nsec3s = List.copyOf(n3);
    }

    /**
     * Reads a master file. The origin comes from {@code $ORIGIN} lines or absolute owner names;
     * {@code defaultOrigin} (may be null) is used for relative names before any {@code $ORIGIN}.
     * {@code $INCLUDE} is refused: a zone given as evidence must be self-contained.
     */
    public static ZoneData parse(InputStream in, String label, Name defaultOrigin) throws ZoneFileException {
        Map<Name, Map<Integer, List<Record>>> data = new LinkedHashMap<>();
        Map<Name, Map<Integer, List<RRSIGRecord>>> sigs = new HashMap<>();
        List<Name> apexes = new ArrayList<>();
        int count = 0;
        try (Master master = new Master(in, defaultOrigin, -1)) {
            master.disableIncludes(true);
            Record r;
            while ((r = nextRecord(master, label)) != null) {
                if (++count > MAX_RECORDS) {
                    throw new ZoneFileException(label, 0, "more than " + MAX_RECORDS + " records");
                }
                if (r.getDClass() != DClass.IN) {
                    continue;
                }
                if (r instanceof RRSIGRecord sig) {
                    sigs.computeIfAbsent(r.getName(), k -> new HashMap<>())
                            .computeIfAbsent(sig.getTypeCovered(), k -> new ArrayList<>()).add(sig);
                    continue;
                }
                if (r.getType() == Type.SOA && !apexes.contains(r.getName())) {
                    apexes.add(r.getName());
                }
                data.computeIfAbsent(r.getName(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.getType(), k -> new ArrayList<>()).add(r);
            }
        }
        if (count == 0) {
            throw new ZoneFileException(label, 0, "no resource records in the file");
        }
        Map<Name, Map<Integer, DnsRrset>> byName = new HashMap<>();
        for (Entry<Name, Map<Integer, List<Record>>> e : data.entrySet()) {
            Map<Integer, DnsRrset> m = new LinkedHashMap<>();
            for (Entry<Integer, List<Record>> t : e.getValue().entrySet()) {
                List<RRSIGRecord> s = sigs.getOrDefault(e.getKey(), Map.of()).getOrDefault(t.getKey(), List.of());
                m.put(t.getKey(), DnsRrset.of(t.getValue(), s, DnsSource.ZONE, label, List.of(), true));
            }
            byName.put(e.getKey(), m);
        }
        return new ZoneData(label, apexes, byName);
    }

    private static Record nextRecord(Master master, String label) throws ZoneFileException {
        try {
            return master.nextRecord();
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            Matcher m = TOKENIZER_MESSAGE.matcher(msg);
            if (m.matches()) {
                throw new ZoneFileException(label, Long.parseLong(m.group(1)), m.group(2));
            }
            throw new ZoneFileException(label, 0, msg);
        } catch (IllegalArgumentException e) {
            // RelativeNameException and invalid values from record constructors
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("is not an absolute name") || msg.contains("not absolute")) {
                msg = msg + " (add $ORIGIN or use absolute owner names)";
            }
            throw new ZoneFileException(label, 0, msg);
        }
    }

    public String label() {
        return label;
    }

    /** Owner names of the SOA records in the file (the zones it holds). */
    public List<Name> apexes() {
        return apexes;
    }

    /** Every RRset in the file, signatures attached, in canonical name order. */
    public List<DnsRrset> rrsets() {
        List<DnsRrset> out = new ArrayList<>();
        for (Name n : names) {
            out.addAll(byName.get(n).values());
        }
        return out;
    }

    public DnsRrset rrset(Name name, int type) {
        Map<Integer, DnsRrset> m = byName.get(name);
        return m == null ? null : m.get(type);
    }

    /** The zone (apex) of this file that is authoritative for {@code qname}, or null. */
    public Name apexFor(Name qname, int qtype) {
        Name best = null;
        for (Name apex : apexes) {
            if (qname.subdomain(apex) && (best == null || apex.labels() > best.labels())) {
                best = apex;
            }
        }
        if (best == null) {
            return null;
        }
        // walk from just below the apex down to qname: an NS RRset there is a zone cut
        for (int l = best.labels() + 1; l <= qname.labels(); l++) {
            Name a = new Name(qname, qname.labels() - l);
            if (rrset(a, Type.NS) != null) {
                boolean atCut = a.equals(qname);
                if (atCut && (qtype == Type.DS || qtype == Type.NSEC)) {
                    return best;
                }
                return null;
            }
        }
        return best;
    }

    /**
     * The authoritative answer for {@code qname/qtype}, or null when no zone in this file is
     * authoritative for it.
     */
    public ZoneAnswer answer(Name qname, int qtype) {
        Name apex = apexFor(qname, qtype);
        if (apex == null) {
            // records without a SOA above them (a file of loose records) are evidence too, but
            // nothing can be said about what is absent
            DnsRrset loose = apexes.isEmpty() ? rrset(qname, qtype) : null;
            return loose == null ? null : new ZoneAnswer(Rcode.NOERROR, List.of(loose), List.of(), "no SOA in file");
        }
        DnsRrset direct = rrset(qname, qtype);
        if (direct != null) {
            return new ZoneAnswer(Rcode.NOERROR, List.of(direct), List.of(), null);
        }
        DnsRrset cname = rrset(qname, Type.CNAME);
        if (cname != null && qtype != Type.CNAME) {
            return new ZoneAnswer(Rcode.NOERROR, List.of(cname), List.of(), "CNAME");
        }
        List<DnsRrset> authority = new ArrayList<>();
        DnsRrset soa = rrset(apex, Type.SOA);
        if (exists(qname)) {
            if (soa != null) {
                authority.add(soa);
            }
            addNodataProof(qname, apex, authority);
            return new ZoneAnswer(Rcode.NOERROR, List.of(), authority, "NODATA");
        }
        Name ce = closestEncloser(qname, apex);
        Name wildcard = wildcardOf(ce);
        if (wildcard != null && exists(wildcard)) {
            DnsRrset wc = rrset(wildcard, qtype);
            if (wc == null && qtype != Type.CNAME) {
                wc = rrset(wildcard, Type.CNAME);
            }
            if (wc != null) {
                List<Record> recs = new ArrayList<>();
                wc.records().forEach(r -> recs.add(r.withName(qname)));
                List<RRSIGRecord> s = new ArrayList<>();
                wc.signatures().forEach(r -> s.add((RRSIGRecord) r.withName(qname)));
                DnsRrset synth = DnsRrset.of(recs, s, DnsSource.ZONE, label, List.of(), true);
                // the proof that qname itself does not exist (RFC 4035 §3.1.3.3, RFC 5155 §7.2.6)
                List<DnsRrset> proof = new ArrayList<>();
                addCovering(qname, apex, proof);
                if (qname.labels() > ce.labels()) {
                    Nsec3 cover = nsec3Covering(new Name(qname, qname.labels() - ce.labels() - 1), apex);
                    if (cover != null) {
                        proof.add(cover.rrset());
                    }
                }
                return new ZoneAnswer(Rcode.NOERROR, List.of(synth), proof, "wildcard " + wildcard);
            }
            if (soa != null) {
                authority.add(soa);
            }
            addCovering(qname, apex, authority);
            addNsec3NameError(qname, ce, apex, authority);
            addNodataProof(wildcard, apex, authority);
            return new ZoneAnswer(Rcode.NOERROR, List.of(), dedupe(authority), "NODATA (wildcard)");
        }
        if (soa != null) {
            authority.add(soa);
        }
        addCovering(qname, apex, authority);
        if (wildcard != null) {
            addCovering(wildcard, apex, authority);
        }
        addNsec3NameError(qname, ce, apex, authority);
        return new ZoneAnswer(Rcode.NXDOMAIN, List.of(), dedupe(authority), "NXDOMAIN");
    }

    /** True when the name owns records or is an empty non-terminal (has descendants). */
    public boolean exists(Name name) {
        if (byName.containsKey(name)) {
            return true;
        }
        Name next = names.higher(name);
        return next != null && next.subdomain(name) && !next.equals(name);
    }

    private Name closestEncloser(Name qname, Name apex) {
        for (int strip = 1; strip < qname.labels(); strip++) {
            Name a = new Name(qname, strip);
            if (!a.subdomain(apex)) {
                break;
            }
            if (exists(a)) {
                return a;
            }
        }
        return apex;
    }

    private static Name wildcardOf(Name ce) {
        try {
            return Name.concatenate(Name.fromConstantString("*"), ce);
        } catch (NameTooLongException e) {
            return null;
        }
    }

    private void addNodataProof(Name qname, Name apex, List<DnsRrset> out) {
        DnsRrset nsec = rrset(qname, Type.NSEC);
        if (nsec != null) {
            out.add(nsec);
        } else {
            // empty non-terminal: the NSEC that covers the name proves it owns no type
            addCovering(qname, apex, out);
        }
        Nsec3 match = nsec3Matching(qname, apex);
        if (match != null) {
            out.add(match.rrset());
        } else if (!nsec3sFor(apex).isEmpty()) {
            addNsec3NameError(qname, closestEncloser(qname, apex), apex, out);
        }
    }

    private void addCovering(Name name, Name apex, List<DnsRrset> out) {
        Entry<Name, DnsRrset> floor = nsecs.floorEntry(name);
        if (floor == null || !floor.getKey().subdomain(apex)) {
            // before the first name of the zone: the last NSEC (whose next wraps to the apex) covers it
            floor = lastNsecOf(apex);
        }
        if (floor != null && !out.contains(floor.getValue())) {
            NSECRecord rec = (NSECRecord) floor.getValue().records().get(0);
            boolean covers = floor.getKey().equals(name) || rec.getNext().compareTo(name) > 0
                    || rec.getNext().equals(apex);
            if (covers) {
                out.add(floor.getValue());
            }
        }
    }

    private Entry<Name, DnsRrset> lastNsecOf(Name apex) {
        Entry<Name, DnsRrset> last = null;
        for (Entry<Name, DnsRrset> e : nsecs.entrySet()) {
            if (e.getKey().subdomain(apex)) {
                last = e;
            }
        }
        return last;
    }

    private List<Nsec3> nsec3sFor(Name apex) {
        List<Nsec3> out = new ArrayList<>();
        for (Nsec3 n : nsec3s) {
            if (n.apex().equals(apex)) {
                out.add(n);
            }
        }
        return out;
    }

    private byte[] hash(Name name, Name apex) {
        List<Nsec3> list = nsec3sFor(apex);
        if (list.isEmpty()) {
            return null;
        }
        try {
            return list.get(0).record().hashName(name);
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    private Nsec3 nsec3Matching(Name name, Name apex) {
        byte[] h = hash(name, apex);
        if (h == null) {
            return null;
        }
        for (Nsec3 n : nsec3sFor(apex)) {
            if (Arrays.equals(n.ownerHash(), h)) {
                return n;
            }
        }
        return null;
    }

    private Nsec3 nsec3Covering(Name name, Name apex) {
        byte[] h = hash(name, apex);
        if (h == null) {
            return null;
        }
        for (Nsec3 n : nsec3sFor(apex)) {
            byte[] owner = n.ownerHash();
            byte[] next = n.record().getNext();
            int ownerVsH = Arrays.compareUnsigned(owner, h);
            int hVsNext = Arrays.compareUnsigned(h, next);
            boolean wraps = Arrays.compareUnsigned(next, owner) <= 0;
            if ((!wraps && ownerVsH < 0 && hVsNext < 0) || (wraps && (ownerVsH < 0 || hVsNext < 0))) {
                return n;
            }
        }
        return null;
    }

    /** RFC 5155 §7.2.2 closest encloser proof plus the wildcard denial. */
    private void addNsec3NameError(Name qname, Name ce, Name apex, List<DnsRrset> out) {
        if (nsec3sFor(apex).isEmpty()) {
            return;
        }
        Nsec3 ceMatch = nsec3Matching(ce, apex);
        if (ceMatch != null && !out.contains(ceMatch.rrset())) {
            out.add(ceMatch.rrset());
        }
        if (qname.labels() > ce.labels()) {
            Name nextCloser = new Name(qname, qname.labels() - ce.labels() - 1);
            Nsec3 cover = nsec3Covering(nextCloser, apex);
            if (cover != null && !out.contains(cover.rrset())) {
                out.add(cover.rrset());
            }
        }
        Name wc = wildcardOf(ce);
        if (wc != null) {
            Nsec3 cover = nsec3Covering(wc, apex);
            if (cover != null && !out.contains(cover.rrset())) {
                out.add(cover.rrset());
            }
        }
    }

    private static List<DnsRrset> dedupe(List<DnsRrset> list) {
        List<DnsRrset> out = new ArrayList<>();
        for (DnsRrset r : list) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** First CNAME target of a CNAME RRset, for following chains. */
    public static Name cnameTarget(DnsRrset cname) {
        Objects.requireNonNull(cname);
        return ((CNAMERecord) cname.records().get(0)).getTarget();
    }
}
