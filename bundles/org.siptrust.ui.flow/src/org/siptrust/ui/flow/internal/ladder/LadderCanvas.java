package org.siptrust.ui.flow.internal.ladder;

import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.siptrust.ui.flow.internal.draw.SwtDrawing;
import org.siptrust.ui.flow.internal.ladder.LadderModel.Arrow;
import org.siptrust.ui.flow.internal.ladder.SipElements.Element;

/**
 * The ladder on screen: a canvas that scrolls by itself (no giant child control, so thousands of
 * rows cost nothing) and paints only the rows in view, with the element header kept on top. Click
 * or arrow keys select a message; the listener hears the row.
 */
public final class LadderCanvas {
    private final Canvas canvas;
    private LadderModel model = LadderModel.empty();
    private LadderLayout layout;
    private int selected = -1;
    private int sx;
    private int sy;
    private IntConsumer onSelect = r -> {
    };
    private String emptyText = "";

    public LadderCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL | SWT.NO_BACKGROUND);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> updateScrollBars());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            sy = canvas.getVerticalBar().getSelection();
            canvas.redraw();
        });
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> {
            sx = canvas.getHorizontalBar().getSelection();
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseDown, e -> {
            canvas.setFocus();
            int row = rowAt(e.y);
            if (row >= 0 && (e.button == 1 || e.button == 3)) {
                userSelect(row);
            }
        });
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tooltip(e.x, e.y)));
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
    }

    public Canvas control() {
        return canvas;
    }

    public void onSelect(IntConsumer listener) {
        onSelect = listener;
    }

    /** Shows {@code m} (scrolled to the top, nothing selected); {@code empty} is said when it has no rows. */
    public void setModel(LadderModel m, String empty) {
        model = m;
        emptyText = empty == null ? "" : empty;
        selected = -1;
        sx = 0;
        sy = 0;
        GC gc = new GC(canvas);
        SwtDrawing d = new SwtDrawing(gc);
        try {
            layout = new LadderLayout(d, m);
        } finally {
            d.dispose();
            gc.dispose();
        }
        updateScrollBars();
        canvas.redraw();
    }

    public LadderModel model() {
        return model;
    }

    public LadderLayout layout() {
        return layout;
    }

    public int selected() {
        return selected;
    }

    /** Selects row {@code r} (-1: none) and scrolls it into view, without telling the listener. */
    public void select(int r) {
        selected = r >= 0 && r < model.arrows().size() ? r : -1;
        if (selected >= 0) {
            reveal(selected);
        }
        canvas.redraw();
    }

    private void userSelect(int r) {
        select(r);
        onSelect.accept(selected);
    }

    private void reveal(int r) {
        Rectangle area = canvas.getClientArea();
        int top = layout.rowTop(r);
        int bottom = top + layout.rowHeight();
        int visibleTop = sy + layout.headerHeight();
        if (top < visibleTop) {
            scrollTo(top - layout.headerHeight() - LadderLayout.PAD);
        } else if (bottom > sy + area.height) {
            scrollTo(bottom - area.height + LadderLayout.PAD);
        }
    }

    private void scrollTo(int y) {
        ScrollBar v = canvas.getVerticalBar();
        int max = Math.max(0, layout.height() - canvas.getClientArea().height);
        sy = Math.max(0, Math.min(max, y));
        v.setSelection(sy);
    }

    private void updateScrollBars() {
        if (layout == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        ScrollBar v = canvas.getVerticalBar();
        v.setValues(Math.min(sy, Math.max(0, layout.height() - area.height)), 0, Math.max(layout.height(), 1),
                Math.max(1, Math.min(area.height, layout.height())), layout.rowHeight(),
                Math.max(layout.rowHeight(), area.height - layout.headerHeight()));
        sy = v.getSelection();
        ScrollBar h = canvas.getHorizontalBar();
        h.setValues(Math.min(sx, Math.max(0, layout.width() - area.width)), 0, Math.max(layout.width(), 1),
                Math.max(1, Math.min(area.width, layout.width())), 20, Math.max(20, area.width - 40));
        sx = h.getSelection();
        v.setVisible(layout.height() > area.height);
        h.setVisible(layout.width() > area.width);
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle clip = gc.getClipping();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(clip);
        if (layout == null) {
            return;
        }
        SwtDrawing d = new SwtDrawing(gc);
        try {
            if (model.arrows().isEmpty()) {
                d.color(LadderPainter.MUTED);
                d.text(emptyText, 12, 12);
                return;
            }
            int first = Math.max(0, (clip.y + sy - layout.bodyTop()) / layout.rowHeight() - 1);
            int last = Math.min(model.arrows().size() - 1, (clip.y + clip.height + sy - layout.bodyTop()) / layout.rowHeight() + 1);
            d.translate(-sx, -sy);
            LadderPainter.paintRows(d, model, layout, first, last, selected);
            d.translate(-sx, 0);
            LadderPainter.paintHeader(d, model, layout);
        } finally {
            d.dispose();
        }
    }

    /** The row under canvas point y (below the header), or -1. */
    public int rowAt(int y) {
        if (layout == null || y < layout.headerHeight()) {
            return -1;
        }
        return layout.rowAt(y + sy);
    }

    /** Scrolls so that picture y {@code y} is at the top (as the scroll bar does). */
    public void scrollToY(int y) {
        scrollTo(y);
        canvas.redraw();
    }

    /** Canvas y of the arrow of row {@code r} (for tests that click). */
    public int canvasArrowY(int r) {
        return layout.arrowY(r) - sy;
    }

    /** Canvas x of the life line of column {@code c}. */
    public int canvasColumnX(int c) {
        return layout.columnX(c) - sx;
    }

    private String tooltip(int x, int y) {
        if (layout == null) {
            return null;
        }
        if (y < layout.headerHeight()) {
            int c = layout.columnAt(x + sx);
            if (c < 0 || c >= model.columns().size()) {
                return null;
            }
            Element e = model.columns().get(c);
            StringBuilder s = new StringBuilder(e.label());
            if (e.names().size() > 1) {
                s.append("\nalso: ").append(String.join(", ", e.names().subList(1, e.names().size())));
            }
            s.append("\naddresses: ");
            e.addresses().forEach(a -> s.append(a).append(' '));
            return s.toString().trim();
        }
        int r = rowAt(y);
        if (r < 0) {
            return null;
        }
        Arrow a = model.arrows().get(r);
        StringBuilder s = new StringBuilder(a.message().summary());
        s.append("\nframe ").append(a.message().frame()).append(", ").append(a.transport()).append(' ')
                .append(a.message().context().source()).append(" → ").append(a.message().context().destination());
        if (a.connectionId() != null) {
            s.append(" [").append(a.connectionId()).append(']');
        }
        if (a.decrypted()) {
            s.append(", decrypted");
        }
        if (a.retransmission()) {
            s.append("\nretransmission: the same message was seen before on this hop");
        }
        if (a.verdict() != null) {
            s.append("\n").append(LadderModel.PROFILE.label()).append(": ").append(a.verdict().result());
            if (a.verdict().explanation() != null) {
                s.append(" - ").append(a.verdict().explanation());
            }
        }
        return s.toString();
    }

    private void key(Event e) {
        int n = model.arrows().size();
        if (n == 0 || layout == null) {
            return;
        }
        int page = Math.max(1, (canvas.getClientArea().height - layout.headerHeight()) / layout.rowHeight());
        int r = selected;
        switch (e.keyCode) {
            case SWT.ARROW_DOWN -> r = Math.min(n - 1, r + 1);
            case SWT.ARROW_UP -> r = Math.max(0, r - 1);
            case SWT.PAGE_DOWN -> r = Math.min(n - 1, r + page);
            case SWT.PAGE_UP -> r = Math.max(0, r - page);
            case SWT.HOME -> r = 0;
            case SWT.END -> r = n - 1;
            default -> {
                return;
            }
        }
        if (r != selected && r >= 0) {
            userSelect(r);
        }
        e.doit = false;
    }
}
