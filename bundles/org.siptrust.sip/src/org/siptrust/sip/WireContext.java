package org.siptrust.sip;

import org.siptrust.core.Endpoint;

/**
 * Where a SIP message was seen: the connection (or UDP flow) id, the transport as SIP names it,
 * the direction, and whether the bytes were recovered by TLS decryption.
 *
 * @param connectionId id of the TCP connection or UDP flow (as the capture stage names it)
 * @param transport    {@code "UDP"}, {@code "TCP"}, {@code "TLS"}, {@code "WS"} or {@code "WSS"}
 * @param source       sender of these bytes
 * @param destination  receiver of these bytes
 * @param decrypted    true if the bytes are TLS plaintext recovered with key material
 */
public record WireContext(String connectionId, String transport, Endpoint source, Endpoint destination,
        boolean decrypted) {

    /** The same context with another direction (used for datagrams, whose endpoints come from the packet). */
    public WireContext withEndpoints(Endpoint newSource, Endpoint newDestination) {
        return new WireContext(connectionId, transport, newSource, newDestination, decrypted);
    }

    /** True for TLS and secure WebSocket. */
    public boolean isSecure() {
        return "TLS".equalsIgnoreCase(transport) || "WSS".equalsIgnoreCase(transport);
    }

    /** True for transports that carry a byte stream (Content-Length framing). */
    public boolean isStream() {
        return "TCP".equalsIgnoreCase(transport) || "TLS".equalsIgnoreCase(transport);
    }

    @Override
    public String toString() {
        return transport + " " + source + " -> " + destination + (connectionId == null ? "" : " [" + connectionId + "]");
    }
}
