package org.siptrust.x509;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SIP domain identities of one certificate under RFC 5922 §7.1, with the names that were
 * considered and rejected and why.
 *
 * @param identities  the identities, in certificate order, no duplicate names
 * @param rejected    every other name considered, with the reason
 * @param cnFallback  true if the identities come from the subject CN because the certificate has
 *                    no subjectAltName extension
 */
public record SipIdentitySet(List<SipIdentity> identities, List<RejectedName> rejected, boolean cnFallback) {

    public SipIdentitySet {
        identities = List.copyOf(identities);
        rejected = List.copyOf(rejected);
    }

    /** The identity names (lower-case A-labels). */
    public Set<String> names() {
        Set<String> s = new LinkedHashSet<>();
        for (SipIdentity i : identities) {
            s.add(i.name());
        }
        return s;
    }

    public boolean isEmpty() {
        return identities.isEmpty();
    }

    /** The identity with this name (compared as RFC 5922 §7.2 says), or null. */
    public SipIdentity find(String name) {
        String n = org.siptrust.x509.internal.HostNames.normalize(name);
        for (SipIdentity i : identities) {
            if (i.name().equals(n)) {
                return i;
            }
        }
        return null;
    }
}
