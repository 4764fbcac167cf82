package org.siptrust.trust;

import java.util.List;
import java.util.Map;

import org.siptrust.core.Endpoint;

/**
 * One TLS connection between two SIP elements as the trust visualiser draws it: who opened it,
 * the identity the opener meant to reach (from the first request, or the SNI when nothing was
 * decrypted), the identities the server's certificate presents, the verdict per profile, and every
 * request judged on it.
 *
 * @param connection           connection id
 * @param client               the TLS client (the element that opened the connection)
 * @param server               the TLS server
 * @param reference            the reference identity of the hop (first request), or null
 * @param presentedIdentities  the SIP identities of the server certificate (RFC 5922 §7.1 reading)
 * @param serverCertificate    SHA-256 of the server's leaf certificate, or null
 * @param clientCertificate    SHA-256 of the client's leaf certificate, or null
 * @param verdicts             verdict per profile for {@code reference}
 * @param checks               every request on the hop, in frame order
 * @param clientLabel          a host name for the client element (certificate, Via), or null
 * @param serverLabel          a host name for the server element, or null
 */
public record Hop(String connection, Endpoint client, Endpoint server, ReferenceIdentity reference,
        List<String> presentedIdentities, String serverCertificate, String clientCertificate,
        Map<Profile, Verdict> verdicts, List<HopCheck> checks, String clientLabel, String serverLabel) {

    public Hop {
        presentedIdentities = List.copyOf(presentedIdentities);
        verdicts = Map.copyOf(verdicts);
        checks = List.copyOf(checks);
    }

    public Verdict verdict(Profile p) {
        return verdicts.get(p);
    }

    /** The worst verdict of any request on the hop under {@code p} (what the edge colour shows). */
    public Verdict worst(Profile p) {
        Verdict worst = verdicts.get(p);
        for (HopCheck c : checks) {
            Verdict v = c.verdict(p);
            if (v != null && v.isFailure() && (worst == null || !worst.isFailure())) {
                worst = v;
            }
        }
        return worst;
    }
}
