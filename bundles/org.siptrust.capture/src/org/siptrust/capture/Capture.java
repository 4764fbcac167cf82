package org.siptrust.capture;

import java.io.IOException;
import java.util.List;

import org.siptrust.capture.internal.FrameFileAccess;
import org.siptrust.core.Finding;

/**
 * Everything read from one capture file: the frame index, the TCP connections and UDP flows, the
 * key logs embedded in pcapng Decryption Secrets Blocks, and what could not be read. Immutable.
 */
public final class Capture {
    private final CaptureSummary summary;
    private final FrameIndex frames;
    private final List<TcpConnection> tcp;
    private final List<UdpFlow> udp;
    private final List<String> keyLogs;
    private final List<Finding> findings;

    Capture(CaptureSummary summary, FrameIndex frames, List<TcpConnection> tcp, List<UdpFlow> udp,
            List<String> keyLogs, List<Finding> findings) {
        this.summary = summary;
        this.frames = frames;
        this.tcp = List.copyOf(tcp);
        this.udp = List.copyOf(udp);
        this.keyLogs = List.copyOf(keyLogs);
        this.findings = List.copyOf(findings);
    }

    public CaptureSummary summary() {
        return summary;
    }

    public FrameIndex frameIndex() {
        return frames;
    }

    public List<TcpConnection> tcpConnections() {
        return tcp;
    }

    public List<UdpFlow> udpFlows() {
        return udp;
    }

    /** Texts of the TLS key logs embedded in the file (pcapng Decryption Secrets Blocks). */
    public List<String> embeddedKeyLogs() {
        return keyLogs;
    }

    /** {@code capture-damaged} and TCP reassembly findings. */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The same capture whose TCP connections no longer hold their reassembled bytes (see
     * {@link TcpConnection#withoutStreams()}); the connections, frame index and findings stay.
     */
    public Capture withoutTcpStreams() {
        return new Capture(summary, frames, tcp.stream().map(TcpConnection::withoutStreams).toList(), udp, keyLogs,
                findings);
    }

    /** Re-reads frame {@code number} (1-based) from the file. */
    public RawFrame readFrame(long number) throws IOException {
        return FrameFileAccess.read(summary.file(), summary.format(), frames, number);
    }
}
