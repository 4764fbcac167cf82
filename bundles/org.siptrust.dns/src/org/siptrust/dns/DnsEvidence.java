package org.siptrust.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.siptrust.core.Datagram;
import org.siptrust.core.Endpoint;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;
import org.siptrust.dns.internal.ZoneAnswer;
import org.siptrust.dns.internal.ZoneData;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * All DNS evidence of one analysis: the DNS messages seen in the capture (UDP payloads and
 * length-prefixed TCP streams), zone files the user supplied, and, only when the user passes
 * {@code --dns-server}, a live resolver. Capture and zone evidence are fixed when
 * {@link Builder#build()} returns; live answers are fetched the first time a question is asked
 * and kept, so with a live resolver the lookups below may block on the network.
 *
 * <p>Malformed messages do not stop anything: they become {@code dns-malformed} findings.
 */
public final class DnsEvidence {
    /** Largest DNS message accepted (the 16-bit TCP length prefix cannot express more). */
    public static final int MAX_MESSAGE = 65_535;
    private static final int MAX_CNAME_CHAIN = 8;

    private final List<DnsMessageRecord> messages;
    private final List<Finding> findings;
    private final Map<RrsetKey, List<DnsRrset>> captured;
    private final Map<RrsetKey, List<DnsNegative>> capturedNegatives;
    private final List<ZoneData> zones;
    private final LiveSource live;

    private DnsEvidence(Builder b) {
        List<DnsMessageRecord> sorted = new ArrayList<>(b.messages);
        // flows are added one after another; reports want capture order (the sort is stable)
        sorted.sort(java.util.Comparator.comparingLong(DnsMessageRecord::frame));
        this.messages = List.copyOf(sorted);
        this.findings = List.copyOf(b.findings);
        Map<RrsetKey, List<DnsRrset>> pos = new LinkedHashMap<>();
        for (CaptureGroup g : b.groups.values()) {
            DnsRrset r = DnsRrset.of(g.records, g.sigs, DnsSource.CAPTURE, "capture", new ArrayList<>(g.frames),
                    g.dnssecOk);
            pos.computeIfAbsent(new RrsetKey(r.name(), r.type()), k -> new ArrayList<>()).add(r);
        }
        pos.replaceAll((k, v) -> List.copyOf(v));
        this.captured = pos;
        Map<RrsetKey, List<DnsNegative>> neg = new LinkedHashMap<>();
        for (NegativeGroup g : b.negatives.values()) {
            neg.computeIfAbsent(new RrsetKey(g.name, g.type), k -> new ArrayList<>())
                    .add(new DnsNegative(g.name, g.type, g.rcode, DnsSource.CAPTURE, new ArrayList<>(g.frames),
                            g.authority, g.dnssecOk));
        }
        neg.replaceAll((k, v) -> List.copyOf(v));
        this.capturedNegatives = neg;
        this.zones = List.copyOf(b.zones);
        this.live = b.live;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The DNS messages seen in the capture, in the order they were added (normally frame order). */
    public List<DnsMessageRecord> messages() {
        return messages;
    }

    /** Queries and answers exchanged with the live resolver so far (empty when it is off). */
    public List<DnsMessageRecord> liveExchanges() {
        return live == null ? List.of() : live.exchanges();
    }

    /** {@code dns-malformed} findings from the capture, and live resolver failures. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>(findings);
        if (live != null) {
            out.addAll(live.problems());
        }
        return out;
    }

    public boolean hasLiveResolver() {
        return live != null;
    }

    /** {@code host:port} of the live resolver, or null. */
    public String liveServer() {
        return live == null ? null : live.server();
    }

    /** Labels of the zone files loaded, in order. */
    public List<String> zoneFiles() {
        List<String> out = new ArrayList<>();
        zones.forEach(z -> out.add(z.label()));
        return out;
    }

    /** The zone apexes (SOA owners) of all zone files. */
    public List<Name> zoneApexes() {
        List<Name> out = new ArrayList<>();
        zones.forEach(z -> out.addAll(z.apexes()));
        return out;
    }

    /**
     * The RRsets of exactly this owner and type from every source (zone, capture, live), without
     * following CNAMEs. Asks the live resolver the first time if it is on.
     */
    public List<DnsRrset> rrsets(Name name, int type) {
        return direct(name, type).rrsets();
    }

    /** Negative answers for exactly this question from every source (zone ones are synthesised). */
    public List<DnsNegative> negatives(Name name, int type) {
        return direct(name, type).negatives();
    }

    /** What the evidence says about a question, following CNAMEs (at most 8). */
    public DnsLookup lookup(Name name, int type) {
        DnsLookup first = direct(name, type);
        if (first.hasData() || type == Type.CNAME) {
            return first;
        }
        List<DnsRrset> cnames = new ArrayList<>();
        Set<Name> seen = new HashSet<>();
        Name current = name;
        DnsLookup last = first;
        for (int hop = 0; hop < MAX_CNAME_CHAIN && seen.add(current); hop++) {
            List<DnsRrset> cn = direct(current, Type.CNAME).rrsets();
            if (cn.isEmpty()) {
                break;
            }
            cnames.addAll(cn);
            current = ((CNAMERecord) cn.get(0).records().get(0)).getTarget();
            last = direct(current, type);
            if (last.hasData()) {
                break;
            }
        }
        if (cnames.isEmpty()) {
            return first;
        }
        return new DnsLookup(name, type, last.rrsets(), cnames, last.negatives());
    }

    /** Every RRset known so far (zones, capture, live answers fetched), zone files first. */
    public List<DnsRrset> allRrsets() {
        List<DnsRrset> out = new ArrayList<>();
        zones.forEach(z -> out.addAll(z.rrsets()));
        captured.values().forEach(out::addAll);
        if (live != null) {
            out.addAll(live.allRrsets());
        }
        return out;
    }

    /** Every negative answer seen in the capture or from the live resolver. */
    public List<DnsNegative> allNegatives() {
        List<DnsNegative> out = new ArrayList<>();
        capturedNegatives.values().forEach(out::addAll);
        if (live != null) {
            out.addAll(live.allNegatives());
        }
        return out;
    }

    /** Answers for exactly name/type, no CNAME following. */
    DnsLookup direct(Name name, int type) {
        List<DnsRrset> rrsets = new ArrayList<>();
        List<DnsNegative> negs = new ArrayList<>();
        for (ZoneData z : zones) {
            ZoneAnswer a = z.answer(name, type);
            if (a == null) {
                continue;
            }
            boolean data = false;
            for (DnsRrset r : a.answer()) {
                if (r.type() == type && r.name().equals(name)) {
                    rrsets.add(r);
                    data = true;
                }
            }
            if (!data && a.answer().isEmpty()) {
                List<Record> auth = new ArrayList<>();
                for (DnsRrset r : a.authority()) {
                    auth.addAll(r.records());
                    auth.addAll(r.signatures());
                }
                negs.add(new DnsNegative(name, type, a.rcode(), DnsSource.ZONE, List.of(), auth, true));
            }
        }
        RrsetKey key = new RrsetKey(name, type);
        rrsets.addAll(captured.getOrDefault(key, List.of()));
        negs.addAll(capturedNegatives.getOrDefault(key, List.of()));
        if (live != null) {
            live.answer(name, type);
            rrsets.addAll(live.rrsets(name, type));
            DnsNegative n = live.negative(name, type);
            if (n != null) {
                negs.add(n);
            }
        }
        return new DnsLookup(name, type, rrsets, List.of(), negs);
    }

    /**
     * For data a zone file synthesised from a wildcard: the NSEC/NSEC3 RRsets proving that the
     * name itself does not exist, which a validator needs beside the expanded data.
     */
    List<DnsRrset> wildcardProof(Name name, int type) {
        for (ZoneData z : zones) {
            ZoneAnswer a = z.answer(name, type);
            if (a != null && a.note() != null && a.note().startsWith("wildcard")) {
                return a.authority();
            }
        }
        return List.of();
    }

    /** The RRsets in all sections of a response (OPT and other meta types left out). */
    static List<DnsRrset> rrsetsOf(Message m, DnsSource source, String origin, Long frame) {
        List<DnsRrset> out = new ArrayList<>();
        boolean dnssecOk = dnssecOk(m);
        for (int section : new int[] {Section.ANSWER, Section.AUTHORITY, Section.ADDITIONAL}) {
            for (RRset set : m.getSectionRRsets(section)) {
                if (!isData(set)) {
                    continue;
                }
                out.add(DnsRrset.of(set.rrs(false), set.sigs(), source, origin,
                        frame == null ? List.of() : List.of(frame), dnssecOk));
            }
        }
        return out;
    }

    private static boolean isData(RRset set) {
        int t = set.getType();
        return set.size() > 0 && set.getDClass() == DClass.IN && t != Type.OPT && t != Type.TSIG && t != Type.SIG
                && t != Type.RRSIG && Type.isRR(t);
    }

    /** The negative answer a response carries, or null when it is positive or a referral. */
    static DnsNegative negativeOf(Message m, DnsSource source, long frame) {
        Record q = m.getQuestion();
        if (q == null || !m.getHeader().getFlag(Flags.QR)) {
            return null;
        }
        int rcode = m.getRcode();
        List<Long> frames = frame > 0 ? List.of(frame) : List.of();
        List<Record> authority = m.getSection(Section.AUTHORITY);
        if (rcode == Rcode.NXDOMAIN) {
            return new DnsNegative(q.getName(), q.getType(), rcode, source, frames, authority, dnssecOk(m));
        }
        if (rcode != Rcode.NOERROR) {
            return new DnsNegative(q.getName(), q.getType(), rcode, source, frames, List.of(), dnssecOk(m));
        }
        if (!m.getSection(Section.ANSWER).isEmpty()) {
            return null;
        }
        boolean hasSoa = authority.stream().anyMatch(r -> r.getType() == Type.SOA);
        boolean hasNs = authority.stream().anyMatch(r -> r.getType() == Type.NS);
        if (hasNs && !hasSoa && !m.getHeader().getFlag(Flags.AA)) {
            return null; // a referral, not a statement that the data does not exist
        }
        return new DnsNegative(q.getName(), q.getType(), rcode, source, frames, authority, dnssecOk(m));
    }

    static boolean dnssecOk(Message m) {
        OPTRecord opt = m.getOPT();
        return opt != null && (opt.getFlags() & ExtendedFlags.DO) != 0;
    }

    /** The report form of a parsed message. */
    static DnsMessageRecord describe(Message m, long frame, long timeNanos, Endpoint src, Endpoint dst) {
        Record q = m.getQuestion();
        return new DnsMessageRecord(frame, timeNanos, src, dst, m.getHeader().getID(), m.getHeader().getFlag(Flags.QR),
                q == null ? "" : q.getName().toString(true), q == null ? 0 : q.getType(), m.getRcode(),
                m.getHeader().getFlag(Flags.AA), m.getHeader().getFlag(Flags.AD), dnssecOk(m),
                texts(m.getSection(Section.ANSWER)), texts(m.getSection(Section.AUTHORITY)),
                texts(m.getSection(Section.ADDITIONAL)));
    }

    private static List<String> texts(List<Record> records) {
        List<String> out = new ArrayList<>(records.size());
        records.forEach(r -> out.add(r.toString()));
        return out;
    }

    private static final class CaptureGroup {
        final List<Record> records;
        final LinkedHashSet<RRSIGRecord> sigs = new LinkedHashSet<>();
        final TreeSet<Long> frames = new TreeSet<>();
        boolean dnssecOk;

        CaptureGroup(List<Record> records) {
            this.records = records;
        }
    }

    private static final class NegativeGroup {
        final Name name;
        final int type;
        final int rcode;
        final TreeSet<Long> frames = new TreeSet<>();
        List<Record> authority = List.of();
        boolean dnssecOk;
        boolean signed;

        NegativeGroup(Name name, int type, int rcode) {
            this.name = name;
            this.type = type;
            this.rcode = rcode;
        }
    }

    /** Collects evidence; not thread-safe. */
    public static final class Builder {
        private final List<DnsMessageRecord> messages = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, CaptureGroup> groups = new LinkedHashMap<>();
        private final Map<String, NegativeGroup> negatives = new LinkedHashMap<>();
        private final List<ZoneData> zones = new ArrayList<>();
        private LiveSource live;

        private Builder() {
        }

        /**
         * Adds one DNS message seen in the capture (a UDP payload, or one message cut out of a TCP
         * stream). A message that does not parse becomes a {@code dns-malformed} finding.
         */
        public Builder addMessage(byte[] wire, long frame, long timeNanos, Endpoint src, Endpoint dst) {
            Objects.requireNonNull(wire, "wire");
            if (wire.length > MAX_MESSAGE) {
                findings.add(DnsFindings.malformed(frame, wire.length + " bytes is longer than any DNS message"));
                return this;
            }
            Message m;
            try {
                m = new Message(wire);
            } catch (IOException | RuntimeException e) {
                findings.add(DnsFindings.malformed(frame, e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())));
                return this;
            }
            messages.add(describe(m, frame, timeNanos, src, dst));
            if (m.getHeader().getFlag(Flags.QR)) {
                collect(m, frame);
            }
            return this;
        }

        /** Adds a UDP datagram's payload as a DNS message. */
        public Builder addDatagram(Datagram d) {
            return addMessage(d.payload(), d.frame(), d.timeNanos(), d.source(), d.destination());
        }

        /**
         * Adds every message of one direction of a DNS-over-TCP connection (RFC 1035 §4.2.2: each
         * message is preceded by a two-byte length). A message is reported at the frame of its
         * last byte. Parsing stops at a gap in the stream, since message boundaries are lost there.
         */
        public Builder addTcpStream(FramedBytes stream, Endpoint src, Endpoint dst) {
            int len = stream.length();
            int[] gaps = stream.gapOffsets();
            // message boundaries cannot be trusted after missing bytes: parse up to the first gap
            int stop = gaps.length > 0 ? Math.min(gaps[0], len) : len;
            int off = 0;
            while (off < stop) {
                if (stop - off < 2) {
                    break;
                }
                int msgLen = stream.get(off) << 8 | stream.get(off + 1);
                int start = off + 2;
                if (msgLen == 0) {
                    findings.add(DnsFindings.malformed(stream.frameAt(off), "zero-length message in TCP stream"));
                    off = start;
                    continue;
                }
                if (start + msgLen > stop) {
                    break;
                }
                int last = start + msgLen - 1;
                addMessage(stream.slice(start, start + msgLen), stream.frameAt(last), stream.timeAt(last), src, dst);
                off = start + msgLen;
            }
            if (off < len) {
                long frame = stream.frameAt(Math.min(off, len - 1));
                if (stop < len) {
                    findings.add(DnsFindings.malformed(frame, "bytes missing from the DNS-over-TCP stream at offset "
                            + stop + "; " + (len - off) + " bytes after offset " + off + " skipped"));
                } else {
                    findings.add(DnsFindings.malformed(frame, "DNS-over-TCP stream ends inside a message ("
                            + (len - off) + " bytes left)"));
                }
            }
            return this;
        }

        /** Adds a zone file (master format); the origin comes from $ORIGIN or absolute names. */
        public Builder addZoneFile(Path file) throws ZoneFileException {
            return addZoneFile(file, null);
        }

        /** Adds a zone file, with {@code origin} for relative names before any $ORIGIN line. */
        public Builder addZoneFile(Path file, Name origin) throws ZoneFileException {
            String label = file.toString();
            try {
                if (!Files.isRegularFile(file)) {
                    throw new ZoneFileException(label, 0, "not a readable file");
                }
                if (Files.size(file) > 256L * 1024 * 1024) {
                    throw new ZoneFileException(label, 0, "larger than 256 MiB");
                }
                try (InputStream in = Files.newInputStream(file)) {
                    zones.add(ZoneData.parse(in, label, origin));
                }
            } catch (IOException e) {
                throw new ZoneFileException(label, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            return this;
        }

        /** Adds zone data given as text (master format), named {@code label} in messages. */
        public Builder addZoneText(String text, String label) throws ZoneFileException {
            zones.add(ZoneData.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), label, null));
            return this;
        }

        /**
         * Turns on the live resolver: questions the evidence is asked are sent to this server
         * (and only to it) with dnsjava's SimpleResolver. Off by default; the command line sets it
         * only for {@code --dns-server}.
         *
         * @throws IllegalArgumentException when {@code hostPort} is not {@code host[:port]}
         */
        public Builder liveResolver(String hostPort) {
            this.live = new LiveSource(hostPort);
            return this;
        }

        public DnsEvidence build() {
            return new DnsEvidence(this);
        }

        private void collect(Message m, long frame) {
            boolean dnssecOk = dnssecOk(m);
            for (int section : new int[] {Section.ANSWER, Section.AUTHORITY, Section.ADDITIONAL}) {
                for (RRset set : m.getSectionRRsets(section)) {
                    if (!isData(set)) {
                        continue;
                    }
                    List<Record> recs = set.rrs(false);
                    String key = set.getName().toString().toLowerCase(java.util.Locale.ROOT) + "/" + set.getType()
                            + "/" + DnsRrset.dataKey(recs);
                    CaptureGroup g = groups.computeIfAbsent(key, k -> new CaptureGroup(recs));
                    g.sigs.addAll(set.sigs());
                    g.frames.add(frame);
                    g.dnssecOk |= dnssecOk;
                }
            }
            DnsNegative n = negativeOf(m, DnsSource.CAPTURE, frame);
            if (n != null) {
                String key = n.name().toString().toLowerCase(java.util.Locale.ROOT) + "/" + n.type() + "/" + n.rcode();
                NegativeGroup g = negatives.computeIfAbsent(key, k -> new NegativeGroup(n.name(), n.type(), n.rcode()));
                g.frames.add(frame);
                boolean signed = n.authority().stream().anyMatch(r -> r instanceof RRSIGRecord);
                if (g.authority.isEmpty() || (signed && !g.signed)) {
                    g.authority = n.authority();
                    g.signed = signed;
                    g.dnssecOk = n.dnssecOk();
                }
            }
        }
    }
}
