package org.siptrust.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureFormatException;
import org.siptrust.capture.CaptureLoader;
import org.siptrust.capture.TcpConnection;
import org.siptrust.capture.UdpFlow;
import org.siptrust.core.Finding;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.core.Times;

/**
 * Runs the pipeline of ARCHITECTURE.md on one capture: capture, then TLS, SIP, certificates, DNS
 * and trust, and assembles the immutable {@link Analysis}. Streaming work happens in the stages;
 * this class only wires them.
 */
public final class Analyzer {
    private Analyzer() {
    }

    /**
     * Analyses {@code file} with {@code options}.
     *
     * @throws InputException when the capture or a key/anchor file cannot be used at all
     */
    public static Analysis analyze(Path file, AnalysisOptions options, ProgressMonitor monitor) throws InputException {
        Capture capture;
        try {
            capture = CaptureLoader.load(file, new SubMonitor(monitor, "Reading capture"));
        } catch (CaptureFormatException e) {
            throw new InputException(e.getMessage());
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        }
        List<Finding> findings = new ArrayList<>(capture.findings());
        Map<Long, Analysis.FrameNote> notes = new HashMap<>();
        List<Connection> connections = new ArrayList<>();
        for (TcpConnection t : capture.tcpConnections()) {
            connections.add(new Connection(t.id(), "tcp", t.client(), t.server(), t.firstFrame(), t.lastFrame(), t.frames(), null));
        }
        for (UdpFlow u : capture.udpFlows()) {
            List<Long> frames = u.datagrams().stream().map(d -> d.frame()).toList();
            connections.add(new Connection(u.id(), "udp", u.client(), u.server(), u.firstFrame(),
                    frames.get(frames.size() - 1), frames, null));
        }
        connections.sort(java.util.Comparator.comparingLong(Connection::firstFrame));
        long at = options.at() != null ? Times.nanos(options.at()) : capture.summary().firstNanos();
        return new Analysis(capture, options, connections, findings, notes, at);
    }
}
