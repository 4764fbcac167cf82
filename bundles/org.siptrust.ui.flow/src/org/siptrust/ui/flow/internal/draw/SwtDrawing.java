package org.siptrust.ui.flow.internal.draw;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

/**
 * A {@link Drawing} on an SWT {@link GC} (a canvas or an image), translated by an offset so that a
 * scrolled canvas paints with the picture's coordinates. Owns the fonts it derives from the GC's
 * font; {@link #dispose()} them when done. Colours are made per call and cached.
 */
public final class SwtDrawing implements Drawing {
    private final GC gc;
    private final Device device;
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<Font, org.eclipse.swt.graphics.Font> fonts = new HashMap<>();
    private final Map<Font, Integer> heights = new HashMap<>();
    private final Map<String, Integer> widths = new HashMap<>();
    private final org.eclipse.swt.graphics.Font base;
    private int dx;
    private int dy;
    private Font current = Font.NORMAL;

    public SwtDrawing(GC gc) {
        this.gc = gc;
        this.device = gc.getDevice();
        this.base = gc.getFont();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setLineCap(SWT.CAP_ROUND);
        font(Font.NORMAL);
    }

    /** Everything painted from now on moves by (dx, dy). */
    public void translate(int x, int y) {
        dx = x;
        dy = y;
    }

    @Override
    public void color(int rgb) {
        Color c = colors.computeIfAbsent(rgb, k -> new Color(device, (k >> 16) & 0xff, (k >> 8) & 0xff, k & 0xff));
        gc.setForeground(c);
        gc.setBackground(c);
    }

    @Override
    public void lineWidth(int width) {
        gc.setLineWidth(width);
    }

    @Override
    public void dashed(boolean dashed) {
        gc.setLineDash(dashed ? new int[] {4, 3} : null);
        if (!dashed) {
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    @Override
    public void line(int x1, int y1, int x2, int y2) {
        gc.drawLine(x1 + dx, y1 + dy, x2 + dx, y2 + dy);
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        gc.fillRectangle(x + dx, y + dy, width, height);
    }

    @Override
    public void drawRect(int x, int y, int width, int height) {
        gc.drawRectangle(x + dx, y + dy, width, height);
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arc) {
        gc.fillRoundRectangle(x + dx, y + dy, width, height, arc, arc);
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arc) {
        gc.drawRoundRectangle(x + dx, y + dy, width, height, arc, arc);
    }

    @Override
    public void fillPolygon(int[] points) {
        int[] p = points.clone();
        for (int i = 0; i < p.length; i += 2) {
            p[i] += dx;
            p[i + 1] += dy;
        }
        gc.fillPolygon(p);
    }

    @Override
    public void font(Font font) {
        current = font;
        gc.setFont(fonts.computeIfAbsent(font, this::derive));
    }

    private org.eclipse.swt.graphics.Font derive(Font f) {
        if (f == Font.NORMAL) {
            return base;
        }
        FontData[] data = base.getFontData();
        for (FontData d : data) {
            if (f == Font.BOLD || f == Font.SMALL_BOLD) {
                d.setStyle(d.getStyle() | SWT.BOLD);
            }
            if (f == Font.SMALL || f == Font.SMALL_BOLD) {
                d.setHeight(Math.max(6, d.getHeight() - 1));
            }
        }
        return new org.eclipse.swt.graphics.Font(device, data);
    }

    @Override
    public int textWidth(String text) {
        String key = current.ordinal() + text;
        Integer w = widths.get(key);
        if (w == null) {
            Point p = gc.textExtent(text, SWT.DRAW_TRANSPARENT);
            w = p.x;
            if (widths.size() < 20_000) {
                widths.put(key, w);
            }
        }
        return w;
    }

    @Override
    public int textHeight() {
        return heights.computeIfAbsent(current, f -> gc.getFontMetrics().getHeight());
    }

    @Override
    public void text(String text, int x, int y) {
        gc.drawText(text, x + dx, y + dy, SWT.DRAW_TRANSPARENT);
    }

    /** A text whose width stands for a font's width in {@link #fontWidths()}. */
    public static final String SAMPLE = "INVITE sip:bob@biloxi.example.com 200 OK 127.0.0.12:5061";

    /** The width of {@link #SAMPLE} in each font, for an export that should look the same. */
    public Map<Font, Integer> fontWidths() {
        Map<Font, Integer> out = new HashMap<>();
        Font keep = current;
        for (Font f : Font.values()) {
            font(f);
            out.put(f, textWidth(SAMPLE));
        }
        font(keep);
        return out;
    }

    public void dispose() {
        colors.values().forEach(Color::dispose);
        colors.clear();
        for (org.eclipse.swt.graphics.Font f : fonts.values()) {
            if (f != base) {
                f.dispose();
            }
        }
        fonts.clear();
    }
}
