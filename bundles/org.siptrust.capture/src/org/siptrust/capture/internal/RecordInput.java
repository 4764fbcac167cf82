package org.siptrust.capture.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered input that knows its position and reads little- or big-endian integers. Short reads
 * are reported as {@link TruncatedException} carrying how much was wanted and found, so a reader
 * can report exactly where a file was cut.
 */
public final class RecordInput implements AutoCloseable {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long consumed;
    private boolean bigEndian = true;

    public RecordInput(InputStream in) {
        this.in = in;
    }

    /** Thrown when the input ends inside a structure. */
    public static final class TruncatedException extends EOFException {
        private static final long serialVersionUID = 1L;
        public final long offset;
        public final long wanted;
        public final long got;

        TruncatedException(long offset, long wanted, long got) {
            super("input ends at offset " + (offset + got) + " inside a " + wanted + "-byte structure that starts at " + offset);
            this.offset = offset;
            this.wanted = wanted;
            this.got = got;
        }
    }

    public void bigEndian(boolean big) {
        this.bigEndian = big;
    }

    public boolean isBigEndian() {
        return bigEndian;
    }

    /** Absolute position of the next byte. */
    public long position() {
        return consumed;
    }

    /** True when no byte is left. */
    public boolean atEnd() throws IOException {
        return !fill(1);
    }

    private boolean fill(int want) throws IOException {
        if (lim - pos >= want) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        while (lim < want) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                return false;
            }
            lim += n;
        }
        return true;
    }

    /** Reads exactly {@code len} bytes into {@code dst}. */
    public void readFully(byte[] dst, int off, int len) throws IOException {
        long start = consumed;
        int done = 0;
        while (done < len) {
            if (pos == lim) {
                pos = 0;
                lim = 0;
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    consumed += done;
                    throw new TruncatedException(start, len, done);
                }
                lim = n;
            }
            int k = Math.min(len - done, lim - pos);
            System.arraycopy(buf, pos, dst, off + done, k);
            pos += k;
            done += k;
        }
        consumed += len;
    }

    public byte[] read(int len) throws IOException {
        byte[] b = new byte[len];
        readFully(b, 0, len);
        return b;
    }

    /** Skips exactly {@code len} bytes. */
    public void skip(long len) throws IOException {
        long start = consumed;
        long left = len;
        while (left > 0) {
            if (pos == lim) {
                pos = 0;
                lim = 0;
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    consumed += len - left;
                    throw new TruncatedException(start, len, len - left);
                }
                lim = n;
            }
            int k = (int) Math.min(left, lim - pos);
            pos += k;
            left -= k;
        }
        consumed += len;
    }

    public int u8() throws IOException {
        if (!fill(1)) {
            throw new TruncatedException(consumed, 1, 0);
        }
        consumed++;
        return buf[pos++] & 0xff;
    }

    public int u16() throws IOException {
        need(2);
        int a = buf[pos] & 0xff;
        int b = buf[pos + 1] & 0xff;
        pos += 2;
        consumed += 2;
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    public long u32() throws IOException {
        need(4);
        long v = bigEndian ? Bytes.u32be(buf, pos) : Bytes.u32le(buf, pos);
        pos += 4;
        consumed += 4;
        return v;
    }

    private void need(int n) throws IOException {
        if (!fill(n)) {
            int got = lim - pos;
            consumed += got;
            pos = lim;
            throw new TruncatedException(consumed - got, n, got);
        }
    }

    /** Looks at the next {@code n} bytes without consuming them; null if fewer remain. */
    public byte[] peek(int n) throws IOException {
        if (!fill(n)) {
            return null;
        }
        byte[] b = new byte[n];
        System.arraycopy(buf, pos, b, 0, n);
        return b;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
