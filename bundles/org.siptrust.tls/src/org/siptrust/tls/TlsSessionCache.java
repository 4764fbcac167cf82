package org.siptrust.tls;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.siptrust.core.Hex;

/**
 * Master secrets of TLS 1.2 sessions decrypted earlier in the same analysis, by session id and by
 * session ticket, so that a later abbreviated handshake (session resumption) can be decrypted even
 * when its keys came from an RSA private key rather than a key log, as Wireshark does. Thread-safe;
 * in memory only; never exported. Analyse connections in capture order to make use of it.
 */
public final class TlsSessionCache {
    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, byte[]> bySessionId = new ConcurrentHashMap<>();
    private final Map<String, byte[]> byTicket = new ConcurrentHashMap<>();

    void putSessionId(byte[] sessionId, byte[] master) {
        if (sessionId != null && sessionId.length > 0 && bySessionId.size() < MAX_ENTRIES) {
            bySessionId.put(Hex.of(sessionId), master.clone());
        }
    }

    void putTicket(byte[] ticket, byte[] master) {
        if (ticket != null && ticket.length > 0 && byTicket.size() < MAX_ENTRIES) {
            byTicket.put(Hex.of(ticket), master.clone());
        }
    }

    byte[] bySessionId(byte[] sessionId) {
        if (sessionId == null || sessionId.length == 0) {
            return null;
        }
        byte[] m = bySessionId.get(Hex.of(sessionId));
        return m == null ? null : m.clone();
    }

    byte[] byTicket(byte[] ticket) {
        if (ticket == null || ticket.length == 0) {
            return null;
        }
        byte[] m = byTicket.get(Hex.of(ticket));
        return m == null ? null : m.clone();
    }

    /** Number of remembered sessions (ids plus tickets). */
    public int size() {
        return bySessionId.size() + byTicket.size();
    }

    @Override
    public String toString() {
        return "TlsSessionCache[" + size() + " sessions]";
    }
}
