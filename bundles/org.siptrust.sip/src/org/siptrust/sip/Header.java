package org.siptrust.sip;

import org.siptrust.sip.internal.HeaderNames;

/**
 * One header field as it appeared on the wire: the name as written (possibly compact, any case)
 * and the value with line folding collapsed to single spaces and surrounding whitespace removed.
 */
public record Header(String name, String value) {

    /** The long name in its usual spelling: {@code "v"} gives {@code "Via"}, {@code "call-id"} gives {@code "Call-ID"}. */
    public String canonicalName() {
        return HeaderNames.canonical(name);
    }

    /** True if this header is {@code other} by SIP rules (case-insensitive, compact forms mapped). */
    public boolean is(String other) {
        return HeaderNames.key(name).equals(HeaderNames.key(other));
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
