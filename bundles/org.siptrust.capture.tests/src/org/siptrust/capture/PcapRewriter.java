package org.siptrust.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.siptrust.core.ProgressMonitor;

/**
 * Makes damaged or reordered copies of a real corpus capture for tests: the frames are read with
 * the production reader and written back as a little-endian microsecond pcap in the order (and
 * with the edits) a test asks for.
 */
final class PcapRewriter {
    private final List<RawFrame> frames = new ArrayList<>();
    private final int linkType;

    PcapRewriter(Path source) throws Exception {
        Capture c = CaptureLoader.load(source, ProgressMonitor.NULL);
        for (long i = 1; i <= c.summary().frames(); i++) {
            frames.add(c.readFrame(i));
        }
        linkType = frames.get(0).linkType();
    }

    /** Frame {@code number} (1-based) of the source. */
    RawFrame frame(long number) {
        return frames.get((int) number - 1);
    }

    /** Writes the source frames listed (1-based numbers, repeats allowed), each passed through {@code edit}. */
    Path write(Path out, List<Integer> order, UnaryOperator<byte[]> edit) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(linkType);
        bos.write(h.array());
        for (int n : order) {
            RawFrame f = frames.get(n - 1);
            byte[] data = edit.apply(f.data().clone());
            ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            long t = f.timeNanos();
            r.putInt((int) (t / 1_000_000_000L)).putInt((int) (t % 1_000_000_000L / 1000)).putInt(data.length).putInt(data.length);
            bos.write(r.array());
            bos.write(data);
        }
        return Files.write(out, bos.toByteArray());
    }

    Path write(Path out, List<Integer> order) throws IOException {
        return write(out, order, UnaryOperator.identity());
    }

    int size() {
        return frames.size();
    }

    static List<Integer> range(int from, int to) {
        List<Integer> l = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            l.add(i);
        }
        return l;
    }
}
