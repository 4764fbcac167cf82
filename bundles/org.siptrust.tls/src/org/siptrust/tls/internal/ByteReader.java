package org.siptrust.tls.internal;

/**
 * Bounds-checked big-endian reader over a slice of a byte array, for TLS structures. Every read
 * checks the remaining length first and throws {@link TlsDecodeException} with the offset and
 * the structure being read, so garbage never becomes an index error or a huge allocation.
 */
public final class ByteReader {
    private final byte[] data;
    private int pos;
    private final int limit;
    private final String context;

    public ByteReader(byte[] data, int offset, int length, String context) {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new TlsDecodeException(context, offset, "slice outside the buffer");
        }
        this.data = data;
        this.pos = offset;
        this.limit = offset + length;
        this.context = context;
    }

    public ByteReader(byte[] data, String context) {
        this(data, 0, data.length, context);
    }

    public int remaining() {
        return limit - pos;
    }

    public boolean hasRemaining() {
        return pos < limit;
    }

    public int position() {
        return pos;
    }

    private void need(int n, String what) {
        if (n < 0 || n > limit - pos) {
            throw new TlsDecodeException(context, pos, what + " needs " + n + " bytes, " + (limit - pos) + " left");
        }
    }

    public int u8(String what) {
        need(1, what);
        return data[pos++] & 0xff;
    }

    public int u16(String what) {
        need(2, what);
        int v = ((data[pos] & 0xff) << 8) | (data[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    public int u24(String what) {
        need(3, what);
        int v = ((data[pos] & 0xff) << 16) | ((data[pos + 1] & 0xff) << 8) | (data[pos + 2] & 0xff);
        pos += 3;
        return v;
    }

    public long u32(String what) {
        need(4, what);
        long v = ((long) (data[pos] & 0xff) << 24) | ((data[pos + 1] & 0xff) << 16) | ((data[pos + 2] & 0xff) << 8)
                | (data[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    public byte[] bytes(int n, String what) {
        need(n, what);
        byte[] out = new byte[n];
        System.arraycopy(data, pos, out, 0, n);
        pos += n;
        return out;
    }

    public void skip(int n, String what) {
        need(n, what);
        pos += n;
    }

    /** A sub-reader over the next {@code n} bytes, which this reader skips. */
    public ByteReader sub(int n, String what) {
        need(n, what);
        ByteReader r = new ByteReader(data, pos, n, what);
        pos += n;
        return r;
    }

    /** Reads a vector with a 1-byte length prefix. */
    public byte[] vector8(String what) {
        return bytes(u8(what), what);
    }

    public byte[] vector16(String what) {
        return bytes(u16(what), what);
    }

    public byte[] vector24(String what) {
        return bytes(u24(what), what);
    }

    public ByteReader subVector8(String what) {
        return sub(u8(what), what);
    }

    public ByteReader subVector16(String what) {
        return sub(u16(what), what);
    }

    public ByteReader subVector24(String what) {
        return sub(u24(what), what);
    }
}
