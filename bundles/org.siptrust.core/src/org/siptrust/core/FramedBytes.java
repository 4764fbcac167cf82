package org.siptrust.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable byte stream that remembers which capture frame delivered each byte: one direction
 * of a reassembled TCP connection, or the decrypted application data of one TLS direction. Stages
 * above it (TLS records, SIP framing) parse the bytes and ask {@link #frameAt(int)} for the frame
 * to report; a message that spans several frames is reported at the frame of its last byte,
 * which is what tshark does.
 *
 * <p>Where bytes are missing (a TCP segment that is not in the capture, a TLS record that could
 * not be decrypted), the stream records a gap at the offset where data resumes: a parser must not
 * join bytes across a gap and should resynchronise after it.
 */
public final class FramedBytes {

    /** An empty stream. */
    public static final FramedBytes EMPTY = new Builder().build();

    private final byte[] data;
    private final int length;
    private final int[] runEnds;
    private final long[] runFrames;
    private final long[] runTimes;
    private final int[] gapOffsets;
    private final long[] gapSizes;

    private FramedBytes(Builder b) {
        // trimmed: a stream is held for the whole analysis, the builder's growth slack is not
        this.data = b.data.length == b.length ? b.data : Arrays.copyOf(b.data, b.length);
        this.length = b.length;
        this.runEnds = Arrays.copyOf(b.runEnds, b.runs);
        this.runFrames = Arrays.copyOf(b.runFrames, b.runs);
        this.runTimes = Arrays.copyOf(b.runTimes, b.runs);
        this.gapOffsets = b.gapOffsets.stream().mapToInt(Integer::intValue).toArray();
        this.gapSizes = b.gapSizes.stream().mapToLong(Long::longValue).toArray();
    }

    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The byte at {@code offset}, as an unsigned value 0..255. */
    public int get(int offset) {
        checkIndex(offset);
        return data[offset] & 0xff;
    }

    /** A copy of the bytes in {@code [from, to)}. */
    public byte[] slice(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException("slice [" + from + "," + to + ") of " + length);
        }
        return Arrays.copyOfRange(data, from, to);
    }

    /**
     * The backing array, valid in {@code [0, length())}. Exposed for parsers that scan without
     * copying; callers must not modify it.
     */
    public byte[] array() {
        return data;
    }

    /** The frame (1-based number) that delivered the byte at {@code offset}. */
    public long frameAt(int offset) {
        return runFrames[run(offset)];
    }

    /** Capture time (nanoseconds since the epoch) of the frame that delivered {@code offset}. */
    public long timeAt(int offset) {
        return runTimes[run(offset)];
    }

    /** Every distinct frame that delivered a byte in {@code [from, to)}, ascending. */
    public List<Long> framesIn(int from, int to) {
        List<Long> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        int first = run(from);
        int last = run(to - 1);
        for (int r = first; r <= last; r++) {
            long f = runFrames[r];
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        out.sort(null);
        return out;
    }

    /** Number of runs (contiguous pieces delivered by one frame). */
    public int runCount() {
        return runEnds.length;
    }

    public int runStart(int run) {
        return run == 0 ? 0 : runEnds[run - 1];
    }

    public int runEnd(int run) {
        return runEnds[run];
    }

    public long runFrame(int run) {
        return runFrames[run];
    }

    public long runTime(int run) {
        return runTimes[run];
    }

    /** Offsets at which data resumes after missing bytes, ascending. */
    public int[] gapOffsets() {
        return gapOffsets.clone();
    }

    /** Number of bytes missing at each gap (same order as {@link #gapOffsets()}; -1 if unknown). */
    public long[] gapSizes() {
        return gapSizes.clone();
    }

    /** The first gap offset that is {@code > from} and {@code <= to}, or -1 if there is none. */
    public int gapWithin(int from, int to) {
        for (int g : gapOffsets) {
            if (g > from && g <= to) {
                return g;
            }
        }
        return -1;
    }

    private int run(int offset) {
        checkIndex(offset);
        int i = Arrays.binarySearch(runEnds, offset);
        // runEnds are exclusive ends: offset == runEnds[i] belongs to run i + 1
        return i >= 0 ? i + 1 : -i - 1;
    }

    private void checkIndex(int offset) {
        if (offset < 0 || offset >= length) {
            throw new IndexOutOfBoundsException("offset " + offset + " of " + length);
        }
    }

    @Override
    public String toString() {
        return "FramedBytes[" + length + " bytes, " + runEnds.length + " runs, " + gapOffsets.length + " gaps]";
    }

    /** Builds a stream by appending pieces in order. Not thread-safe. */
    public static final class Builder {
        private byte[] data;
        private int length;
        private int[] runEnds = new int[8];
        private long[] runFrames = new long[8];
        private long[] runTimes = new long[8];
        private int runs;
        private final List<Integer> gapOffsets = new ArrayList<>();
        private final List<Long> gapSizes = new ArrayList<>();

        public Builder() {
            this(256);
        }

        /** A builder that expects about {@code expectedBytes} bytes, so appending does not re-copy. */
        public Builder(int expectedBytes) {
            data = new byte[Math.max(16, expectedBytes)];
        }

        /**
         * Makes room for {@code bytes} bytes in total, for a caller that knows the final size only
         * after construction (decrypted data is never larger than its ciphertext).
         */
        public Builder ensureCapacity(int bytes) {
            if (bytes > data.length) {
                data = Arrays.copyOf(data, bytes);
            }
            return this;
        }

        /** The byte appended at {@code offset} (unsigned), for callers that compare retransmitted data. */
        public int byteAt(int offset) {
            if (offset < 0 || offset >= length) {
                throw new IndexOutOfBoundsException("offset " + offset + " of " + length);
            }
            return data[offset] & 0xff;
        }

        public Builder append(byte[] bytes, long frame, long timeNanos) {
            return append(bytes, 0, bytes.length, frame, timeNanos);
        }

        /** Appends {@code len} bytes delivered by {@code frame} at {@code timeNanos}. */
        public Builder append(byte[] bytes, int off, int len, long frame, long timeNanos) {
            if (len <= 0) {
                return this;
            }
            if ((long) length + len > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("stream larger than 2 GiB");
            }
            if (length + len > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, length + len));
            }
            System.arraycopy(bytes, off, data, length, len);
            length += len;
            if (runs > 0 && runFrames[runs - 1] == frame && !gapAt(length - len)) {
                runEnds[runs - 1] = length;
            } else {
                if (runs == runEnds.length) {
                    runEnds = Arrays.copyOf(runEnds, runs * 2);
                    runFrames = Arrays.copyOf(runFrames, runs * 2);
                    runTimes = Arrays.copyOf(runTimes, runs * 2);
                }
                runEnds[runs] = length;
                runFrames[runs] = frame;
                runTimes[runs] = timeNanos;
                runs++;
            }
            return this;
        }

        /** Records that {@code missing} bytes (-1 if unknown) are missing before the next append. */
        public Builder gap(long missing) {
            if (!gapOffsets.isEmpty() && gapOffsets.get(gapOffsets.size() - 1) == length) {
                long prev = gapSizes.get(gapSizes.size() - 1);
                gapSizes.set(gapSizes.size() - 1, prev < 0 || missing < 0 ? -1 : prev + missing);
            } else {
                gapOffsets.add(length);
                gapSizes.add(missing);
            }
            return this;
        }

        public int length() {
            return length;
        }

        private boolean gapAt(int offset) {
            return !gapOffsets.isEmpty() && gapOffsets.get(gapOffsets.size() - 1) == offset;
        }

        public FramedBytes build() {
            return new FramedBytes(this);
        }
    }
}
