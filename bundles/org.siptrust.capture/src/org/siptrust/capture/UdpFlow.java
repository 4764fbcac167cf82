package org.siptrust.capture;

import java.util.List;

import org.siptrust.core.Datagram;
import org.siptrust.core.Endpoint;

/**
 * The UDP datagrams exchanged between two endpoints. The client is the side that sent the first
 * datagram. Datagrams are in frame order and already reassembled from IP fragments.
 */
public final class UdpFlow {
    private final String id;
    private final Endpoint client;
    private final Endpoint server;
    private final long firstFrame;
    private final List<Datagram> datagrams;

    public UdpFlow(String id, Endpoint client, Endpoint server, long firstFrame, List<Datagram> datagrams) {
        this.id = id;
        this.client = client;
        this.server = server;
        this.firstFrame = firstFrame;
        this.datagrams = List.copyOf(datagrams);
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

    public List<Datagram> datagrams() {
        return datagrams;
    }

    @Override
    public String toString() {
        return "udp " + id + " " + client + " -> " + server + " (" + datagrams.size() + " datagrams)";
    }
}
