package org.siptrust.dns;

import java.util.List;

/**
 * A DNS question RFC 3263 (and, for TLSA, RFC 6698/7673) says a client resolving the target
 * asks.
 *
 * @param name     query name without trailing dot
 * @param types    acceptable types: one, or A and AAAA for an address lookup
 * @param optional true when a compliant client may skip it (TLSA without DANE; addresses of
 *                 lower-priority SRV targets, asked only if the first fails)
 * @param why      the rule, for humans
 */
public record ExpectedQuery(String name, List<String> types, boolean optional, String why) {
    public ExpectedQuery {
        types = List.copyOf(types);
    }

    public String typeText() {
        return String.join("/", types);
    }
}
