package org.siptrust.dns;

import org.siptrust.core.Endpoint;

/**
 * A DNS query a client sent in the capture, with the response it got (if any).
 *
 * @param frame         frame of the query
 * @param timeNanos     capture time of the query
 * @param client        the client's endpoint (its source port varies per query)
 * @param name          query name without trailing dot
 * @param type          query type mnemonic
 * @param dnssecOk      the DO bit was set
 * @param responseFrame frame of the matching response, -1 if none was seen
 * @param responseRcode mnemonic rcode of the response, null if none
 */
public record ObservedQuery(long frame, long timeNanos, Endpoint client, String name, String type, boolean dnssecOk,
        long responseFrame, String responseRcode) {
}
