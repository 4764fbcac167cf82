package org.siptrust.trust;

/**
 * The identity-matching profiles of TRUST-RULES.md R10, shown side by side because the RFCs disagree.
 */
public enum Profile {
    /** RFC 5922: the AUS domain against the SIP identities of §7.1, exact comparison (§7.2). The default. */
    RFC5922("rfc5922", "RFC 5922 (SIP domain certificates)"),
    /** RFC 3263 §4.1: as RFC 5922, and the SRV target the client reached must be valid too. */
    RFC3263("rfc3263", "RFC 3263 (NAPTR/SRV domains and target)"),
    /** RFC 7673: DANE for SRV; the SRV target counts as reference identity when the SRV lookup was DNSSEC-secure. */
    RFC7673("rfc7673", "RFC 7673 (DANE-SRV)"),
    /** RFC 9525: generic TLS service identity, dNSName only, wildcard in the left-most label. */
    RFC9525("rfc9525", "RFC 9525 (generic TLS)"),
    /** What many vendors accept: CN, any SAN type, IP addresses, wildcards. */
    LENIENT("lenient", "Vendor-lenient");

    private final String id;
    private final String label;

    Profile(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The key used in reports ({@code rfc5922}, ...). */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Profile byId(String id) {
        for (Profile p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile " + id);
    }
}
