package org.siptrust.x509;

/**
 * One extendedKeyUsage purpose.
 *
 * @param oid  dotted OID, e.g. {@code 1.3.6.1.5.5.7.3.20}
 * @param name short name, e.g. {@code serverAuth}, {@code sipDomain}; the OID if unknown
 */
public record KeyPurpose(String oid, String name) {

    public static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    public static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    /** id-kp-sipDomain, RFC 5924. */
    public static final String SIP_DOMAIN = "1.3.6.1.5.5.7.3.20";
    public static final String ANY = "2.5.29.37.0";

    @Override
    public String toString() {
        return name.equals(oid) ? oid : name + " (" + oid + ")";
    }
}
