package org.siptrust.capture.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.siptrust.capture.FrameIndex;
import org.siptrust.capture.RawFrame;

/**
 * Random access to one frame: reads the record at the offset the {@link FrameIndex} remembered.
 * The record is decoded again with the header facts from the index, so no reader state is needed.
 */
public final class FrameFileAccess {
    private FrameFileAccess() {
    }

    public static RawFrame read(Path file, String format, FrameIndex index, long number) throws IOException {
        long offset = index.fileOffset(number);
        int cap = index.capturedLength(number);
        int header = format.equals("pcap") ? 16 : pcapngDataOffset(file, offset);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(offset + header);
            InputStream in = Channels.newInputStream(ch);
            byte[] data = in.readNBytes(cap);
            return new RawFrame(number, index.time(number), index.linkType(number), data, index.wireLength(number), offset);
        }
    }

    /** Offset of packet data inside an EPB (28), SPB (12) or OPB (28) block. */
    private static int pcapngDataOffset(Path file, long offset) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4);
            ch.read(b, offset);
            byte[] t = b.array();
            long le = Bytes.u32le(t, 0);
            long be = Bytes.u32be(t, 0);
            return le == 3 || be == 3 ? 12 : 28;
        }
    }
}
