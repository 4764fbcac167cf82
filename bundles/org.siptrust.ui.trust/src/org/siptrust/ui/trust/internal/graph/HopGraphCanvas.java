package org.siptrust.ui.trust.internal.graph;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.siptrust.trust.Profile;
import org.siptrust.ui.trust.internal.graph.GraphLayout.EdgeShape;
import org.siptrust.ui.trust.internal.graph.GraphLayout.NodeShape;

/**
 * The hop graph widget: paints the {@link GraphLayout} of a graph under the selected profile,
 * shrinks it (down to {@link #MIN_SCALE}) to fit and scrolls beyond that, selects an edge on click
 * or with the arrow keys, and opens it on double-click or Enter. Tooltips give the reason of an edge
 * and the details of an element.
 */
public final class HopGraphCanvas extends Canvas {
    static final double MIN_SCALE = 0.75;

    private HopGraph graph;
    private Profile profile = Profile.RFC5922;
    private String selected;
    private String emptyMessage = "";
    private GraphLayout layout;
    private double scale = 1;
    private int offsetX;
    private int offsetY;
    private Consumer<GraphEdge> onSelect = e -> {
    };
    private Consumer<GraphEdge> onOpen = e -> {
    };

    public HopGraphCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        // a diagram reads well a point smaller than the dialog font, and more of the path fits the view
        org.eclipse.swt.graphics.FontData[] data = parent.getFont().getFontData();
        for (org.eclipse.swt.graphics.FontData d : data) {
            d.setHeight(Math.max(7, d.getHeight() - 1));
        }
        org.eclipse.swt.graphics.Font small = new org.eclipse.swt.graphics.Font(getDisplay(), data);
        setFont(small);
        addListener(SWT.Dispose, e -> small.dispose());
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> fit());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseDoubleClick, this::doubleClick);
        addListener(SWT.MouseHover, this::hover);
        addListener(SWT.MouseMove, e -> setToolTipText(null));
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        addListener(SWT.FocusIn, e -> redraw());
        addListener(SWT.FocusOut, e -> redraw());
        getHorizontalBar().addListener(SWT.Selection, e -> redraw());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                EdgeShape s = selectedShape();
                e.result = s == null ? "Hop graph" : s.edge().label() + ": " + s.judgement().text();
            }
        });
    }

    // --- API ----------------------------------------------------------------------------------------

    /** Shows {@code g} (null: nothing, with {@code message} in the middle). Keeps the selection if the edge still exists. */
    public void setGraph(HopGraph g, String message) {
        graph = g;
        emptyMessage = message == null ? "" : message;
        if (g == null || selected != null && g.edge(selected).isEmpty()) {
            selected = null;
        }
        invalidate();
    }

    public HopGraph graph() {
        return graph;
    }

    public void setProfile(Profile p) {
        profile = p;
        invalidate();
    }

    public Profile profile() {
        return profile;
    }

    /** Selects the edge of {@code connectionId} (null: none) without telling the listener. */
    public void select(String connectionId) {
        selected = graph != null && connectionId != null && graph.edge(connectionId).isPresent() ? connectionId : null;
        reveal();
        redraw();
    }

    /** Connection id of the selected edge, or null. */
    public String selectedId() {
        return selected;
    }

    public void onSelect(Consumer<GraphEdge> listener) {
        onSelect = listener;
    }

    public void onOpen(Consumer<GraphEdge> listener) {
        onOpen = listener;
    }

    /** The layout as painted (computed on demand), or null with no graph. */
    public GraphLayout graphLayout() {
        if (layout == null && graph != null && !isDisposed()) {
            GC gc = new GC(this);
            SwtCanvas2D measure = new SwtCanvas2D(gc, getFont());
            try {
                layout = GraphLayout.compute(graph, profile, measure);
            } finally {
                measure.dispose();
                gc.dispose();
            }
            fit();
        }
        return layout;
    }

    /** Where a point of the layout appears on the widget (for tests and for the accessibility of hit areas). */
    public Point layoutToControl(int layoutX, int layoutY) {
        graphLayout();
        return new Point((int) Math.round(layoutX * scale) + offsetX, (int) Math.round(layoutY * scale) + offsetY);
    }

    public double scale() {
        graphLayout();
        return scale;
    }

    // --- painting ----------------------------------------------------------------------------------

    private void invalidate() {
        layout = null;
        if (!isDisposed()) {
            graphLayout();
            fit();
            redraw();
        }
    }

    /** Chooses the scale and the scroll bars for the current size. */
    private void fit() {
        if (isDisposed()) {
            return;
        }
        Rectangle area = getClientArea();
        ScrollBar h = getHorizontalBar();
        ScrollBar v = getVerticalBar();
        if (layout == null || area.width <= 0 || area.height <= 0) {
            h.setVisible(false);
            v.setVisible(false);
            scale = 1;
            offsetX = 0;
            offsetY = 0;
            return;
        }
        double fit = Math.min((double) area.width / layout.width(), (double) area.height / layout.height());
        scale = Math.max(MIN_SCALE, Math.min(1, fit));
        int w = (int) Math.ceil(layout.width() * scale);
        int hgt = (int) Math.ceil(layout.height() * scale);
        setBar(h, w, area.width);
        setBar(v, hgt, area.height);
        offsetX = w <= area.width ? (area.width - w) / 2 : -h.getSelection();
        offsetY = hgt <= area.height ? 0 : -v.getSelection();
    }

    private static void setBar(ScrollBar bar, int content, int visible) {
        if (content <= visible) {
            bar.setSelection(0);
            bar.setVisible(false);
            return;
        }
        bar.setVisible(true);
        bar.setValues(Math.min(bar.getSelection(), content - visible), 0, content, visible, 20, visible);
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (graph == null || graph.isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            String text = graph == null ? emptyMessage : "No SIP hops in this capture: no connection carried SIP.";
            Point p = gc.textExtent(text);
            gc.drawText(text, Math.max(8, (area.width - p.x) / 2), Math.max(8, (area.height - p.y) / 2), true);
            return;
        }
        GraphLayout l = graphLayout();
        fit();
        Transform t = new Transform(getDisplay());
        SwtCanvas2D canvas = new SwtCanvas2D(gc, getFont());
        try {
            t.translate(offsetX, offsetY);
            t.scale((float) scale, (float) scale);
            gc.setTransform(t);
            GraphPainter.paint(canvas, l, selected);
            gc.setTransform(null);
        } finally {
            canvas.dispose();
            t.dispose();
        }
        if (isFocusControl()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle(area.x, area.y, area.width - 1, area.height - 1);
        }
    }

    // --- interaction -------------------------------------------------------------------------------

    private int[] toLayout(int x, int y) {
        return new int[] {(int) Math.round((x - offsetX) / scale), (int) Math.round((y - offsetY) / scale)};
    }

    private EdgeShape edgeAt(int x, int y) {
        GraphLayout l = graphLayout();
        if (l == null) {
            return null;
        }
        int[] p = toLayout(x, y);
        return l.edgeAt(p[0], p[1]);
    }

    private void mouseDown(Event e) {
        if (e.button != 1) {
            return;
        }
        setFocus();
        EdgeShape s = edgeAt(e.x, e.y);
        if (s != null && !s.id().equals(selected)) {
            selected = s.id();
            redraw();
            onSelect.accept(s.edge());
        }
    }

    private void doubleClick(Event e) {
        EdgeShape s = edgeAt(e.x, e.y);
        if (s != null) {
            onOpen.accept(s.edge());
        }
    }

    private void hover(Event e) {
        GraphLayout l = graphLayout();
        if (l == null) {
            return;
        }
        EdgeShape s = edgeAt(e.x, e.y);
        if (s != null) {
            String rules = s.judgement().rules().isEmpty() ? "" : "\n" + String.join(", ", s.judgement().rules());
            setToolTipText(s.edge().connection().label() + "\n" + s.judgement().text() + "\n" + s.judgement().reason() + rules);
            return;
        }
        int[] p = toLayout(e.x, e.y);
        NodeShape n = l.nodeAt(p[0], p[1]);
        if (n != null) {
            GraphNode node = n.node();
            setToolTipText(String.join("\n", node.lines()) + "\nlistening on " + ports(node.listeningPorts())
                    + "; connections opened from " + ports(node.clientPorts()));
        }
    }

    private static String ports(List<Integer> ports) {
        if (ports.isEmpty()) {
            return "no port";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ports.size() && i < 8; i++) {
            s.append(i == 0 ? "" : ", ").append(ports.get(i));
        }
        return ports.size() > 8 ? s + " … (" + ports.size() + " ports)" : s.toString();
    }

    private void key(Event e) {
        GraphLayout l = graphLayout();
        if (l == null || l.edges().isEmpty()) {
            return;
        }
        List<EdgeShape> edges = l.edges();
        int index = -1;
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i).id().equals(selected)) {
                index = i;
            }
        }
        if (e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_DOWN) {
            index = Math.min(edges.size() - 1, index + 1);
        } else if (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_UP) {
            index = Math.max(0, index - 1);
        } else if (e.keyCode == SWT.HOME) {
            index = 0;
        } else if (e.keyCode == SWT.END) {
            index = edges.size() - 1;
        } else if ((e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && index >= 0) {
            onOpen.accept(edges.get(index).edge());
            return;
        } else {
            return;
        }
        String id = edges.get(Math.max(0, index)).id();
        if (!id.equals(selected)) {
            selected = id;
            reveal();
            redraw();
            onSelect.accept(edges.get(Math.max(0, index)).edge());
        }
    }

    private EdgeShape selectedShape() {
        GraphLayout l = graphLayout();
        return l == null || selected == null ? null : l.edge(selected).orElse(null);
    }

    /** Scrolls the selected edge's label into view when the graph is larger than the widget. */
    private void reveal() {
        EdgeShape s = selectedShape();
        if (s == null) {
            return;
        }
        Rectangle area = getClientArea();
        ScrollBar h = getHorizontalBar();
        if (h.isVisible()) {
            int x = (int) (s.label().centreX() * scale) - area.width / 2;
            h.setSelection(Math.max(0, x));
            fit();
        }
    }
}
