package org.siptrust.ui.trust.internal.graph;

/**
 * The few drawing operations the hop graph needs, implemented on an SWT {@code GC} (screen and PNG)
 * and on JFreeSVG (SVG), so that both get the same picture from {@link GraphPainter}. Coordinates
 * are pixels; text is placed by its top-left corner.
 */
public interface Canvas2D extends TextMeasure {

    /** Colour of the following drawing, as {@code 0xRRGGBB}. */
    void setColor(int rgb);

    void setLineWidth(int width);

    void setDashed(boolean dashed);

    /** Connected line segments through {@code x0,y0,x1,y1,...}. */
    void drawPolyline(int[] xy);

    void fillPolygon(int[] xy);

    void fillRect(int x, int y, int width, int height);

    void fillRoundRect(int x, int y, int width, int height, int arc);

    void drawRoundRect(int x, int y, int width, int height, int arc);

    /** Draws {@code text} with its top-left corner at {@code x,y}, in the current colour. */
    void drawText(String text, int x, int y, boolean bold);
}
