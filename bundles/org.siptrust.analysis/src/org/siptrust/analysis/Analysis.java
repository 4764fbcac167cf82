package org.siptrust.analysis;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureSummary;
import org.siptrust.core.Finding;

/**
 * The immutable result of analysing one capture with its keys: every view and report reads it.
 * Lists are in frame order; findings are sorted worst first.
 */
public final class Analysis {
    private final Capture capture;
    private final AnalysisOptions options;
    private final List<Connection> connections;
    private final List<Finding> findings;
    private final Map<Long, FrameNote> frameNotes;
    private final long evaluationTimeNanos;

    /** Protocol and one-line info that a stage attached to a frame, for the frame table. */
    public record FrameNote(String protocol, String info) {
    }

    Analysis(Capture capture, AnalysisOptions options, List<Connection> connections, List<Finding> findings,
            Map<Long, FrameNote> frameNotes, long evaluationTimeNanos) {
        this.capture = capture;
        this.options = options;
        this.connections = List.copyOf(connections);
        this.findings = findings.stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(f -> f.frames().isEmpty() ? 0 : f.frames().get(0)))
                .toList();
        this.frameNotes = Map.copyOf(frameNotes);
        this.evaluationTimeNanos = evaluationTimeNanos;
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

    public List<Finding> findings() {
        return findings;
    }

    /** Protocol/info a stage attached to a frame (SIP summary, TLS record kinds), or null. */
    public FrameNote frameNote(long frame) {
        return frameNotes.get(frame);
    }

    /** The time certificate validity is judged at (nanoseconds since the epoch). */
    public long evaluationTimeNanos() {
        return evaluationTimeNanos;
    }
}
