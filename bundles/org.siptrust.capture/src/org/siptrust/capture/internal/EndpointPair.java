package org.siptrust.capture.internal;

import org.siptrust.core.Endpoint;

/**
 * The two ends of a conversation in a fixed order, whichever side sent the frame: the key of a
 * TCP connection or UDP flow while the capture is read (a record, so no string is built per frame).
 */
public record EndpointPair(Endpoint low, Endpoint high) {

    public static EndpointPair of(Endpoint a, Endpoint b) {
        return a.compareTo(b) < 0 ? new EndpointPair(a, b) : new EndpointPair(b, a);
    }
}
