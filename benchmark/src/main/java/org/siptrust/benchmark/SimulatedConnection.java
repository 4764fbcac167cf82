package org.siptrust.benchmark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsProtocol;
import org.bouncycastle.tls.TlsServerProtocol;

/**
 * One SIP-over-TLS connection driven step by step so that many can be interleaved in the capture.
 * Both TLS ends are Bouncy Castle protocol objects in non-blocking mode: what one side's
 * {@code readOutput} yields is written to the pcap as TCP segments and handed to the other side's
 * {@code offerInput}, so every byte in the capture went through a real TLS stack and was
 * decrypted again by the peer (which the generator checks).
 */
final class SimulatedConnection {
    private enum Phase { TCP_OPEN, TLS_HANDSHAKE, SIP, TLS_CLOSE, TCP_CLOSE, DONE }

    private final int index;
    private final TlsVariant variant;
    private final TcpFlow tcp;
    private final SipScript sip;
    private final long byteBudget;
    private final BenchTlsClient client;
    private final BenchTlsServer server;
    private final TlsClientProtocol clientProtocol = new TlsClientProtocol();
    private final TlsServerProtocol serverProtocol = new TlsServerProtocol();
    private final ArrayDeque<SipMessage> pending = new ArrayDeque<>();
    private Phase phase = Phase.TCP_OPEN;
    private int sipMessages;
    private byte[] buffer = new byte[32 * 1024];

    SimulatedConnection(int index, TlsVariant variant, TcpFlow tcp, SipScript sip, long byteBudget, TestPki pki,
            long seed) {
        this.index = index;
        this.variant = variant;
        this.tcp = tcp;
        this.sip = sip;
        this.byteBudget = byteBudget;
        this.client = new BenchTlsClient(new SeededTlsCrypto(SeededRandom.derive(seed, "tls-client-" + index)),
                variant, pki);
        this.server = new BenchTlsServer(new SeededTlsCrypto(SeededRandom.derive(seed, "tls-server-" + index)),
                variant, pki);
    }

    TlsVariant variant() {
        return variant;
    }

    int sipMessages() {
        return sipMessages;
    }

    /** The NSS key log lines, complete once the handshake is done. */
    List<String> keyLog() {
        return client.keyLog();
    }

    boolean isHandshakeComplete() {
        return client.isHandshakeComplete() && server.isHandshakeComplete();
    }

    /** Performs the next step (one burst on the wire); false once the connection is closed. */
    boolean step() throws IOException {
        switch (phase) {
            case TCP_OPEN -> {
                tcp.open();
                clientProtocol.connect(client);
                serverProtocol.accept(server);
                phase = Phase.TLS_HANDSHAKE;
            }
            case TLS_HANDSHAKE -> handshakeStep();
            case SIP -> sipStep();
            case TLS_CLOSE -> {
                clientProtocol.close();
                deliver(true);
                // BC answers a received close_notify with its own
                deliver(false);
                phase = Phase.TCP_CLOSE;
            }
            case TCP_CLOSE -> {
                tcp.close(true);
                phase = Phase.DONE;
            }
            case DONE -> {
                return false;
            }
        }
        return phase != Phase.DONE;
    }

    private void handshakeStep() throws IOException {
        if (clientProtocol.getAvailableOutputBytes() > 0) {
            deliver(true);
        } else if (serverProtocol.getAvailableOutputBytes() > 0) {
            deliver(false);
        } else if (isHandshakeComplete()) {
            phase = Phase.SIP;
            sipStep();
        } else {
            throw new IllegalStateException("connection " + index + ": TLS handshake stalled (" + variant.label() + ")");
        }
    }

    private void sipStep() throws IOException {
        if (pending.isEmpty()) {
            if (sipMessages > 0 && tcp.bytesWritten() >= byteBudget) {
                phase = Phase.TLS_CLOSE;
                return;
            }
            pending.addAll(sip.nextExchange());
        }
        SipMessage m = pending.poll();
        TlsProtocol sender = m.fromClient() ? clientProtocol : serverProtocol;
        TlsProtocol receiver = m.fromClient() ? serverProtocol : clientProtocol;
        sender.writeApplicationData(m.bytes(), 0, m.bytes().length);
        deliver(m.fromClient());
        int available = receiver.applicationDataAvailable();
        if (available != m.bytes().length) {
            throw new IllegalStateException("connection " + index + ": peer decrypted " + available + " of "
                    + m.bytes().length + " bytes");
        }
        byte[] plain = new byte[available];
        receiver.readInput(plain, 0, available);
        if (!Arrays.equals(plain, m.bytes())) {
            throw new IllegalStateException("connection " + index + ": peer decrypted different bytes");
        }
        sipMessages++;
    }

    /** Moves everything one side has to send onto the wire and into the other side. */
    private void deliver(boolean fromClient) throws IOException {
        TlsProtocol sender = fromClient ? clientProtocol : serverProtocol;
        TlsProtocol receiver = fromClient ? serverProtocol : clientProtocol;
        int n = sender.getAvailableOutputBytes();
        if (n == 0) {
            return;
        }
        if (buffer.length < n) {
            buffer = new byte[Math.max(n, buffer.length * 2)];
        }
        int got = sender.readOutput(buffer, 0, n);
        tcp.send(fromClient, buffer, got);
        if (!receiver.isClosed()) {
            receiver.offerInput(Arrays.copyOf(buffer, got));
        }
    }
}
