package org.siptrust.benchmark;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a classic little-endian pcap (microsecond timestamps, LINKTYPE_ETHERNET). */
final class PcapWriter implements Closeable {
    private static final int SNAPLEN = 262144;
    private final OutputStream out;
    private final byte[] header = new byte[16];
    private long frames;
    private long bytes;

    PcapWriter(Path file) throws IOException {
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        byte[] g = new byte[24];
        putIntLE(g, 0, 0xa1b2c3d4);
        putShortLE(g, 4, 2);
        putShortLE(g, 6, 4);
        putIntLE(g, 16, SNAPLEN);
        putIntLE(g, 20, 1);
        out.write(g);
        bytes = g.length;
    }

    void write(long timeMicros, byte[] frame, int length) throws IOException {
        putIntLE(header, 0, (int) (timeMicros / 1_000_000));
        putIntLE(header, 4, (int) (timeMicros % 1_000_000));
        putIntLE(header, 8, length);
        putIntLE(header, 12, length);
        out.write(header);
        out.write(frame, 0, length);
        frames++;
        bytes += header.length + length;
    }

    long frames() {
        return frames;
    }

    long bytes() {
        return bytes;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static void putIntLE(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }

    private static void putShortLE(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }
}
