package org.siptrust.capture;

import java.util.List;

import org.siptrust.core.Endpoint;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;

/**
 * One TCP connection with both directions reassembled. The client is the side that sent the SYN;
 * when the handshake is not in the capture, the side that sent the first segment unless port
 * numbers make the server obvious (see {@link #sawSyn()}).
 */
public final class TcpConnection {
    private final String id;
    private final Endpoint client;
    private final Endpoint server;
    private final long firstFrame;
    private final long lastFrame;
    private final boolean sawSyn;
    private final FramedBytes clientToServer;
    private final FramedBytes serverToClient;
    private final List<Long> frames;
    private final List<Finding> issues;

    public TcpConnection(String id, Endpoint client, Endpoint server, long firstFrame, long lastFrame, boolean sawSyn,
            FramedBytes clientToServer, FramedBytes serverToClient, List<Long> frames, List<Finding> issues) {
        this.id = id;
        this.client = client;
        this.server = server;
        this.firstFrame = firstFrame;
        this.lastFrame = lastFrame;
        this.sawSyn = sawSyn;
        this.clientToServer = clientToServer;
        this.serverToClient = serverToClient;
        this.frames = List.copyOf(frames);
        this.issues = List.copyOf(issues);
    }

    public String id() {
        return id;
    }

    public Endpoint client() {
        return client;
    }

    public Endpoint server() {
        return server;
    }

    public long firstFrame() {
        return firstFrame;
    }

    public long lastFrame() {
        return lastFrame;
    }

    /** True when the opening SYN is in the capture, so client and server are known for sure. */
    public boolean sawSyn() {
        return sawSyn;
    }

    public FramedBytes clientToServer() {
        return clientToServer;
    }

    public FramedBytes serverToClient() {
        return serverToClient;
    }

    /** Every frame that belongs to this connection, ascending. */
    public List<Long> frames() {
        return frames;
    }

    /** Reassembly problems: missing segments, conflicting overlaps, a stream that was cut. */
    public List<Finding> issues() {
        return issues;
    }

    /**
     * The same connection without its reassembled bytes, for a caller that has decoded them and
     * must not keep every connection's payload alive; frames can still be re-read from the file.
     */
    public TcpConnection withoutStreams() {
        if (clientToServer.isEmpty() && serverToClient.isEmpty()) {
            return this;
        }
        return new TcpConnection(id, client, server, firstFrame, lastFrame, sawSyn, FramedBytes.EMPTY, FramedBytes.EMPTY,
                frames, issues);
    }

    @Override
    public String toString() {
        return "tcp " + id + " " + client + " -> " + server;
    }
}
