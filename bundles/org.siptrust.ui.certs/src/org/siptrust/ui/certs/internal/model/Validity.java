package org.siptrust.ui.certs.internal.model;

import java.time.Instant;

import org.siptrust.x509.CertificateInfo;

/** Where an instant lies in a certificate's validity period: the timeline colours bars by it. */
public enum Validity {
    NOT_YET_VALID, VALID, EXPIRED;

    public static Validity of(CertificateInfo c, Instant at) {
        if (at.isBefore(c.notBefore())) {
            return NOT_YET_VALID;
        }
        return at.isAfter(c.notAfter()) ? EXPIRED : VALID;
    }

    /** A sentence such as "expired 5 years 330 days before the capture". */
    public static String describe(CertificateInfo c, Instant at, String when) {
        return switch (of(c, at)) {
            case VALID -> "within its validity (" + Names.distance(at, c.notAfter()) + " left)";
            case EXPIRED -> "expired " + Names.distance(c.notAfter(), at) + " before " + when;
            case NOT_YET_VALID -> "not yet valid: starts " + Names.distance(at, c.notBefore()) + " after " + when;
        };
    }
}
