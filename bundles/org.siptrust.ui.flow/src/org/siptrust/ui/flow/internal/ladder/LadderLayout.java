package org.siptrust.ui.flow.internal.ladder;

import org.siptrust.ui.flow.internal.draw.Drawing;
import org.siptrust.ui.flow.internal.ladder.SipElements.Element;

/**
 * Where things go in a ladder picture, in pixels: a left gutter with frame numbers and times, one
 * column per element, a header row with the elements, and one row per message. Measured once with
 * the screen's fonts; exports reuse it so that they are the same picture.
 */
public final class LadderLayout {
    static final int GUTTER = 112;
    static final int MIN_COLUMN = 210;
    static final int MAX_COLUMN = 380;
    static final int MARGIN = 16;
    static final int PAD = 6;

    private final int columns;
    private final int rows;
    private final int columnWidth;
    private final int lineNormal;
    private final int lineSmall;
    private final int lineBold;
    private final int headerHeight;
    private final int rowHeight;

    public LadderLayout(Drawing d, LadderModel model) {
        d.font(Drawing.Font.NORMAL);
        lineNormal = d.textHeight();
        d.font(Drawing.Font.SMALL);
        lineSmall = d.textHeight();
        d.font(Drawing.Font.BOLD);
        lineBold = d.textHeight();
        int widest = 0;
        for (Element e : model.columns()) {
            d.font(Drawing.Font.BOLD);
            widest = Math.max(widest, d.textWidth(e.label()));
            d.font(Drawing.Font.SMALL);
            widest = Math.max(widest, d.textWidth(e.address()));
        }
        // wide enough for most labels between neighbours (measuring every label of a big capture costs too much)
        int[] labels = new int[Math.min(400, model.arrows().size())];
        for (int i = 0; i < labels.length; i++) {
            LadderModel.Arrow a = model.arrows().get(i * model.arrows().size() / labels.length);
            d.font(a.isRequest() ? Drawing.Font.BOLD : Drawing.Font.NORMAL);
            labels[i] = d.textWidth(a.label()) / Math.max(1, Math.abs(a.to() - a.from()));
        }
        java.util.Arrays.sort(labels);
        int typical = labels.length == 0 ? 0 : labels[labels.length * 9 / 10 - (labels.length >= 10 ? 1 : 0)];
        columns = model.columns().size();
        rows = model.arrows().size();
        columnWidth = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, Math.max(widest + 4 * PAD, typical + 24)));
        headerHeight = PAD + lineBold + 2 * lineSmall + 3 * PAD;
        rowHeight = lineNormal + lineSmall + 6;
        d.font(Drawing.Font.NORMAL);
    }

    public int columnWidth() {
        return columnWidth;
    }

    public int headerHeight() {
        return headerHeight;
    }

    public int rowHeight() {
        return rowHeight;
    }

    int lineNormal() {
        return lineNormal;
    }

    int lineSmall() {
        return lineSmall;
    }

    int lineBold() {
        return lineBold;
    }

    /** The x of the life line of column {@code i}. */
    public int columnX(int i) {
        return GUTTER + i * columnWidth + columnWidth / 2;
    }

    /** Top of the first message row. */
    public int bodyTop() {
        return headerHeight + PAD;
    }

    /** Top of row {@code r}. */
    public int rowTop(int r) {
        return bodyTop() + r * rowHeight;
    }

    /** The y of the arrow of row {@code r}. */
    public int arrowY(int r) {
        return rowTop(r) + 2 + lineNormal + 1;
    }

    /** The row at picture height {@code y}, or -1. */
    public int rowAt(int y) {
        if (y < bodyTop()) {
            return -1;
        }
        int r = (y - bodyTop()) / rowHeight;
        return r < rows ? r : -1;
    }

    /** The column whose header box contains picture x {@code x}, or -1. */
    public int columnAt(int x) {
        if (x < GUTTER) {
            return -1;
        }
        int c = (x - GUTTER) / columnWidth;
        return c < columns ? c : -1;
    }

    public int width() {
        return GUTTER + Math.max(1, columns) * columnWidth + MARGIN;
    }

    public int height() {
        return bodyTop() + rows * rowHeight + MARGIN;
    }
}
