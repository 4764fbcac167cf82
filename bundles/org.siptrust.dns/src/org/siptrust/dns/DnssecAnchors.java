package org.siptrust.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * DNSSEC trust anchors: DS or DNSKEY records in master-file format (the form of
 * {@code dnssec-signzone}'s dsset files and of {@code generation/example.com.ds}). The IANA root
 * anchor is built in for the live resolver; offline analysis uses only what the user supplies.
 * Immutable.
 */
public final class DnssecAnchors {
    /**
     * The root zone KSKs (KSK-2017, key tag 20326, and KSK-2024, key tag 38696) as published by
     * IANA in root-anchors.xml, as DS records with SHA-256 digests.
     */
    private static final String IANA_ROOT =
            ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n"
                    + ". IN DS 38696 8 2 683D2D0ACB8C9B712A1948B27F741219298D0A450D612C483AF444A4C0FB2B16\n";

    private static final Pattern TOKENIZER_MESSAGE = Pattern.compile("^.*?:(\\d+): (.*)$", Pattern.DOTALL);
    private static final DnssecAnchors NONE = new DnssecAnchors(List.of());

    private final List<Record> records;

    private DnssecAnchors(List<Record> records) {
        this.records = List.copyOf(records);
    }

    /** No anchors: everything validates as indeterminate. */
    public static DnssecAnchors none() {
        return NONE;
    }

    /** The IANA root trust anchor, for use with a live recursive resolver. */
    public static DnssecAnchors ianaRoot() {
        try {
            return parse(IANA_ROOT, "built-in IANA root anchor");
        } catch (ZoneFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads DS/DNSKEY records from a master-format file. */
    public static DnssecAnchors load(Path file) throws ZoneFileException {
        String label = file.toString();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 16L * 1024 * 1024) {
                throw new ZoneFileException(label, 0, "not a readable trust anchor file");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), label);
        } catch (IOException e) {
            throw new ZoneFileException(label, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Reads DS/DNSKEY records from master-format text. */
    public static DnssecAnchors parse(String text, String label) throws ZoneFileException {
        List<Record> out = new ArrayList<>();
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        try (Master master = new Master(in, Name.root, 3600)) {
            master.disableIncludes(true);
            Record r;
            while (true) {
                try {
                    r = master.nextRecord();
                } catch (IOException e) {
                    Matcher m = TOKENIZER_MESSAGE.matcher(String.valueOf(e.getMessage()));
                    if (m.matches()) {
                        throw new ZoneFileException(label, Long.parseLong(m.group(1)), m.group(2));
                    }
                    throw new ZoneFileException(label, 0, String.valueOf(e.getMessage()));
                } catch (IllegalArgumentException e) {
                    throw new ZoneFileException(label, 0, String.valueOf(e.getMessage()));
                }
                if (r == null) {
                    break;
                }
                if ((r.getType() == Type.DS || r.getType() == Type.DNSKEY) && r.getDClass() == DClass.IN) {
                    out.add(r);
                }
            }
        }
        if (out.isEmpty()) {
            throw new ZoneFileException(label, 0, "no DS or DNSKEY records");
        }
        return new DnssecAnchors(out);
    }

    /** These anchors and {@code other}'s together. */
    public DnssecAnchors plus(DnssecAnchors other) {
        List<Record> all = new ArrayList<>(records);
        for (Record r : other.records) {
            if (!all.contains(r)) {
                all.add(r);
            }
        }
        return new DnssecAnchors(all);
    }

    public List<Record> records() {
        return records;
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }

    /** Owner names of the anchors. */
    public List<Name> names() {
        List<Name> out = new ArrayList<>();
        for (Record r : records) {
            if (!out.contains(r.getName())) {
                out.add(r.getName());
            }
        }
        return out;
    }

    /** The closest anchor at or above {@code name}, or null when none covers it. */
    public Name coveringAnchor(Name name) {
        Name best = null;
        for (Name n : names()) {
            if (name.subdomain(n) && (best == null || n.labels() > best.labels())) {
                best = n;
            }
        }
        return best;
    }

    /** The anchors as master-file text, the form dnsjava's validator loads. */
    String toMasterText() {
        StringBuilder sb = new StringBuilder();
        records.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    @Override
    public String toString() {
        return "DnssecAnchors" + names();
    }
}
