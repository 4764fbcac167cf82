package org.siptrust.ui.flow.internal.draw;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.util.EnumMap;
import java.util.Map;

import org.jfree.svg.SVGGraphics2D;

/**
 * A {@link Drawing} that writes SVG through JFreeSVG. Text stays text ({@code <text>} elements), so
 * the labels can be searched and copied from the exported file. Font sizes are chosen so that a line
 * is as high as on screen (see {@link SwtDrawing#fontHeights()}).
 */
public final class SvgDrawing implements Drawing {
    private static final String FAMILY = "SansSerif";

    private final SVGGraphics2D g;
    private final Map<Font, java.awt.Font> fonts = new EnumMap<>(Font.class);
    private int width = 1;
    private boolean dashed;
    private Font current = Font.NORMAL;

    /**
     * @param sampleWidths width of {@link SwtDrawing#SAMPLE} per font on screen; a font missing from the map gets a default
     */
    public SvgDrawing(int width, int height, Map<Font, Integer> sampleWidths) {
        g = new SVGGraphics2D(width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (Font f : Font.values()) {
            int style = f == Font.BOLD || f == Font.SMALL_BOLD ? java.awt.Font.BOLD : java.awt.Font.PLAIN;
            Integer target = sampleWidths.get(f);
            fonts.put(f, target == null ? new java.awt.Font(FAMILY, style, f == Font.SMALL || f == Font.SMALL_BOLD ? 11 : 13)
                    : sized(style, target));
        }
        font(Font.NORMAL);
        stroke();
    }

    /** The font of {@code style} whose sample text is closest to {@code sampleWidth} (SVG keeps whole pixel sizes). */
    private java.awt.Font sized(int style, int sampleWidth) {
        java.awt.Font best = null;
        int bestDiff = Integer.MAX_VALUE;
        for (int size = 6; size <= 32; size++) {
            java.awt.Font f = new java.awt.Font(FAMILY, style, size);
            int diff = Math.abs(g.getFontMetrics(f).stringWidth(SwtDrawing.SAMPLE) - sampleWidth);
            if (diff < bestDiff) {
                best = f;
                bestDiff = diff;
            }
        }
        return best;
    }

    @Override
    public void color(int rgb) {
        g.setColor(new java.awt.Color(rgb));
    }

    @Override
    public void lineWidth(int w) {
        width = w;
        stroke();
    }

    @Override
    public void dashed(boolean d) {
        dashed = d;
        stroke();
    }

    private void stroke() {
        g.setStroke(dashed
                ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    @Override
    public void line(int x1, int y1, int x2, int y2) {
        g.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void fillRect(int x, int y, int w, int h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void drawRect(int x, int y, int w, int h) {
        g.drawRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(int x, int y, int w, int h, int arc) {
        g.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void drawRoundRect(int x, int y, int w, int h, int arc) {
        g.drawRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillPolygon(int[] points) {
        Polygon p = new Polygon();
        for (int i = 0; i + 1 < points.length; i += 2) {
            p.addPoint(points[i], points[i + 1]);
        }
        g.fillPolygon(p);
    }

    @Override
    public void font(Font font) {
        current = font;
        g.setFont(fonts.get(font));
    }

    @Override
    public int textWidth(String text) {
        return g.getFontMetrics(fonts.get(current)).stringWidth(text);
    }

    @Override
    public int textHeight() {
        return g.getFontMetrics(fonts.get(current)).getHeight();
    }

    @Override
    public void text(String text, int x, int y) {
        FontMetrics m = g.getFontMetrics(fonts.get(current));
        g.drawString(text, x, y + m.getLeading() + m.getAscent());
    }

    /**
     * The SVG document written so far, without a DOCTYPE: SVG 1.1 and later recommend none, and a
     * DTD reference makes XML tools go to the network.
     */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
    }
}
