package org.siptrust.analysis;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureSummary;
import org.siptrust.core.Finding;
import org.siptrust.dns.Resolution;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.calls.SipCallIndex;
import org.siptrust.tls.TlsSession;
import org.siptrust.trust.Hop;

/**
 * The immutable result of analysing one capture with its keys: every view and report reads it.
 * Lists are in frame order; findings are sorted worst first.
 */
public final class Analysis {
    private final Capture capture;
    private final AnalysisOptions options;
    private final List<Connection> connections;
    private final Map<String, TlsSession> tlsSessions;
    private final List<SipMessage> messages;
    private final Lazy<SipCallIndex> calls;
    private final List<CertificateRecord> certificates;
    private final List<DnsRecordView> dnsRecords;
    private final List<Resolution> resolutions;
    private final List<DaneView> dane;
    private final List<Hop> hops;
    private final List<Finding> findings;
    private final Lazy<Map<Long, FrameNote>> frameNotes;
    private final long evaluationTimeNanos;
    private final String keySummary;

    /** Protocol and one-line info that a stage attached to a frame, for the frame table. */
    public record FrameNote(String protocol, String info) {
    }

    Analysis(Builder b) {
        this.capture = b.capture;
        this.options = b.options;
        this.connections = List.copyOf(b.connections);
        this.tlsSessions = Map.copyOf(b.tlsSessions);
        this.messages = List.copyOf(b.messages);
        this.calls = new Lazy<>(() -> SipCallIndex.build(messages));
        this.certificates = List.copyOf(b.certificates);
        this.dnsRecords = List.copyOf(b.dnsRecords);
        this.resolutions = List.copyOf(b.resolutions);
        this.dane = List.copyOf(b.dane);
        this.hops = List.copyOf(b.hops);
        this.findings = b.findings.stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(f -> f.frames().isEmpty() ? 0 : f.frames().get(0)))
                .toList();
        this.frameNotes = new Lazy<>(() -> notes(messages));
        this.evaluationTimeNanos = b.evaluationTimeNanos;
        this.keySummary = b.keySummary;
    }

    static final class Builder {
        Capture capture;
        AnalysisOptions options;
        List<Connection> connections = List.of();
        Map<String, TlsSession> tlsSessions = Map.of();
        List<SipMessage> messages = List.of();
        List<CertificateRecord> certificates = List.of();
        List<DnsRecordView> dnsRecords = List.of();
        List<Resolution> resolutions = List.of();
        List<DaneView> dane = List.of();
        List<Hop> hops = List.of();
        List<Finding> findings = List.of();
        long evaluationTimeNanos;
        String keySummary = "";
    }

    public Capture capture() {
        return capture;
    }

    public CaptureSummary summary() {
        return capture.summary();
    }

    public Path file() {
        return capture.summary().file();
    }

    public AnalysisOptions options() {
        return options;
    }

    public List<Connection> connections() {
        return connections;
    }

    public Optional<Connection> connection(String id) {
        return connections.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The connection a frame belongs to, if any. */
    public Optional<Connection> connectionOfFrame(long frame) {
        for (Connection c : connections) {
            if (frame >= c.firstFrame() && frame <= c.lastFrame()
                    && java.util.Collections.binarySearch(c.frames(), frame) >= 0) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The TLS session of a connection (handshake facts and decrypted streams), if it is TLS. */
    public Optional<TlsSession> tlsSession(String connectionId) {
        return Optional.ofNullable(tlsSessions.get(connectionId));
    }

    /** Every SIP message, in frame order; several in one frame are several entries. */
    public List<SipMessage> messages() {
        return messages;
    }

    /** Transactions, dialogs and calls across all hops. */
    public SipCallIndex calls() {
        return calls.get();
    }

    public List<CertificateRecord> certificates() {
        return certificates;
    }

    public Optional<CertificateRecord> certificate(String sha256) {
        return certificates.stream().filter(c -> c.sha256().equals(sha256)).findFirst();
    }

    public List<DnsRecordView> dnsRecords() {
        return dnsRecords;
    }

    /** RFC 3263 resolution trees of the SIP targets (empty without DNS evidence). */
    public List<Resolution> resolutions() {
        return resolutions;
    }

    public List<DaneView> dane() {
        return dane;
    }

    public List<Hop> hops() {
        return hops;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Protocol/info a stage attached to a frame (SIP summary), or null. */
    public FrameNote frameNote(long frame) {
        return frameNotes.get().get(frame);
    }

    // several messages in one frame share one note, like tshark's Info column
    private static Map<Long, FrameNote> notes(List<SipMessage> messages) {
        Map<Long, FrameNote> notes = new HashMap<>();
        for (SipMessage m : messages) {
            String proto = m.context().decrypted() ? "SIP/TLS" : "SIP";
            notes.merge(m.frame(), new FrameNote(proto, m.summary()),
                    (a, b) -> new FrameNote(a.protocol(), a.info() + " | " + b.info()));
        }
        return Map.copyOf(notes);
    }

    /** The time certificate validity is judged at (nanoseconds since the epoch). */
    public long evaluationTimeNanos() {
        return evaluationTimeNanos;
    }

    /** What key material was attached, as counts and fingerprints (never secrets). */
    public String keySummary() {
        return keySummary;
    }
}
