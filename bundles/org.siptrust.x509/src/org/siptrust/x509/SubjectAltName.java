package org.siptrust.x509;

import java.util.Objects;

/**
 * One GeneralName of a subjectAltName (or another GeneralNames field), typed.
 *
 * @param kind    which GeneralName choice it is
 * @param value   the name itself: the DNS name, URI or e-mail address as encoded; an IP address
 *                in its usual text form (IPv6 compressed, RFC 5952); a directory name in RFC 2253
 *                form; a registered ID as a dotted OID; an otherName as {@code oid:value}
 * @param openssl the entry exactly as {@code openssl x509 -ext subjectAltName} prints it, e.g.
 *                {@code DNS:sip.example.com}, {@code IP Address:2001:DB8:0:0:0:0:0:1}
 */
public record SubjectAltName(Kind kind, String value, String openssl) {

    /** The GeneralName choices of RFC 5280 §4.2.1.6. */
    public enum Kind {
        OTHER_NAME, EMAIL, DNS, X400_ADDRESS, DIRECTORY_NAME, EDI_PARTY_NAME, URI, IP_ADDRESS, REGISTERED_ID
    }

    public SubjectAltName {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(openssl, "openssl");
    }

    @Override
    public String toString() {
        return openssl;
    }
}
