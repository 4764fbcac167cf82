package org.siptrust.ui.flow.internal.ladder;

import java.util.List;
import java.util.Locale;

import org.siptrust.ui.flow.internal.draw.Drawing;
import org.siptrust.ui.flow.internal.draw.Drawing.Font;
import org.siptrust.ui.flow.internal.draw.Glyphs;
import org.siptrust.ui.flow.internal.ladder.LadderModel.Arrow;
import org.siptrust.ui.flow.internal.ladder.SipElements.Element;

/**
 * Paints a {@link LadderModel} with a {@link LadderLayout} on any {@link Drawing}: the screen
 * paints the visible rows and a header that stays on top, exports paint everything once.
 */
public final class LadderPainter {
    public static final int BACKGROUND = 0xffffff;
    public static final int INK = 0x1f2933;
    public static final int FAILING = 0xd11f1f;
    public static final int RETRANSMISSION = 0x9aa5b1;
    static final int MUTED = 0x616e7c;
    static final int LIFELINE = 0xb8c2cc;
    static final int HEADER_FILL = 0xeef2f7;
    static final int HEADER_BORDER = 0x7b8794;
    static final int SELECTED = 0xd6e6ff;
    static final int LOCK = 0x2f7d32;
    static final int STRIPE = 0xf7f9fb;

    private LadderPainter() {
    }

    /** Everything: background, rows, header at the top. */
    public static void paintAll(Drawing d, LadderModel m, LadderLayout l, int selected) {
        d.color(BACKGROUND);
        d.fillRect(0, 0, l.width(), l.height());
        paintRows(d, m, l, 0, m.arrows().size() - 1, selected);
        paintHeader(d, m, l);
    }

    /** Rows {@code first..last} (inclusive) with their piece of the life lines. */
    public static void paintRows(Drawing d, LadderModel m, LadderLayout l, int first, int last, int selected) {
        List<Arrow> arrows = m.arrows();
        if (arrows.isEmpty()) {
            return;
        }
        first = Math.max(0, first);
        last = Math.min(arrows.size() - 1, last);
        int right = l.columnX(m.columns().size() - 1) + l.columnWidth() / 2;
        for (int r = first; r <= last; r++) {
            if (r == selected) {
                d.color(SELECTED);
                d.fillRect(0, l.rowTop(r), right, l.rowHeight());
            } else if (r % 2 == 1) {
                d.color(STRIPE);
                d.fillRect(0, l.rowTop(r), right, l.rowHeight());
            }
        }
        int top = first == 0 ? l.headerHeight() : l.rowTop(first);
        int bottom = l.rowTop(last) + l.rowHeight();
        d.color(LIFELINE);
        d.lineWidth(1);
        d.dashed(true);
        for (int c = 0; c < m.columns().size(); c++) {
            d.line(l.columnX(c), top, l.columnX(c), bottom);
        }
        d.dashed(false);
        for (int r = first; r <= last; r++) {
            paintRow(d, m, l, r);
        }
    }

    private static void paintRow(Drawing d, LadderModel m, LadderLayout l, int r) {
        Arrow a = m.arrows().get(r);
        int y = l.arrowY(r);
        int top = l.rowTop(r);

        d.font(Font.SMALL);
        d.color(MUTED);
        String frame = "#" + a.message().frame() + (a.message().indexInFrame() > 0 ? "." + a.message().indexInFrame() : "");
        d.text(frame, LadderLayout.PAD, top + 2);
        d.text(String.format(Locale.ROOT, "%.6f", a.time()), LadderLayout.PAD, top + 2 + l.lineSmall());

        int color = a.failing() ? FAILING : a.retransmission() ? RETRANSMISSION : INK;
        int x1 = l.columnX(a.from());
        int x2 = l.columnX(a.to());
        d.color(color);
        d.lineWidth(a.failing() ? 2 : 1);
        d.dashed(a.retransmission());
        int labelLeft;
        int labelWidth;
        if (a.from() == a.to()) {
            // to itself: a small loop on the right of the life line
            int loop = 28;
            d.line(x1, y - 5, x1 + loop, y - 5);
            d.line(x1 + loop, y - 5, x1 + loop, y + 5);
            d.line(x1 + loop, y + 5, x1 + 6, y + 5);
            d.dashed(false);
            Glyphs.arrowHead(d, x1 + 1, y + 5, false, 8);
            labelLeft = x1 + loop + 6;
            labelWidth = l.columnWidth() - loop - 12;
        } else {
            boolean right = x2 > x1;
            d.line(x1, y, right ? x2 - 2 : x2 + 2, y);
            d.dashed(false);
            Glyphs.arrowHead(d, right ? x2 - 1 : x2 + 1, y, right, 9);
            labelLeft = Math.min(x1, x2) + 8;
            labelWidth = Math.abs(x2 - x1) - 16;
        }
        d.lineWidth(1);

        d.font(a.isRequest() ? Font.BOLD : Font.NORMAL);
        String label = d.fit(a.label(), labelWidth);
        int lw = d.textWidth(label);
        int lx = a.from() == a.to() ? labelLeft : labelLeft + (labelWidth - lw) / 2;
        d.color(color == INK ? INK : color);
        d.text(label, lx, top + 1);

        // under the arrow: transport, lock, connection, and the verdict when it fails
        d.font(Font.SMALL);
        StringBuilder under = new StringBuilder(a.transport());
        if (a.connectionId() != null) {
            under.append("  ").append(a.connectionId());
        }
        if (a.retransmission()) {
            under.append("  retransmission");
        }
        if (a.failing() && a.verdict() != null) {
            under.append("  RFC 5922: ").append(a.verdict().result());
        }
        if (a.message().malformed()) {
            under.append("  malformed");
        }
        int lockSpace = a.decrypted() ? Glyphs.LOCK_WIDTH + 4 : 0;
        String text = d.fit(under.toString(), Math.max(20, labelWidth - lockSpace));
        int tw = d.textWidth(text) + lockSpace;
        int tx = a.from() == a.to() ? labelLeft : labelLeft + (labelWidth - tw) / 2;
        int ty = y + 2;
        if (a.decrypted()) {
            Glyphs.lock(d, tx, ty + Math.max(0, (l.lineSmall() - Glyphs.LOCK_HEIGHT) / 2), a.failing() ? FAILING : LOCK);
        }
        d.color(a.failing() ? FAILING : MUTED);
        d.text(text, tx + lockSpace, ty);
    }

    /** The element boxes, on a band from y 0 to the header height (drawn over scrolled rows). */
    public static void paintHeader(Drawing d, LadderModel m, LadderLayout l) {
        int right = l.width();
        d.color(BACKGROUND);
        d.fillRect(0, 0, right, l.headerHeight());
        d.color(LIFELINE);
        d.line(0, l.headerHeight() - 1, right, l.headerHeight() - 1);
        d.font(Font.SMALL);
        d.color(MUTED);
        d.text("Frame", LadderLayout.PAD, l.headerHeight() - 2 * l.lineSmall() - LadderLayout.PAD);
        d.text("Time (s)", LadderLayout.PAD, l.headerHeight() - l.lineSmall() - LadderLayout.PAD);
        int w = l.columnWidth() - 2 * LadderLayout.PAD;
        int h = l.headerHeight() - 2 * LadderLayout.PAD;
        for (int c = 0; c < m.columns().size(); c++) {
            Element e = m.columns().get(c);
            int x = l.columnX(c) - w / 2;
            int y = LadderLayout.PAD;
            d.color(HEADER_FILL);
            d.fillRoundRect(x, y, w, h, 10);
            d.color(HEADER_BORDER);
            d.lineWidth(1);
            d.drawRoundRect(x, y, w, h, 10);
            int ty = y + LadderLayout.PAD / 2;
            d.font(Font.BOLD);
            d.color(INK);
            centred(d, d.fit(e.label(), w - 8), l.columnX(c), ty);
            ty += l.lineBold();
            d.font(Font.SMALL);
            d.color(MUTED);
            String others = e.names().size() > 1 ? String.join(", ", e.names().subList(1, e.names().size())) : "";
            centred(d, d.fit(others, w - 8), l.columnX(c), ty);
            ty += l.lineSmall();
            if (!e.names().isEmpty()) {
                d.font(Font.SMALL_BOLD);
                d.color(INK);
                centred(d, d.fit(e.address(), w - 8), l.columnX(c), ty);
            }
        }
        d.font(Font.NORMAL);
    }

    private static void centred(Drawing d, String text, int cx, int y) {
        if (!text.isEmpty()) {
            d.text(text, cx - d.textWidth(text) / 2, y);
        }
    }
}
