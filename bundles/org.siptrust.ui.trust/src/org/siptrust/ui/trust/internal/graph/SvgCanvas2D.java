package org.siptrust.ui.trust.internal.graph;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

import org.jfree.svg.SVGGraphics2D;

/**
 * {@link Canvas2D} on JFreeSVG: the SVG export. Text is placed by its top-left corner like SWT does
 * (the baseline is the ascent below it). The layout comes from the screen's measurements, so the
 * picture matches the view even where the SVG viewer's font differs slightly.
 */
public final class SvgCanvas2D implements Canvas2D {
    private final SVGGraphics2D g;
    private final Font normal;
    private final Font bold;
    private int lineWidth = 1;
    private boolean dashed;

    /**
     * @param family   font family (the screen font's name; viewers fall back to sans-serif)
     * @param sizePx   font size in pixels
     */
    public SvgCanvas2D(int width, int height, String family, int sizePx) {
        this.g = new SVGGraphics2D(width, height);
        this.normal = new Font(family, Font.PLAIN, sizePx);
        this.bold = new Font(family, Font.BOLD, sizePx);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(normal);
        stroke();
    }

    /** The SVG document drawn so far. */
    public String document() {
        return g.getSVGDocument();
    }

    @Override
    public Extent extent(String text, boolean b) {
        FontMetrics m = g.getFontMetrics(b ? bold : normal);
        return new Extent(m.stringWidth(text), m.getHeight());
    }

    @Override
    public void setColor(int rgb) {
        g.setColor(new Color(rgb & 0xFFFFFF));
    }

    @Override
    public void setLineWidth(int width) {
        lineWidth = width;
        stroke();
    }

    @Override
    public void setDashed(boolean d) {
        dashed = d;
        stroke();
    }

    private void stroke() {
        g.setStroke(dashed
                ? new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f)
                : new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    }

    @Override
    public void drawPolyline(int[] xy) {
        g.draw(path(xy, false));
    }

    @Override
    public void fillPolygon(int[] xy) {
        g.fill(path(xy, true));
    }

    private static Path2D path(int[] xy, boolean close) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i + 1 < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        if (close) {
            p.closePath();
        }
        return p;
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        g.fillRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arc) {
        g.fill(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arc) {
        g.draw(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void drawText(String text, int x, int y, boolean b) {
        Font f = b ? bold : normal;
        g.setFont(f);
        g.drawString(text, x, y + g.getFontMetrics(f).getAscent());
    }
}
