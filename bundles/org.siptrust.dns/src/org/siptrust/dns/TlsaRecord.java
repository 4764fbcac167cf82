package org.siptrust.dns;

import java.util.Arrays;
import java.util.Locale;
import org.siptrust.core.Hex;
import org.xbill.DNS.Name;
import org.xbill.DNS.TLSARecord;

/**
 * One TLSA record (RFC 6698 §2.1): certificate usage, selector, matching type and association
 * data, with the owner name ({@code _port._tcp.host}). Immutable; the data is copied.
 */
public final class TlsaRecord {
    private final String owner;
    private final int usage;
    private final int selector;
    private final int matchingType;
    private final byte[] data;

    public TlsaRecord(String owner, int usage, int selector, int matchingType, byte[] data) {
        this.owner = owner;
        this.usage = usage;
        this.selector = selector;
        this.matchingType = matchingType;
        this.data = data.clone();
    }

    public static TlsaRecord of(TLSARecord r) {
        return new TlsaRecord(r.getName().toString(true), r.getCertificateUsage(), r.getSelector(),
                r.getMatchingType(), r.getCertificateAssociationData());
    }

    /** The TLSA records of an RRset (other types are skipped). */
    public static java.util.List<TlsaRecord> of(DnsRrset rrset) {
        java.util.List<TlsaRecord> out = new java.util.ArrayList<>();
        rrset.records().forEach(r -> {
            if (r instanceof TLSARecord t) {
                out.add(of(t));
            }
        });
        return out;
    }

    /** The TLSA owner name for a service: {@code _port._tcp.host} (RFC 6698 §3). */
    public static Name ownerName(int port, String protocol, Name host) {
        return Name.fromConstantString("_" + port + "._" + protocol + "." + host.toString());
    }

    public String owner() {
        return owner;
    }

    public int usage() {
        return usage;
    }

    public int selector() {
        return selector;
    }

    public int matchingType() {
        return matchingType;
    }

    public byte[] data() {
        return data.clone();
    }

    /** Lower-case hex of the association data. */
    public String dataHex() {
        return Hex.of(data);
    }

    /** Usage name from RFC 7218: PKIX-TA, PKIX-EE, DANE-TA, DANE-EE. */
    public String usageName() {
        return switch (usage) {
            case 0 -> "PKIX-TA";
            case 1 -> "PKIX-EE";
            case 2 -> "DANE-TA";
            case 3 -> "DANE-EE";
            default -> "usage " + usage;
        };
    }

    /** Presentation form {@code 3 1 1 0661fd...}. */
    public String toText() {
        return usage + " " + selector + " " + matchingType + " " + dataHex().toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TlsaRecord t && usage == t.usage && selector == t.selector
                && matchingType == t.matchingType && Arrays.equals(data, t.data)
                && String.valueOf(owner).equalsIgnoreCase(String.valueOf(t.owner));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + usage * 7 + selector * 3 + matchingType;
    }

    @Override
    public String toString() {
        return (owner == null ? "" : owner + " ") + "TLSA " + toText();
    }
}
