package org.siptrust.capture.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siptrust.core.Endpoint;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.Severity;

/**
 * Collects TCP segments per connection and direction and, at the end, reassembles each direction
 * into a {@link FramedBytes}: out-of-order segments are put in sequence order, retransmissions and
 * overlaps keep the first copy (a conflicting overlap is reported), missing bytes become a gap
 * marker plus a finding, and connections whose start is not in the capture begin at the lowest
 * sequence number seen. A new SYN on a finished 4-tuple starts a new connection.
 */
public final class TcpReassembler {
    /** Per-direction limit: beyond it the stream is cut and reported, so memory stays bounded. */
    static final long MAX_STREAM_BYTES = 256L * 1024 * 1024;
    private static final Set<Integer> SERVER_PORTS = Set.of(5060, 5061, 443, 53, 80, 8080, 8443, 5062, 5080, 5081, 853);

    /** One finished connection, before ids are assigned. */
    public record Result(Endpoint client, Endpoint server, long firstFrame, long lastFrame, boolean sawSyn,
            FramedBytes clientToServer, FramedBytes serverToClient, List<Long> frames, List<Finding> issues) {
    }

    private record Segment(long seq, byte[] data, long frame, long time) {
    }

    private static final class Direction {
        boolean syn;
        long isn;
        final List<Segment> segments = new ArrayList<>();
        long bytes;
        boolean fin;
        boolean rst;
    }

    private static final class Conn {
        final Endpoint first;
        final Endpoint second;
        Endpoint synSender;
        Endpoint synAckSender;
        final Direction fromFirst = new Direction();
        final Direction fromSecond = new Direction();
        final long firstFrame;
        long lastFrame;
        long[] frames = new long[16];
        int frameCount;

        Conn(Endpoint first, Endpoint second, long frame) {
            this.first = first;
            this.second = second;
            this.firstFrame = frame;
        }

        Direction from(Endpoint src) {
            return src.equals(first) ? fromFirst : fromSecond;
        }

        void addFrame(long f) {
            if (frameCount == frames.length) {
                frames = Arrays.copyOf(frames, frameCount * 2);
            }
            frames[frameCount++] = f;
            lastFrame = f;
        }

        boolean finished() {
            return (fromFirst.fin && fromSecond.fin) || fromFirst.rst || fromSecond.rst;
        }
    }

    private final Map<EndpointPair, Conn> active = new HashMap<>();
    private final List<Result> done = new ArrayList<>();

    /** Adds one decoded TCP segment. */
    public void add(DecodedPacket p) {
        Endpoint src = new Endpoint(p.src, p.srcPort);
        Endpoint dst = new Endpoint(p.dst, p.dstPort);
        EndpointPair k = EndpointPair.of(src, dst);
        Conn c = active.get(k);
        boolean pureSyn = p.has(DecodedPacket.SYN) && !p.has(DecodedPacket.ACK);
        if (c != null && pureSyn) {
            Direction d = c.from(src);
            boolean sameSyn = d.syn && d.isn == p.seq;
            if (!sameSyn && (c.finished() || d.syn || d.bytes > 0 || c.from(dst).bytes > 0)) {
                done.add(finish(c));
                c = null;
            }
        }
        if (c == null) {
            c = new Conn(src, dst, p.frame);
            active.put(k, c);
        }
        c.addFrame(p.frame);
        Direction d = c.from(src);
        if (p.has(DecodedPacket.SYN)) {
            if (!d.syn) {
                d.syn = true;
                d.isn = p.seq;
            }
            if (p.has(DecodedPacket.ACK)) {
                c.synAckSender = src;
            } else {
                c.synSender = src;
            }
        }
        if (p.has(DecodedPacket.FIN)) {
            d.fin = true;
        }
        if (p.has(DecodedPacket.RST)) {
            d.rst = true;
        }
        if (p.payloadLength > 0) {
            long seq = p.has(DecodedPacket.SYN) ? (p.seq + 1) & 0xffffffffL : p.seq;
            if (d.bytes < MAX_STREAM_BYTES) {
                d.segments.add(new Segment(seq, Arrays.copyOfRange(p.bytes, p.payloadOffset,
                        p.payloadOffset + p.payloadLength), p.frame, p.timeNanos));
                d.bytes += p.payloadLength;
            }
        }
    }

    /** Finishes every connection and returns them in order of their first frame. */
    public List<Result> finish() {
        // removed one by one, so the segments of a finished connection can be collected while the
        // rest are reassembled
        for (var it = active.values().iterator(); it.hasNext();) {
            Conn c = it.next();
            it.remove();
            done.add(finish(c));
        }
        done.sort(Comparator.comparingLong(Result::firstFrame));
        return done;
    }

    private static Result finish(Conn c) {
        Endpoint client;
        boolean sawSyn = c.synSender != null;
        if (c.synSender != null) {
            client = c.synSender;
        } else if (c.synAckSender != null) {
            client = c.synAckSender.equals(c.first) ? c.second : c.first;
        } else if (isServerPort(c.first.port()) && !isServerPort(c.second.port())) {
            client = c.second;
        } else if (isServerPort(c.second.port()) && !isServerPort(c.first.port())) {
            client = c.first;
        } else if (c.first.port() < 1024 && c.second.port() >= 1024) {
            client = c.second;
        } else {
            client = c.first;
        }
        Endpoint server = client.equals(c.first) ? c.second : c.first;
        List<Finding> issues = new ArrayList<>();
        String label = client + " -> " + server;
        FramedBytes c2s = reassemble(c.from(client), "client-to-server of " + label, issues);
        FramedBytes s2c = reassemble(c.from(server), "server-to-client of " + label, issues);
        List<Long> frames = new ArrayList<>(c.frameCount);
        for (int i = 0; i < c.frameCount; i++) {
            frames.add(c.frames[i]);
        }
        return new Result(client, server, c.firstFrame, c.lastFrame, sawSyn, c2s, s2c, frames, issues);
    }

    private static boolean isServerPort(int port) {
        return SERVER_PORTS.contains(port);
    }

    private static FramedBytes reassemble(Direction d, String what, List<Finding> issues) {
        if (d.segments.isEmpty()) {
            return FramedBytes.EMPTY;
        }
        // sized for every captured byte (retransmissions included): the stream is copied once
        FramedBytes.Builder out = new FramedBytes.Builder((int) Math.min(d.bytes, MAX_STREAM_BYTES));
        long base;
        if (d.syn) {
            base = (d.isn + 1) & 0xffffffffL;
        } else {
            // Start not captured: begin at the lowest sequence number, wrap-aware relative to the first seen.
            long ref = d.segments.get(0).seq;
            long min = 0;
            for (Segment s : d.segments) {
                min = Math.min(min, (int) (s.seq - ref));
            }
            base = (ref + min) & 0xffffffffL;
        }
        List<Segment> sorted = new ArrayList<>(d.segments);
        d.segments.clear(); // the sorted copy is the last reference, and the loop lets go of each segment it copied
        sorted.sort(Comparator.<Segment>comparingLong(s -> rel(s.seq, base)).thenComparingLong(s -> s.frame));
        long next = 0;
        // where the stream skips missing bytes: sequence offset -> bytes skipped so far, to map a
        // sequence offset to the builder's offset when comparing a retransmission with the first copy
        List<long[]> skipped = new ArrayList<>();
        boolean conflictReported = false;
        for (int i = 0; i < sorted.size(); i++) {
            Segment s = sorted.get(i);
            sorted.set(i, null);
            long start = rel(s.seq, base);
            long end = start + s.data.length;
            if (end <= next) {
                if (!conflictReported && start >= 0 && differs(out, toStream(start, skipped), s.data, 0, s.data.length)) {
                    issues.add(new Finding("tcp-overlap-conflict", Severity.WARNING, null,
                            "a retransmitted segment in " + what + " carries different bytes than the first copy; the first copy was kept",
                            null, List.of(s.frame), null));
                    conflictReported = true;
                }
                continue;
            }
            int skip = 0;
            if (start < next) {
                skip = (int) (next - start);
                if (!conflictReported && start >= 0 && differs(out, toStream(start, skipped), s.data, 0, skip)) {
                    issues.add(new Finding("tcp-overlap-conflict", Severity.WARNING, null,
                            "an overlapping segment in " + what + " carries different bytes than the first copy; the first copy was kept",
                            null, List.of(s.frame), null));
                    conflictReported = true;
                }
            } else if (start > next) {
                long missing = start - next;
                out.gap(missing);
                skipped.add(new long[] {start, (skipped.isEmpty() ? 0 : skipped.get(skipped.size() - 1)[1]) + missing});
                issues.add(new Finding("tcp-segment-missing", Severity.WARNING, null,
                        missing + " bytes are missing in " + what + " before frame " + s.frame
                                + " (segments not in the capture); decoding resumes after the gap",
                        null, List.of(s.frame), null));
                if (start > MAX_STREAM_BYTES) {
                    break;
                }
                next = start;
            }
            int len = s.data.length - skip;
            if (next + len > MAX_STREAM_BYTES) {
                issues.add(new Finding("tcp-stream-truncated", Severity.WARNING, null,
                        what + " exceeds " + (MAX_STREAM_BYTES >> 20) + " MiB; the rest was not analysed", null,
                        List.of(s.frame), null));
                break;
            }
            out.append(s.data, skip, len, s.frame, s.time);
            next += len;
        }
        return out.build();
    }

    private static long rel(long seq, long base) {
        return (int) (seq - base) & 0xffffffffL;
    }

    private static long toStream(long seqOffset, List<long[]> skipped) {
        long minus = 0;
        for (long[] g : skipped) {
            if (g[0] <= seqOffset) {
                minus = g[1];
            }
        }
        return seqOffset - minus;
    }

    private static boolean differs(FramedBytes.Builder out, long at, byte[] data, int off, int len) {
        if (at < 0) {
            return false;
        }
        len = (int) Math.min(len, out.length() - at); // a copy that straddles a gap: compare what is there
        for (int i = 0; i < len; i++) {
            if (out.byteAt((int) at + i) != (data[off + i] & 0xff)) {
                return true;
            }
        }
        return false;
    }
}
