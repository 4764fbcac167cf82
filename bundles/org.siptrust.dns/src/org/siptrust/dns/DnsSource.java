package org.siptrust.dns;

import java.util.Locale;

/** Where a piece of DNS evidence came from; {@link #word()} is the form the JSON report uses. */
public enum DnsSource {
    /** A DNS message seen in the capture. */
    CAPTURE,
    /** A zone file the user supplied. */
    ZONE,
    /** A live resolver the user explicitly allowed (--dns-server). */
    LIVE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
