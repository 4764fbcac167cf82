package org.siptrust.ui.certs.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;
import org.siptrust.ui.parts.CopySupport;
import org.siptrust.ui.parts.ListTreeContent;

/**
 * A multi-column tree over immutable nodes of one record type (fields, chain, identities): the
 * node type says how to reach its children, each column how to print a node, and one function
 * colours a node. Ctrl+C copies the selected lines as tab-separated text.
 *
 * @param <T> the node type
 */
final class NodeTree<T> {

    /** A column of the tree. */
    record Col<T>(String title, int width, Function<T, String> text) {
    }

    private final TreeViewer viewer;
    private final List<Col<T>> columns;

    NodeTree(Composite parent, Class<T> type, Function<T, List<T>> children, List<Col<T>> columns,
            Function<T, Color> colour, Function<T, Font> font) {
        this(parent, type, children, columns, colour, font, 1);
    }

    /** @param colouredColumn the one column {@code colour} applies to (the others keep the default colour) */
    NodeTree(Composite parent, Class<T> type, Function<T, List<T>> children, List<Col<T>> columns,
            Function<T, Color> colour, Function<T, Font> font, int colouredColumn) {
        this.columns = columns;
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        for (int i = 0; i < columns.size(); i++) {
            Col<T> col = columns.get(i);
            TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(col.title());
            c.getColumn().setWidth(col.width());
            c.getColumn().setMoveable(i > 0);
            boolean coloured = i == colouredColumn;
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    String s = col.text().apply(type.cast(element));
                    return s == null ? "" : s;
                }

                @Override
                public Color getForeground(Object element) {
                    return colour == null || !coloured ? null : colour.apply(type.cast(element));
                }

                @Override
                public Font getFont(Object element) {
                    return font == null ? null : font.apply(type.cast(element));
                }

                @Override
                public String getToolTipText(Object element) {
                    return getText(element);
                }
            });
        }
        viewer.setContentProvider(new ListTreeContent<>(type, children));
        CopySupport.install(viewer.getTree(), this::copyText);
    }

    TreeViewer viewer() {
        return viewer;
    }

    void setInput(List<T> roots) {
        viewer.getTree().setRedraw(false);
        try {
            viewer.setInput(roots);
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    private String copyText() {
        StringBuilder sb = new StringBuilder();
        for (TreeItem item : viewer.getTree().getSelection()) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                sb.append(item.getText(i));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
