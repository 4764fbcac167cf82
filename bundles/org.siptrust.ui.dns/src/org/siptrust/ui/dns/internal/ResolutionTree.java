package org.siptrust.ui.dns.internal;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;
import org.siptrust.ui.dns.internal.model.DnsRow;
import org.siptrust.ui.parts.CopySupport;
import org.siptrust.ui.parts.ListTreeContent;

/**
 * The resolution tree: SIP targets at the top, their RFC 3263 steps below (NAPTR → SRV → host →
 * A/AAAA and TLSA), DNSSEC status as coloured icon and word, the reason, the frames the answer came
 * from, and under each TLSA record the DANE verdict of the connections that used it.
 */
final class ResolutionTree {
    static final int COL_STEP = 0;
    static final int COL_ANSWER = 1;
    static final int COL_STATUS = 2;
    static final int COL_WHY = 3;
    static final int COL_FRAMES = 4;
    static final int COL_SOURCE = 5;
    static final int COL_NOTE = 6;

    private final TreeViewer viewer;

    ResolutionTree(Composite parent, DnsLook look) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        column("Step", 370, DnsRow::step, null, r -> r.kind() == DnsRow.Kind.TARGET ? bold : null, null);
        column("Answer", 290, DnsRow::answer, null, null, null);
        column("DNSSEC / DANE", 120, DnsRow::status, r -> DnsLook.text(r.tone()), null, r -> look.icon(r.tone()));
        column("Why", 300, DnsRow::why, null, null, null);
        column("Frames", 120, r -> frames(r.frames()), null, null, null);
        column("Source", 80, DnsRow::source, null, null, null);
        column("Note", 380, DnsRow::note, null, null, null);
        viewer.setContentProvider(new ListTreeContent<>(DnsRow.class, DnsRow::children));
        CopySupport.install(viewer.getTree(), this::copyText);
    }

    private void column(String title, int width, Function<DnsRow, String> text, Function<DnsRow, Color> colour,
            Function<DnsRow, Font> font, Function<DnsRow, Image> image) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.getColumn().setMoveable(viewer.getTree().getColumnCount() > 1);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((DnsRow) element);
                return s == null ? "" : s;
            }

            @Override
            public Color getForeground(Object element) {
                return colour == null ? null : colour.apply((DnsRow) element);
            }

            @Override
            public Font getFont(Object element) {
                return font == null ? null : font.apply((DnsRow) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((DnsRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return getText(element);
            }
        });
    }

    static String frames(List<Long> frames) {
        if (frames.isEmpty()) {
            return "";
        }
        if (frames.size() > 8) {
            return frames.subList(0, 8).stream().map(String::valueOf).collect(Collectors.joining(", ")) + ", … ("
                    + frames.size() + ")";
        }
        return frames.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    TreeViewer viewer() {
        return viewer;
    }

    void setInput(List<DnsRow> roots) {
        viewer.getTree().setRedraw(false);
        try {
            viewer.setInput(roots);
            viewer.expandAll();
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    DnsRow selectedRow() {
        Object o = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return o instanceof DnsRow r ? r : null;
    }

    private String copyText() {
        StringBuilder sb = new StringBuilder();
        for (TreeItem item : viewer.getTree().getSelection()) {
            for (int i = 0; i < viewer.getTree().getColumnCount(); i++) {
                sb.append(i == 0 ? "" : "\t").append(item.getText(i));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
