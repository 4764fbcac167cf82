package org.siptrust.dns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.siptrust.core.Hex;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * One RRset of DNS evidence (owner name, type, its records and the RRSIGs seen covering it) with
 * where it came from: the capture (with the frames of every response that carried it), a zone
 * file, or the live resolver. Identical data seen several times in a capture is one RRset with
 * several frames. Immutable; dnsjava records are immutable too.
 */
public final class DnsRrset {
    private final Name name;
    private final int type;
    private final long ttl;
    private final List<Record> records;
    private final List<RRSIGRecord> signatures;
    private final DnsSource source;
    private final String origin;
    private final List<Long> frames;
    private final boolean seenWithDnssecOk;
    private final String dataKey;

    private DnsRrset(Name name, int type, long ttl, List<Record> records, List<RRSIGRecord> signatures,
            DnsSource source, String origin, List<Long> frames, boolean seenWithDnssecOk) {
        this.name = Objects.requireNonNull(name);
        this.type = type;
        this.ttl = ttl;
        this.records = List.copyOf(records);
        this.signatures = List.copyOf(signatures);
        this.source = Objects.requireNonNull(source);
        this.origin = origin;
        this.frames = List.copyOf(new TreeSet<>(frames));
        this.seenWithDnssecOk = seenWithDnssecOk;
        this.dataKey = dataKey(this.records);
    }

    /**
     * Builds an RRset.
     *
     * @param records          the data records (all the same owner and type; must not be empty)
     * @param signatures       RRSIGs covering them (may be empty)
     * @param source           where the evidence came from
     * @param origin           the file name, live server or "capture"
     * @param frames           frames that carried it (empty unless from a capture)
     * @param seenWithDnssecOk true when at least one observation was a DO-bit answer, in which an
     *                         authoritative server of a signed zone must include the RRSIGs
     */
    public static DnsRrset of(Collection<? extends Record> records, Collection<RRSIGRecord> signatures,
            DnsSource source, String origin, List<Long> frames, boolean seenWithDnssecOk) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("empty RRset");
        }
        List<Record> sorted = new ArrayList<>(records);
        sorted.sort(null);
        List<Record> unique = new ArrayList<>();
        for (Record r : sorted) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(r)) {
                unique.add(r);
            }
        }
        Record first = unique.get(0);
        long ttl = unique.stream().mapToLong(Record::getTTL).min().orElse(0);
        List<RRSIGRecord> sigs = new ArrayList<>();
        for (RRSIGRecord s : signatures) {
            if (!sigs.contains(s)) {
                sigs.add(s);
            }
        }
        return new DnsRrset(first.getName(), first.getRRsetType(), ttl, unique, sigs, source, origin, frames,
                seenWithDnssecOk);
    }

    /** The same data with other signatures (used to check data against signatures seen elsewhere). */
    DnsRrset withSignatures(List<RRSIGRecord> sigs) {
        return new DnsRrset(name, type, ttl, records, sigs, source, origin, frames, seenWithDnssecOk);
    }

    public Name name() {
        return name;
    }

    /** Owner name without the trailing dot, e.g. {@code sip.biloxi.example.com}. */
    public String nameText() {
        return name.toString(true);
    }

    public int type() {
        return type;
    }

    public String typeName() {
        return Type.string(type);
    }

    public long ttl() {
        return ttl;
    }

    public List<Record> records() {
        return records;
    }

    public List<RRSIGRecord> signatures() {
        return signatures;
    }

    public boolean isSigned() {
        return !signatures.isEmpty();
    }

    public DnsSource source() {
        return source;
    }

    /** File name, live server address or {@code capture}. */
    public String origin() {
        return origin;
    }

    /** Frames of the capture responses that carried this RRset, ascending (empty for zone/live). */
    public List<Long> frames() {
        return frames;
    }

    public boolean seenWithDnssecOk() {
        return seenWithDnssecOk;
    }

    /** The RDATA of each record in presentation format, e.g. {@code 3 1 1 0661FD...}. */
    public List<String> answers() {
        List<String> out = new ArrayList<>();
        for (Record r : records) {
            out.add(r.rdataToString());
        }
        return out;
    }

    /** Every record and signature as a master-file line. */
    public List<String> toText() {
        List<String> out = new ArrayList<>();
        records.forEach(r -> out.add(r.toString()));
        signatures.forEach(r -> out.add(r.toString()));
        return out;
    }

    /** True when both RRsets have the same owner, type and RDATA (TTL and signatures ignored). */
    public boolean sameData(DnsRrset other) {
        return name.equals(other.name) && type == other.type && dataKey.equals(other.dataKey);
    }

    String dataKey() {
        return dataKey;
    }

    /** A dnsjava RRset holding the records and signatures, for the validator. */
    public RRset toRRset() {
        RRset set = new RRset();
        records.forEach(set::addRR);
        signatures.forEach(set::addRR);
        return set;
    }

    static String dataKey(List<? extends Record> records) {
        List<String> parts = new ArrayList<>();
        for (Record r : records) {
            parts.add(Hex.of(r.rdataToWireCanonical()));
        }
        parts.sort(null);
        return String.join(",", parts);
    }

    @Override
    public String toString() {
        return nameText() + " " + typeName() + " " + answers() + " (" + source.word()
                + (frames.isEmpty() ? "" : " frames " + frames) + (isSigned() ? ", signed" : "") + ")";
    }
}
