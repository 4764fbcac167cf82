package org.siptrust.ui.flow.internal.draw;

/** Small pictures drawn with a {@link Drawing}, so they look the same on screen and in exports. */
public final class Glyphs {
    private Glyphs() {
    }

    /** Width of the {@link #lock} glyph. */
    public static final int LOCK_WIDTH = 9;
    /** Height of the {@link #lock} glyph. */
    public static final int LOCK_HEIGHT = 11;

    /** A padlock ("decrypted TLS") with its top-left corner at (x, y) in {@code rgb}. */
    public static void lock(Drawing d, int x, int y, int rgb) {
        d.color(rgb);
        d.lineWidth(2);
        d.dashed(false);
        // shackle
        d.line(x + 2, y + 5, x + 2, y + 2);
        d.line(x + 2, y + 2, x + 4, y);
        d.line(x + 4, y, x + 5, y);
        d.line(x + 5, y, x + 7, y + 2);
        d.line(x + 7, y + 2, x + 7, y + 5);
        d.lineWidth(1);
        // body
        d.fillRect(x, y + 5, LOCK_WIDTH, LOCK_HEIGHT - 5);
    }

    /** A filled arrow head pointing left or right with its tip at (x, y). */
    public static void arrowHead(Drawing d, int x, int y, boolean right, int size) {
        int back = right ? x - size : x + size;
        d.fillPolygon(new int[] {x, y, back, y - size / 2, back, y + size / 2});
    }
}
