package org.siptrust.ui.internal.editor;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.capture.FrameIndex;
import org.siptrust.capture.RawFrame;

/**
 * The rows of the Frames table, computed when the table asks for them: frame times and lengths
 * come from the capture's frame index, the rest from re-reading the frame from the file and
 * decoding its headers (or from the note an analysis stage attached to the frame). Recently shown
 * rows are kept in an LRU cache so scrolling back and forth does not re-read the file. TCP sequence
 * numbers are shown relative to the first one of each direction, as Wireshark does. UI thread only.
 */
public final class FrameTableModel {
    static final int CACHE_ROWS = 4096;
    private static final int ISN_SEARCH_LIMIT = 64;

    private final Analysis analysis;
    private final FrameIndex index;
    private final long first;
    private final Map<Long, FrameRow> cache = new LinkedHashMap<>(CACHE_ROWS * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FrameRow> eldest) {
            return size() > CACHE_ROWS;
        }
    };
    /** First sequence number seen per connection direction (see {@link FrameSummaryDecoder.Tcp#direction()}). */
    private final Map<String, Long> isn = new HashMap<>();
    private long decoded;

    public FrameTableModel(Analysis analysis) {
        this.analysis = analysis;
        this.index = analysis.capture().frameIndex();
        this.first = index.size() == 0 ? 0 : index.time(1);
    }

    public Analysis analysis() {
        return analysis;
    }

    public int size() {
        return index.size();
    }

    /** How many rows were decoded so far (cache misses); for tests of the cache. */
    public long decodedRows() {
        return decoded;
    }

    /** The row of frame {@code number} (1-based). */
    public FrameRow row(long number) {
        FrameRow r = cache.get(number);
        if (r == null) {
            r = compute(number);
            cache.put(number, r);
        }
        return r;
    }

    private FrameRow compute(long number) {
        decoded++;
        String time = relativeTime(index.time(number) - first);
        int length = index.wireLength(number);
        FrameSummaryDecoder.Summary s;
        try {
            s = FrameSummaryDecoder.decode(analysis.capture().readFrame(number));
        } catch (IOException | RuntimeException e) {
            return new FrameRow(number, time, "", "", "?", length, "cannot read the frame from the file: " + e.getMessage());
        }
        String protocol = s.protocol();
        String info = s.info();
        if (s.tcp() != null) {
            info = relativeTcpInfo(number, s.tcp());
        }
        Analysis.FrameNote note = analysis.frameNote(number);
        if (note != null) {
            if (note.protocol() != null && !note.protocol().isBlank()) {
                protocol = note.protocol();
            }
            if (note.info() != null && !note.info().isBlank()) {
                info = note.info();
            }
        }
        return new FrameRow(number, time, s.source(), s.destination(), protocol, length, info);
    }

    /** Seconds since the first frame with microsecond digits, like Wireshark's default. */
    static String relativeTime(long nanos) {
        boolean negative = nanos < 0;
        long n = Math.abs(nanos);
        long micros = (n + 500) / 1000;
        String frac = Long.toString(1_000_000 + micros % 1_000_000).substring(1);
        return (negative ? "-" : "") + (micros / 1_000_000) + "." + frac;
    }

    private String relativeTcpInfo(long number, FrameSummaryDecoder.Tcp t) {
        Long base = isnOf(number, t.direction());
        Long peer = isnOf(number, t.reverse());
        long seq = base == null ? t.seq() : (t.seq() - base) & 0xffffffffL;
        long ack = peer == null ? t.ack() : (t.ack() - peer) & 0xffffffffL;
        return FrameSummaryDecoder.tcpInfo(t, seq, ack);
    }

    /**
     * The first sequence number of a direction: looked up in the frames of the frame's connection
     * (usually its first two frames) and remembered.
     */
    private Long isnOf(long number, String direction) {
        if (isn.containsKey(direction)) {
            return isn.get(direction);
        }
        Long found = null;
        Optional<Connection> c = analysis.connectionOfFrame(number);
        if (c.isPresent()) {
            List<Long> frames = c.get().frames();
            for (int i = 0; i < frames.size() && i < ISN_SEARCH_LIMIT; i++) {
                try {
                    RawFrame f = analysis.capture().readFrame(frames.get(i));
                    FrameSummaryDecoder.Tcp t = FrameSummaryDecoder.decode(f).tcp();
                    if (t != null && t.direction().equals(direction)) {
                        found = t.seq();
                        break;
                    }
                } catch (IOException | RuntimeException e) {
                    break;
                }
            }
        }
        isn.put(direction, found);
        return found;
    }
}
