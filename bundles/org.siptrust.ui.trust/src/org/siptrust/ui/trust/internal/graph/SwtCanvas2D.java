package org.siptrust.ui.trust.internal.graph;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

/**
 * {@link Canvas2D} on an SWT {@link GC}: the screen and the PNG export. Owns the bold font and the
 * colours it creates; {@link #dispose} them when done (not the GC, which belongs to the caller).
 */
public final class SwtCanvas2D implements Canvas2D {
    private final GC gc;
    private final Font normal;
    private final Font bold;
    private final Map<Integer, Color> colours = new HashMap<>();

    /** Draws on {@code gc} with {@code font} (and its bold variant). */
    public SwtCanvas2D(GC gc, Font font) {
        this.gc = gc;
        this.normal = font;
        FontData[] data = font.getFontData();
        for (FontData d : data) {
            d.setStyle(d.getStyle() | SWT.BOLD);
        }
        this.bold = new Font(gc.getDevice(), data);
        gc.setFont(normal);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setLineCap(SWT.CAP_FLAT);
        gc.setLineJoin(SWT.JOIN_MITER);
    }

    public GC gc() {
        return gc;
    }

    @Override
    public Extent extent(String text, boolean b) {
        gc.setFont(b ? bold : normal);
        Point p = gc.textExtent(text, SWT.DRAW_TRANSPARENT);
        return new Extent(p.x, p.y);
    }

    @Override
    public void setColor(int rgb) {
        Color c = colours.computeIfAbsent(rgb & 0xFFFFFF,
                k -> new Color((k >> 16) & 0xFF, (k >> 8) & 0xFF, k & 0xFF));
        gc.setForeground(c);
        gc.setBackground(c);
    }

    @Override
    public void setLineWidth(int width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setDashed(boolean dashed) {
        if (dashed) {
            gc.setLineDash(new int[] {7, 5});
        } else {
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    @Override
    public void drawPolyline(int[] xy) {
        gc.drawPolyline(xy);
    }

    @Override
    public void fillPolygon(int[] xy) {
        gc.fillPolygon(xy);
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        gc.fillRectangle(x, y, width, height);
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arc) {
        gc.fillRoundRectangle(x, y, width, height, arc, arc);
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arc) {
        gc.drawRoundRectangle(x, y, width, height, arc, arc);
    }

    @Override
    public void drawText(String text, int x, int y, boolean b) {
        gc.setFont(b ? bold : normal);
        gc.drawText(text, x, y, SWT.DRAW_TRANSPARENT);
    }

    /** Frees the bold font and the colours. */
    public void dispose() {
        bold.dispose();
        colours.clear();
    }
}
