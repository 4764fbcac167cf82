package org.siptrust.ui.internal.editor;

/**
 * The text of the hex view: one line per 16 bytes, {@code offset  hex bytes   ASCII}, exactly as
 * {@code tshark -x} prints it, and where a byte lands in that text (for highlighting a layer).
 */
public final class HexDump {
    private HexDump() {
    }

    /** Bytes per line. */
    public static final int WIDTH = 16;

    public static String format(byte[] data) {
        int digits = offsetDigits(data.length);
        int lineLength = lineLength(digits) + 1;
        StringBuilder s = new StringBuilder((data.length / WIDTH + 1) * lineLength);
        for (int off = 0; off < data.length; off += WIDTH) {
            if (off > 0) {
                s.append('\n');
            }
            String o = Integer.toHexString(off);
            for (int i = o.length(); i < digits; i++) {
                s.append('0');
            }
            s.append(o).append("  ");
            for (int i = 0; i < WIDTH; i++) {
                if (off + i < data.length) {
                    int v = data[off + i] & 0xff;
                    s.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 0xf, 16)).append(' ');
                } else {
                    s.append("   ");
                }
            }
            s.append("  ");
            for (int i = 0; i < WIDTH && off + i < data.length; i++) {
                int v = data[off + i] & 0xff;
                s.append(v >= 0x20 && v < 0x7f ? (char) v : '.');
            }
        }
        return s.toString();
    }

    /** Offset column width: 4 hex digits, more for frames over 64 KiB. */
    public static int offsetDigits(int length) {
        return length > 0x10000 ? 8 : 4;
    }

    /** Characters of a full line, without the line break. */
    public static int lineLength(int digits) {
        return digits + 2 + WIDTH * 3 + 2 + WIDTH;
    }

    /** Character position of byte {@code i}'s hex digits in {@link #format}'s text. */
    public static int hexPosition(int i, int length) {
        int digits = offsetDigits(length);
        return (i / WIDTH) * (lineLength(digits) + 1) + digits + 2 + (i % WIDTH) * 3;
    }

    /** Character position of byte {@code i}'s ASCII column. */
    public static int asciiPosition(int i, int length) {
        int digits = offsetDigits(length);
        return (i / WIDTH) * (lineLength(digits) + 1) + digits + 2 + WIDTH * 3 + 2 + (i % WIDTH);
    }
}
