package org.siptrust.x509;

import java.util.Objects;

/**
 * A name the certificate carries that was considered and is not a SIP identity.
 *
 * @param presented the name as shown to people: an openssl-style SAN ({@code URI:sip:bob@example.com},
 *                  {@code DNS:*.example.com}) or {@code CN=...}
 * @param wildcard  true if it is a wildcard name (RFC 9525 might accept it for generic TLS)
 * @param reason    why it was rejected, citing the clause
 */
public record RejectedName(String presented, boolean wildcard, String reason) {

    public RejectedName {
        Objects.requireNonNull(presented, "presented");
        Objects.requireNonNull(reason, "reason");
    }

    /** The name without its type prefix ({@code *.example.com} for {@code DNS:*.example.com}). */
    public String name() {
        int c = presented.indexOf(presented.startsWith("CN=") ? '=' : ':');
        return c >= 0 ? presented.substring(c + 1) : presented;
    }
}
