package org.siptrust.ui.trust.internal.graph;

import java.util.List;

import org.siptrust.ui.trust.internal.graph.GraphLayout.Box;
import org.siptrust.ui.trust.internal.graph.GraphLayout.EdgeShape;
import org.siptrust.ui.trust.internal.graph.GraphLayout.NodeShape;

/**
 * Draws a {@link GraphLayout}: the caption with the profile and the colour legend, the edges (a
 * failing one thick and red, plain transports dashed, a lock on TLS ones), their labels, then the
 * element boxes. The one drawing routine of the screen, the PNG and the SVG export.
 */
public final class GraphPainter {
    private GraphPainter() {
    }

    /**
     * @param selected connection id of the selected edge (drawn with a halo), or null
     */
    public static void paint(Canvas2D g, GraphLayout layout, String selected) {
        g.setColor(Palette.BACKGROUND);
        g.fillRect(0, 0, layout.width(), layout.height());
        caption(g, layout);
        for (EdgeShape e : layout.edges()) {
            if (e.id().equals(selected)) {
                halo(g, e);
            }
        }
        for (EdgeShape e : layout.edges()) {
            line(g, e);
        }
        for (EdgeShape e : layout.edges()) {
            label(g, e, e.id().equals(selected));
        }
        for (NodeShape n : layout.nodes()) {
            node(g, n);
        }
    }

    private static void caption(Canvas2D g, GraphLayout layout) {
        List<String> caption = layout.caption();
        Box box = layout.captionBox();
        int x = box.x();
        g.setColor(Palette.TEXT);
        g.drawText(caption.get(0), x, box.y(), true);
        x += g.extent(caption.get(0), true).width() + 24;
        EdgeState[] states = {EdgeState.VERIFIED, EdgeState.FAILING, EdgeState.WARNING, EdgeState.NEUTRAL};
        int mid = box.y() + box.height() / 2;
        for (int i = 1; i < caption.size() && i - 1 < states.length; i++) {
            g.setColor(Palette.of(states[i - 1]));
            g.setDashed(false);
            g.setLineWidth(states[i - 1] == EdgeState.FAILING ? 4 : 2);
            g.drawPolyline(new int[] {x, mid, x + GraphLayout.LOCK_WIDTH, mid});
            x += GraphLayout.LOCK_WIDTH + 4;
            g.setColor(Palette.SECONDARY_TEXT);
            g.drawText(caption.get(i), x, box.y(), false);
            x += g.extent(caption.get(i), false).width() + 20;
        }
    }

    private static int lineWidth(EdgeShape e) {
        return e.judgement().state() == EdgeState.FAILING ? 4 : 2;
    }

    private static void halo(Canvas2D g, EdgeShape e) {
        g.setColor(Palette.SELECTION);
        g.setDashed(false);
        g.setLineWidth(lineWidth(e) + 8);
        g.drawPolyline(e.path());
    }

    private static void line(Canvas2D g, EdgeShape e) {
        int colour = Palette.of(e.judgement().state());
        int[] path = e.path().clone();
        int n = path.length;
        // stop the line where the arrow head starts
        int dx = Integer.signum(path[n - 2] - path[n - 4]);
        int dy = Integer.signum(path[n - 1] - path[n - 3]);
        int tipX = path[n - 2];
        int tipY = path[n - 1];
        int arrow = GraphLayout.ARROW + (lineWidth(e) > 2 ? 3 : 0);
        path[n - 2] = tipX - dx * (arrow - 2);
        path[n - 1] = tipY - dy * (arrow - 2);
        g.setColor(colour);
        g.setLineWidth(lineWidth(e));
        g.setDashed(!e.edge().isTls());
        g.drawPolyline(path);
        g.setDashed(false);
        int half = arrow / 2;
        int baseX = tipX - dx * arrow;
        int baseY = tipY - dy * arrow;
        g.fillPolygon(new int[] {tipX, tipY, baseX - dy * half, baseY + dx * half, baseX + dy * half, baseY - dx * half});
    }

    private static void label(Canvas2D g, EdgeShape e, boolean selected) {
        Box box = e.label();
        EdgeState state = e.judgement().state();
        int colour = Palette.of(state);
        g.setColor(Palette.BACKGROUND);
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 6);
        if (selected) {
            g.setColor(Palette.SELECTION);
            g.setLineWidth(2);
            g.drawRoundRect(box.x(), box.y(), box.width(), box.height(), 6);
        }
        int x = box.x() + GraphLayout.LABEL_PAD;
        int y = box.y() + GraphLayout.LABEL_PAD;
        List<String> lines = e.labelLines();
        int lineHeight = (box.height() - 2 * GraphLayout.LABEL_PAD) / lines.size();
        if (e.edge().isTls()) {
            lock(g, x, y + (lineHeight - 13) / 2, colour);
        }
        int textX = x + GraphLayout.LOCK_WIDTH + 4;
        boolean failing = state == EdgeState.FAILING;
        for (int i = 0; i < lines.size(); i++) {
            boolean headline = i < e.strongLines();
            g.setColor(headline ? (state == EdgeState.NEUTRAL ? Palette.SECONDARY_TEXT : colour)
                    : failing ? colour : Palette.SECONDARY_TEXT);
            g.drawText(lines.get(i), textX, y + i * lineHeight, headline || failing);
        }
    }

    /** A padlock, 11 by 12 pixels: the shackle above a filled body. */
    static void lock(Canvas2D g, int x, int y, int colour) {
        g.setColor(colour);
        g.setDashed(false);
        g.setLineWidth(2);
        g.drawPolyline(new int[] {x + 2, y + 6, x + 2, y + 3, x + 4, y + 1, x + 7, y + 1, x + 9, y + 3, x + 9, y + 6});
        g.fillRect(x, y + 6, 11, 7);
    }

    private static void node(Canvas2D g, NodeShape n) {
        Box b = n.box();
        g.setColor(Palette.NODE_FILL);
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 12);
        g.setColor(Palette.NODE_BORDER);
        g.setLineWidth(n.node().role().equals("proxy") ? 2 : 1);
        g.setDashed(false);
        g.drawRoundRect(b.x(), b.y(), b.width(), b.height(), 12);
        List<String> lines = n.lines();
        int lineHeight = Math.max(g.extent("Ag", false).height(), g.extent("Ag", true).height());
        int y = b.y() + GraphLayout.PAD_Y;
        for (int i = 0; i < lines.size(); i++) {
            boolean title = i < n.titleLines();
            g.setColor(title || i == n.titleLines() ? Palette.TEXT : Palette.SECONDARY_TEXT);
            // an indent as an offset, not as spaces (SVG viewers collapse leading white space)
            String line = lines.get(i);
            String text = line.stripLeading();
            int indent = text.length() == line.length() ? 0
                    : g.extent(line.substring(0, line.length() - text.length()), title).width();
            g.drawText(text, b.x() + GraphLayout.PAD_X + indent, y + i * lineHeight, title);
        }
    }
}
