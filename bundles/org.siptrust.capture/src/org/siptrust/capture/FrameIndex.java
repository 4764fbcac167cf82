package org.siptrust.capture;

import java.util.Arrays;

/**
 * Compact per-frame facts (time, file offset, lengths, link type) for every frame of a capture,
 * about 30 bytes a frame, so a table of a million frames can page through them lazily and re-read
 * any frame's bytes from the file on demand.
 */
public final class FrameIndex {
    private final long[] times;
    private final long[] offsets;
    private final int[] capLengths;
    private final int[] origLengths;
    private final short[] linkTypes;
    private final int size;

    private FrameIndex(Builder b) {
        this.size = b.size;
        this.times = Arrays.copyOf(b.times, b.size);
        this.offsets = Arrays.copyOf(b.offsets, b.size);
        this.capLengths = Arrays.copyOf(b.capLengths, b.size);
        this.origLengths = Arrays.copyOf(b.origLengths, b.size);
        this.linkTypes = Arrays.copyOf(b.linkTypes, b.size);
    }

    public int size() {
        return size;
    }

    /** Time of frame {@code number} (1-based), nanoseconds since the epoch. */
    public long time(long number) {
        return times[idx(number)];
    }

    public long fileOffset(long number) {
        return offsets[idx(number)];
    }

    public int capturedLength(long number) {
        return capLengths[idx(number)];
    }

    public int wireLength(long number) {
        return origLengths[idx(number)];
    }

    public int linkType(long number) {
        return linkTypes[idx(number)] & 0xffff;
    }

    private int idx(long number) {
        if (number < 1 || number > size) {
            throw new IndexOutOfBoundsException("frame " + number + " of " + size);
        }
        return (int) (number - 1);
    }

    /** Appends frames in order. */
    public static final class Builder {
        private long[] times = new long[1024];
        private long[] offsets = new long[1024];
        private int[] capLengths = new int[1024];
        private int[] origLengths = new int[1024];
        private short[] linkTypes = new short[1024];
        private int size;

        public void add(RawFrame f) {
            if (size == times.length) {
                int n = size * 2;
                times = Arrays.copyOf(times, n);
                offsets = Arrays.copyOf(offsets, n);
                capLengths = Arrays.copyOf(capLengths, n);
                origLengths = Arrays.copyOf(origLengths, n);
                linkTypes = Arrays.copyOf(linkTypes, n);
            }
            times[size] = f.timeNanos();
            offsets[size] = f.fileOffset();
            capLengths[size] = f.data().length;
            origLengths[size] = f.origLength();
            linkTypes[size] = (short) f.linkType();
            size++;
        }

        public FrameIndex build() {
            return new FrameIndex(this);
        }
    }
}
