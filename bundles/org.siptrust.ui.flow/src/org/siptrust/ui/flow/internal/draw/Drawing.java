package org.siptrust.ui.flow.internal.draw;

/**
 * What a painter may do: lines, rectangles, polygons and one-line text, in pixels, with colours as
 * {@code 0xRRGGBB}. Text is placed by the top-left corner of its line box, so layouts do not depend
 * on the back end's baseline conventions; widths come from the back end's own font metrics.
 */
public interface Drawing {

    /** The fonts a painter may choose. */
    enum Font {
        NORMAL, BOLD, SMALL, SMALL_BOLD
    }

    void color(int rgb);

    void lineWidth(int width);

    /** Dashed lines from now on (or solid again). */
    void dashed(boolean dashed);

    void line(int x1, int y1, int x2, int y2);

    void fillRect(int x, int y, int width, int height);

    void drawRect(int x, int y, int width, int height);

    void fillRoundRect(int x, int y, int width, int height, int arc);

    void drawRoundRect(int x, int y, int width, int height, int arc);

    /** Fills the polygon {@code x0, y0, x1, y1, ...}. */
    void fillPolygon(int[] points);

    void font(Font font);

    int textWidth(String text);

    /** Height of a line of the current font. */
    int textHeight();

    /** Draws {@code text} with its line box's top-left corner at (x, y), background transparent. */
    void text(String text, int x, int y);

    /** {@code text} cut with an ellipsis so that it is at most {@code width} pixels wide in the current font. */
    default String fit(String text, int width) {
        if (text == null || text.isEmpty() || textWidth(text) <= width) {
            return text == null ? "" : text;
        }
        String dots = "…";
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (textWidth(text.substring(0, mid) + dots) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? dots : text.substring(0, lo) + dots;
    }
}
