package org.siptrust.analysis;

import java.util.List;

import org.siptrust.core.Endpoint;

/**
 * One transport conversation of the capture as the reports show it: a TCP connection (plain or
 * TLS) or a UDP flow. The client is the side that opened it (sent the SYN or the first datagram).
 *
 * @param id         {@code c1}, {@code c2}, ... in order of first frame
 * @param transport  {@code tls}, {@code tcp} or {@code udp}
 * @param frames     every frame of the conversation, ascending
 * @param tls        the TLS facts when transport is {@code tls}, else null
 */
public record Connection(String id, String transport, Endpoint client, Endpoint server, long firstFrame,
        long lastFrame, List<Long> frames, TlsFacts tls) {

    public Connection {
        frames = List.copyOf(frames);
    }

    public boolean isTls() {
        return tls != null;
    }

    /** A short label such as {@code c3 TLS 127.0.0.11:39165 -> 127.0.0.12:5061}. */
    public String label() {
        return id + " " + transport.toUpperCase(java.util.Locale.ROOT) + " " + client + " -> " + server;
    }
}
