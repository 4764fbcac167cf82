package org.siptrust.core;

import java.util.Objects;

/**
 * One transport payload seen in one frame: a UDP datagram (after IP reassembly) or, for
 * callers that do not reassemble, a TCP segment's payload. Immutable; the payload is copied.
 */
public final class Datagram {
    private final long frame;
    private final long timeNanos;
    private final Endpoint source;
    private final Endpoint destination;
    private final byte[] payload;

    public Datagram(long frame, long timeNanos, Endpoint source, Endpoint destination, byte[] payload) {
        this.frame = frame;
        this.timeNanos = timeNanos;
        this.source = Objects.requireNonNull(source);
        this.destination = Objects.requireNonNull(destination);
        this.payload = payload.clone();
    }

    public long frame() {
        return frame;
    }

    public long timeNanos() {
        return timeNanos;
    }

    public Endpoint source() {
        return source;
    }

    public Endpoint destination() {
        return destination;
    }

    public int length() {
        return payload.length;
    }

    public byte[] payload() {
        return payload.clone();
    }

    /** The payload as a one-frame {@link FramedBytes}. */
    public FramedBytes asFramedBytes() {
        return new FramedBytes.Builder().append(payload, frame, timeNanos).build();
    }
}
