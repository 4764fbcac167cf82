package org.siptrust.x509;

/**
 * One authorityInfoAccess entry.
 *
 * @param methodOid access method OID ({@code 1.3.6.1.5.5.7.48.1} for OCSP)
 * @param method    {@code OCSP}, {@code CA Issuers} or the OID
 * @param location  where, as a typed GeneralName
 */
public record AccessDescription(String methodOid, String method, SubjectAltName location) {

    @Override
    public String toString() {
        return method + " - " + location.openssl();
    }
}
