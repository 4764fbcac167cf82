package org.siptrust.ui.dns.internal.model;

import org.siptrust.dns.DnssecStatus;

/** How a status reads: the four DNSSEC states, DANE verdicts and query checks map onto these. */
public enum Tone {
    /** DNSSEC secure, DANE match, query asked: green. */
    GOOD,
    /** DNSSEC insecure, no TLSA records, optional query not asked: grey. */
    NEUTRAL,
    /** DNSSEC indeterminate, TLSA not usable, unexpected query: amber. */
    WARN,
    /** DNSSEC bogus, DANE mismatch, required query not asked: red. */
    BAD,
    /** Nothing to judge (a step without a lookup). */
    NONE;

    public static Tone of(DnssecStatus s) {
        if (s == null) {
            return NONE;
        }
        return switch (s) {
            case SECURE -> GOOD;
            case INSECURE -> NEUTRAL;
            case INDETERMINATE -> WARN;
            case BOGUS -> BAD;
        };
    }

    /** The tone of a DANE result word ({@code match}, {@code mismatch}, {@code no-records}, {@code not-secure}). */
    public static Tone ofDane(String result) {
        if (result == null) {
            return NONE;
        }
        return switch (result) {
            case "match" -> GOOD;
            case "mismatch" -> BAD;
            case "no-records" -> NEUTRAL;
            default -> WARN;
        };
    }

    /** The tone of a query comparison status. */
    public static Tone ofQuery(String status) {
        return switch (status) {
            case "asked", "in-additional" -> GOOD;
            case "optional-not-asked" -> NEUTRAL;
            case "unexpected" -> WARN;
            default -> BAD;
        };
    }
}
