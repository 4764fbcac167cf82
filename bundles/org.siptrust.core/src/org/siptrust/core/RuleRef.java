package org.siptrust.core;

import java.util.Objects;

/**
 * A clause of a standard that a finding or verdict rests on, e.g. RFC 5922 section 7.2. Printed
 * as {@code RFC 5922 §7.2} so an engineer can look it up and argue with it.
 */
public record RuleRef(String document, String section) {

    public RuleRef {
        Objects.requireNonNull(document, "document");
    }

    public static RuleRef rfc(int number, String section) {
        return new RuleRef("RFC " + number, section);
    }

    @Override
    public String toString() {
        return section == null || section.isEmpty() ? document : document + " §" + section;
    }
}
