package org.siptrust.tls;

import org.siptrust.core.CancelledException;
import org.siptrust.core.Endpoint;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.core.Severity;

/**
 * Entry point of the TLS stage: turns the two byte streams of one TCP connection into a
 * {@link TlsSession} (handshake facts, decrypted application data, findings). Stateless and
 * thread-safe; connections may be analysed in parallel. Never throws on bad input: whatever
 * cannot be read becomes a finding.
 *
 * <p>Progress: reports {@link ProgressMonitor#worked(long)} in bytes of TLS records consumed and
 * checks for cancellation every few records; it never calls {@code begin}, so the caller can run
 * many connections under one task sized by their total byte count.
 */
public final class TlsAnalyzer {

    private TlsAnalyzer() {
    }

    /**
     * Analyses one connection without memory of earlier sessions (TLS 1.2 resumption is then
     * decryptable only through the key log). See {@link #analyze(String, Endpoint, Endpoint,
     * FramedBytes, FramedBytes, KeyMaterial, TlsSessionCache, ProgressMonitor)}.
     */
    public static TlsSession analyze(String connectionId, Endpoint client, Endpoint server, FramedBytes toServer,
            FramedBytes toClient, KeyMaterial keys, ProgressMonitor monitor) {
        return analyze(connectionId, client, server, toServer, toClient, keys, new TlsSessionCache(), monitor);
    }

    /**
     * Analyses one connection. {@code cache} remembers TLS 1.2 master secrets by session id and
     * ticket so that later resumed sessions in the same capture decrypt too (as in Wireshark);
     * share one cache across the connections of a capture and analyse them in capture order.
     *
     * @param connectionId id put on every finding
     * @param client       the side that opened the TCP connection
     * @param server       the other side
     * @param toServer     reassembled client-to-server bytes (gaps marked)
     * @param toClient     reassembled server-to-client bytes (gaps marked)
     * @param keys         key material, may be {@link KeyMaterial#NONE}
     * @param cache        session cache, may be null
     * @param monitor      progress and cancellation, may be null
     * @throws CancelledException when the monitor asks to stop
     */
    public static TlsSession analyze(String connectionId, Endpoint client, Endpoint server, FramedBytes toServer,
            FramedBytes toClient, KeyMaterial keys, TlsSessionCache cache, ProgressMonitor monitor) {
        ConnectionDecoder d = new ConnectionDecoder(connectionId, client, server, toServer, toClient, keys, cache,
                monitor);
        try {
            d.run();
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a decoder bug must not take the analysis down: keep what was learned and say so
            d.findings.add(new Finding("tls-decoder-error", Severity.WARNING, null,
                    "TLS decoding stopped early: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
                    connectionId, java.util.List.of(), null));
            d.decrypted = false;
            if (d.undecryptedReason == null) {
                d.undecryptedReason = "TLS decoding stopped early because of an internal error";
            }
        }
        return new TlsSession(d);
    }
}
