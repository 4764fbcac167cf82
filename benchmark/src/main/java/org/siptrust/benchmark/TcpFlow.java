package org.siptrust.benchmark;

import java.io.IOException;
import java.util.Random;

/**
 * One TCP connection on the wire: Ethernet/IPv4/TCP framing with correct checksums, sequence and
 * acknowledgement numbers, the three-way handshake, MSS segmentation (so TLS records span
 * segments), a pure ACK from the receiver after each burst, and the FIN exchange.
 */
final class TcpFlow {
    private static final int FIN = 0x01;
    private static final int SYN = 0x02;
    private static final int PSH = 0x08;
    private static final int ACK = 0x10;
    private static final int WINDOW = 64240;

    private final PcapWriter pcap;
    private final CaptureClock clock;
    private final Random random;
    private final int mss;
    private final byte[] clientIp;
    private final byte[] serverIp;
    private final int clientPort;
    private final int serverPort;
    private final long rttMicros;
    private final byte[] frame;
    private long clientSeq;
    private long serverSeq;
    private int clientIpId;
    private int serverIpId;
    private long bytesWritten;

    TcpFlow(PcapWriter pcap, CaptureClock clock, Random random, int mss, byte[] clientIp, int clientPort, byte[] serverIp,
            int serverPort) {
        this.pcap = pcap;
        this.clock = clock;
        this.random = random;
        this.mss = mss;
        this.clientIp = clientIp;
        this.serverIp = serverIp;
        this.clientPort = clientPort;
        this.serverPort = serverPort;
        this.rttMicros = 300 + random.nextInt(40_000);
        this.frame = new byte[14 + 20 + 24 + mss];
        this.clientSeq = random.nextInt() & 0xffffffffL;
        this.serverSeq = random.nextInt() & 0xffffffffL;
        this.clientIpId = random.nextInt(0x10000);
        this.serverIpId = random.nextInt(0x10000);
    }

    /** Bytes this connection has added to the pcap so far (record headers included). */
    long bytesWritten() {
        return bytesWritten;
    }

    void open() throws IOException {
        emit(true, SYN, true, null, 0, 0);
        clientSeq++;
        clock.advance(rttMicros / 2);
        emit(false, SYN | ACK, true, null, 0, 0);
        serverSeq++;
        clock.advance(rttMicros / 2);
        emit(true, ACK, false, null, 0, 0);
    }

    /** Sends one application write: MSS-sized segments, PSH on the last, then the peer's ACK. */
    void send(boolean fromClient, byte[] data, int length) throws IOException {
        for (int off = 0; off < length; off += mss) {
            int n = Math.min(mss, length - off);
            boolean last = off + n >= length;
            emit(fromClient, last ? ACK | PSH : ACK, false, data, off, n);
            if (fromClient) {
                clientSeq += n;
            } else {
                serverSeq += n;
            }
            clock.advance(5 + random.nextInt(20));
        }
        clock.advance(rttMicros / 2 + random.nextInt(200));
        emit(!fromClient, ACK, false, null, 0, 0);
    }

    /** The closing side sends FIN, the other answers with FIN, the closer acknowledges. */
    void close(boolean clientCloses) throws IOException {
        emit(clientCloses, FIN | ACK, false, null, 0, 0);
        advanceSeq(clientCloses);
        clock.advance(rttMicros / 2);
        emit(!clientCloses, FIN | ACK, false, null, 0, 0);
        advanceSeq(!clientCloses);
        clock.advance(rttMicros / 2);
        emit(clientCloses, ACK, false, null, 0, 0);
    }

    private void advanceSeq(boolean client) {
        if (client) {
            clientSeq++;
        } else {
            serverSeq++;
        }
    }

    private void emit(boolean fromClient, int flags, boolean mssOption, byte[] data, int off, int len)
            throws IOException {
        byte[] srcIp = fromClient ? clientIp : serverIp;
        byte[] dstIp = fromClient ? serverIp : clientIp;
        int tcpHeader = mssOption ? 24 : 20;
        int ipLength = 20 + tcpHeader + len;
        byte[] f = frame;
        // Ethernet: locally administered MACs derived from the IPs
        mac(f, 0, dstIp);
        mac(f, 6, srcIp);
        f[12] = 0x08;
        f[13] = 0x00;
        int ip = 14;
        f[ip] = 0x45;
        f[ip + 1] = 0;
        putShort(f, ip + 2, ipLength);
        int id = fromClient ? clientIpId++ : serverIpId++;
        putShort(f, ip + 4, id & 0xffff);
        putShort(f, ip + 6, 0x4000);
        f[ip + 8] = 64;
        f[ip + 9] = 6;
        putShort(f, ip + 10, 0);
        System.arraycopy(srcIp, 0, f, ip + 12, 4);
        System.arraycopy(dstIp, 0, f, ip + 16, 4);
        putShort(f, ip + 10, checksum(f, ip, 20, 0));
        int tcp = ip + 20;
        putShort(f, tcp, fromClient ? clientPort : serverPort);
        putShort(f, tcp + 2, fromClient ? serverPort : clientPort);
        putInt(f, tcp + 4, fromClient ? clientSeq : serverSeq);
        boolean hasAck = (flags & ACK) != 0;
        putInt(f, tcp + 8, hasAck ? (fromClient ? serverSeq : clientSeq) : 0);
        f[tcp + 12] = (byte) ((tcpHeader / 4) << 4);
        f[tcp + 13] = (byte) flags;
        putShort(f, tcp + 14, WINDOW);
        putShort(f, tcp + 16, 0);
        putShort(f, tcp + 18, 0);
        if (mssOption) {
            f[tcp + 20] = 2;
            f[tcp + 21] = 4;
            putShort(f, tcp + 22, mss);
        }
        if (len > 0) {
            System.arraycopy(data, off, f, tcp + tcpHeader, len);
        }
        int tcpLength = tcpHeader + len;
        long pseudo = sum(srcIp, 0, 4) + sum(dstIp, 0, 4) + 6 + tcpLength;
        putShort(f, tcp + 16, checksum(f, tcp, tcpLength, pseudo));
        int frameLength = 14 + ipLength;
        pcap.write(clock.now(), f, frameLength);
        bytesWritten += 16 + frameLength;
    }

    private static void mac(byte[] f, int off, byte[] ip) {
        f[off] = 0x02;
        f[off + 1] = 0x00;
        System.arraycopy(ip, 0, f, off + 2, 4);
    }

    private static long sum(byte[] b, int off, int len) {
        long s = 0;
        int i = off;
        int end = off + len;
        for (; i + 1 < end; i += 2) {
            s += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        }
        if (i < end) {
            s += (b[i] & 0xff) << 8;
        }
        return s;
    }

    private static int checksum(byte[] b, int off, int len, long initial) {
        long s = initial + sum(b, off, len);
        while ((s >>> 16) != 0) {
            s = (s & 0xffff) + (s >>> 16);
        }
        return (int) (~s & 0xffff);
    }

    private static void putShort(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    private static void putInt(byte[] b, int off, long v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
