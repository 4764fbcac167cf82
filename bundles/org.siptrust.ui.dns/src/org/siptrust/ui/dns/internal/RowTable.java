package org.siptrust.ui.dns.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.siptrust.ui.dns.internal.model.Tone;
import org.siptrust.ui.parts.ColumnSort;
import org.siptrust.ui.parts.CopySupport;
import org.siptrust.ui.parts.RowTextFilter;

/**
 * A virtual table of rows of one type: columns print a row, one column may carry a status tone
 * (coloured word and icon); sortable by clicking a header, filtered by text, copying the selected
 * rows as tab-separated text.
 *
 * @param <T> the row type
 */
final class RowTable<T> {

    /** A column; {@code order} is null to sort by the printed text. */
    record Col<T>(String title, int width, Function<T, String> text, Comparator<T> order) {
        Col(String title, int width, Function<T, String> text) {
            this(title, width, text, null);
        }
    }

    private final TableViewer viewer;
    private final List<Col<T>> columns;
    private final Class<T> type;
    private final RowTextFilter<T> filter;
    private final ColumnSort sort;

    /**
     * @param toneColumn the column coloured (and given an icon) by {@code tone}, or -1
     */
    RowTable(Composite parent, Class<T> type, List<Col<T>> columns, int toneColumn, Function<T, Tone> tone, DnsLook look) {
        this.type = type;
        this.columns = columns;
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        sort = new ColumnSort(viewer);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < columns.size(); i++) {
            Col<T> col = columns.get(i);
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(col.title());
            c.getColumn().setWidth(col.width());
            c.getColumn().setMoveable(true);
            boolean toned = i == toneColumn;
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    String s = col.text().apply(type.cast(element));
                    return s == null ? "" : s;
                }

                @Override
                public Color getForeground(Object element) {
                    return toned ? DnsLook.text(tone.apply(type.cast(element))) : null;
                }

                @Override
                public Image getImage(Object element) {
                    return toned ? look.icon(tone.apply(type.cast(element))) : null;
                }

                @Override
                public String getToolTipText(Object element) {
                    return getText(element);
                }
            });
            int index = i;
            c.getColumn().addListener(SWT.Selection, e -> sort.sortBy(index));
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sort.column() < 0) {
                    return 0;
                }
                Col<T> col = columns.get(sort.column());
                T x = type.cast(a);
                T y = type.cast(b);
                int r = col.order() != null ? col.order().compare(x, y) : text(col, x).compareToIgnoreCase(text(col, y));
                return sort.directed(r);
            }
        });
        filter = RowTextFilter.install(viewer, type, columns.stream().map(Col::text).toList(), null);
        CopySupport.install(table, this::copyText);
    }

    private static <T> String text(Col<T> col, T row) {
        String s = col.text().apply(row);
        return s == null ? "" : s;
    }

    TableViewer viewer() {
        return viewer;
    }

    Table table() {
        return viewer.getTable();
    }

    void setInput(List<T> rows) {
        viewer.setInput(rows.toArray());
    }

    void setFilter(String text) {
        filter.setText(text);
    }

    List<T> selected() {
        List<T> out = new ArrayList<>();
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            out.add(type.cast(o));
        }
        return out;
    }

    /** The printed text of {@code row} in {@code column}. */
    String text(T row, int column) {
        return text(columns.get(column), row);
    }


    private String copyText() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            s.append(i == 0 ? "" : "\t").append(columns.get(i).title());
        }
        s.append('\n');
        for (T row : selected()) {
            for (int i = 0; i < columns.size(); i++) {
                s.append(i == 0 ? "" : "\t").append(text(columns.get(i), row));
            }
            s.append('\n');
        }
        return s.toString();
    }
}
