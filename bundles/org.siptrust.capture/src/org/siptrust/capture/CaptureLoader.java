package org.siptrust.capture;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siptrust.capture.internal.CountingInputStream;
import org.siptrust.capture.internal.DecodedPacket;
import org.siptrust.capture.internal.EndpointPair;
import org.siptrust.capture.internal.FrameSource;
import org.siptrust.capture.internal.PacketDecoder;
import org.siptrust.capture.internal.PcapReader;
import org.siptrust.capture.internal.PcapngReader;
import org.siptrust.capture.internal.RecordInput;
import org.siptrust.capture.internal.TcpReassembler;
import org.siptrust.core.Datagram;
import org.siptrust.core.Endpoint;
import org.siptrust.core.Finding;
import org.siptrust.core.ProgressMonitor;

/**
 * Reads a pcap or pcapng file in one streaming pass: frames are indexed (not kept), TCP payloads
 * are reassembled per connection, UDP datagrams are grouped into flows. Connection ids ({@code c1},
 * {@code c2}, ...) follow the order of first frames across TCP and UDP.
 */
public final class CaptureLoader {
    private CaptureLoader() {
    }

    public static Capture load(Path file, ProgressMonitor monitor) throws CaptureFormatException, IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new CaptureFormatException("no such file: " + file, 0);
        }
        if (Files.isDirectory(file)) {
            throw new CaptureFormatException(file + " is a directory, not a capture file", 0);
        }
        if (size == 0) {
            throw new CaptureFormatException(file + " is empty", 0);
        }
        monitor.begin("Reading " + file.getFileName(), size);
        CountingInputStream counting = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        try (FrameSource source = open(counting)) {
            FrameIndex.Builder index = new FrameIndex.Builder();
            PacketDecoder decoder = new PacketDecoder();
            TcpReassembler tcp = new TcpReassembler();
            Map<EndpointPair, UdpBuilder> udp = new LinkedHashMap<>();
            long first = 0;
            long last = 0;
            long reported = 0;
            RawFrame f;
            while ((f = source.next()) != null) {
                index.add(f);
                if (f.number() == 1) {
                    first = f.timeNanos();
                }
                last = f.timeNanos();
                DecodedPacket p = decoder.decode(f);
                if (p.protocol == DecodedPacket.TCP) {
                    tcp.add(p);
                } else if (p.protocol == DecodedPacket.UDP) {
                    Endpoint src = new Endpoint(p.src, p.srcPort);
                    Endpoint dst = new Endpoint(p.dst, p.dstPort);
                    EndpointPair k = EndpointPair.of(src, dst);
                    long number = f.number();
                    udp.computeIfAbsent(k, x -> new UdpBuilder(src, dst, number))
                            .add(new Datagram(number, f.timeNanos(), src, dst,
                                    java.util.Arrays.copyOfRange(p.bytes, p.payloadOffset, p.payloadOffset + p.payloadLength)));
                }
                long pos = counting.count();
                if (pos - reported > (1 << 20)) {
                    monitor.worked(pos - reported);
                    reported = pos;
                    monitor.checkCanceled();
                }
            }
            monitor.worked(size - reported);
            List<Finding> findings = new ArrayList<>(source.damage());
            FrameIndex frames = index.build();
            List<Object[]> all = new ArrayList<>();
            for (TcpReassembler.Result r : tcp.finish()) {
                all.add(new Object[] {r.firstFrame(), r});
            }
            for (UdpBuilder u : udp.values()) {
                all.add(new Object[] {u.firstFrame, u});
            }
            all.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
            List<TcpConnection> tcpConnections = new ArrayList<>();
            List<UdpFlow> udpFlows = new ArrayList<>();
            int n = 0;
            for (Object[] o : all) {
                String id = "c" + (++n);
                if (o[1] instanceof TcpReassembler.Result r) {
                    List<Finding> issues = new ArrayList<>();
                    for (Finding i : r.issues()) {
                        issues.add(i.withConnection(id));
                    }
                    findings.addAll(issues);
                    tcpConnections.add(new TcpConnection(id, r.client(), r.server(), r.firstFrame(), r.lastFrame(), r.sawSyn(),
                            r.clientToServer(), r.serverToClient(), r.frames(), issues));
                } else {
                    UdpBuilder u = (UdpBuilder) o[1];
                    udpFlows.add(new UdpFlow(id, u.client, u.server, u.firstFrame, u.datagrams));
                }
            }
            CaptureSummary summary = new CaptureSummary(file, source.format(), frames.size(), first, last, size);
            return new Capture(summary, frames, tcpConnections, udpFlows, source.keyLogs(), findings);
        }
    }

    static FrameSource open(InputStream in) throws IOException, CaptureFormatException {
        RecordInput input = new RecordInput(in);
        byte[] magic = input.peek(4);
        if (magic == null) {
            input.close();
            throw new CaptureFormatException("file is too short to be a capture", 0);
        }
        int m = ((magic[0] & 0xff) << 24) | ((magic[1] & 0xff) << 16) | ((magic[2] & 0xff) << 8) | (magic[3] & 0xff);
        try {
            if (m == 0x0A0D0D0A) {
                return new PcapngReader(input);
            }
            if (m == 0xa1b2c3d4 || m == 0xd4c3b2a1 || m == 0xa1b23c4d || m == 0x4d3cb2a1) {
                return new PcapReader(input);
            }
        } catch (CaptureFormatException | IOException e) {
            input.close();
            throw e;
        }
        input.close();
        throw new CaptureFormatException("not a pcap or pcapng file (unknown magic number "
                + String.format("%08x", m) + ")", 0);
    }

    private static final class UdpBuilder {
        final Endpoint client;
        final Endpoint server;
        final long firstFrame;
        final List<Datagram> datagrams = new ArrayList<>();

        UdpBuilder(Endpoint client, Endpoint server, long firstFrame) {
            this.client = client;
            this.server = server;
            this.firstFrame = firstFrame;
        }

        void add(Datagram d) {
            datagrams.add(d);
        }
    }
}
