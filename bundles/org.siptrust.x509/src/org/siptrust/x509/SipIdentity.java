package org.siptrust.x509;

import java.util.Objects;

/**
 * One SIP domain identity a certificate presents (RFC 5922 §7.1).
 *
 * @param name   the domain, lower-case, IDNs as A-labels
 * @param source where it came from
 * @param reason a sentence saying why it counts, citing RFC 5922 §7.1
 */
public record SipIdentity(String name, Source source, String reason) {

    /** Where an identity was taken from. */
    public enum Source {
        /** Host part of a {@code sip:} URI subjectAltName without a user part. */
        URI_SAN,
        /** A dNSName subjectAltName (only when no such URI exists). */
        DNS_SAN,
        /** The subject commonName (only when there is no subjectAltName extension). */
        CN
    }

    public SipIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return name;
    }
}
