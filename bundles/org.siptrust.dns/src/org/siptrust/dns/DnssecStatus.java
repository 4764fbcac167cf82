package org.siptrust.dns;

import java.util.Locale;

/**
 * The four security states of RFC 4035 §4.3. Declared from worst to best so that
 * {@link #worst(DnssecStatus, DnssecStatus)} can combine the states along a resolution chain.
 */
public enum DnssecStatus {
    /** Signatures or the chain of trust failed: a validating client must not use the data. */
    BOGUS,
    /** No trust anchor covers the name, or the evidence lacks what is needed to decide. */
    INDETERMINATE,
    /** A chain of trust proves the name lies in unsigned space. */
    INSECURE,
    /** Validated from a trust anchor down to the RRset. */
    SECURE;

    /** The lower-case word used in reports ({@code secure}, {@code bogus}, ...). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DnssecStatus fromWord(String word) {
        return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }

    public static DnssecStatus worst(DnssecStatus a, DnssecStatus b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
