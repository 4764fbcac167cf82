package org.siptrust.x509;

/**
 * One certificate extension, decoded for people (the inspector's details tree).
 *
 * @param oid      dotted OID
 * @param name     OpenSSL's long name ({@code X509v3 Subject Alternative Name}) or the OID
 * @param critical the critical flag
 * @param value    a human-readable rendering (may span lines); for an extension that could not
 *                 be decoded it starts with {@code malformed:}
 */
public record ExtensionInfo(String oid, String name, boolean critical, String value) {

    /** True if the value could not be decoded. */
    public boolean malformed() {
        return value.startsWith("malformed:");
    }
}
