package org.siptrust.core;

/** How bad a finding is. Ordered from worst to mildest so {@code compareTo} sorts errors first. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word used in reports ({@code error}, {@code warning}, {@code info}). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when this severity is at least as bad as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity fromWord(String word) {
        return valueOf(word.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
