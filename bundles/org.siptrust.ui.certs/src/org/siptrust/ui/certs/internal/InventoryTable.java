package org.siptrust.ui.certs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.ui.certs.internal.model.InspectedCertificate;
import org.siptrust.ui.certs.internal.model.Names;
import org.siptrust.ui.parts.ColumnSort;
import org.siptrust.ui.parts.CopySupport;
import org.siptrust.ui.parts.RowTextFilter;

/**
 * The inventory: one row per certificate (capture first, then opened files), sortable by any
 * column, filtered by the view's filter text, virtual, copying its selection as text.
 */
final class InventoryTable {

    /** A column: title, width, the text of a row, and whether the text is the sort key. */
    private record Column(String title, int width, Function<InspectedCertificate, String> text,
            Comparator<InspectedCertificate> order) {
    }

    static final int COL_SUBJECT = 0;
    static final int COL_ISSUER = 1;
    static final int COL_STATUS = 2;
    static final int COL_NOT_AFTER = 3;
    static final int COL_IDENTITIES = 4;
    static final int COL_PRESENTED = 5;
    static final int COL_CONNECTIONS = 6;
    static final int COL_SOURCE = 7;

    private final List<Column> columns;
    private final TableViewer viewer;
    private Analysis analysis;
    private final RowTextFilter<InspectedCertificate> filter;
    private final ColumnSort sort;

    InventoryTable(Composite parent) {
        columns = List.of(
                new Column("Subject CN", 190, InspectedCertificate::commonName, null),
                new Column("Issuer", 160, c -> Names.commonNameOf(c.info().issuer()), null),
                new Column("Status", 100, c -> c.validation().status(), null),
                new Column("Not after", 90, c -> Names.date(c.info().notAfter()),
                        Comparator.comparing(c -> c.info().notAfter())),
                new Column("SIP identities", 170, c -> c.identities().isEmpty() ? "—" : String.join(", ", c.identities().names()), null),
                new Column("Presented", 170, c -> String.join(", ", c.presentations()), null),
                new Column("Connections", 300, this::connections, null),
                new Column("Source", 110, InspectedCertificate::source, null));
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        sort = new ColumnSort(viewer);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(col.title());
            c.getColumn().setWidth(col.width());
            c.getColumn().setMoveable(true);
            int index = i;
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    InspectedCertificate cert = (InspectedCertificate) element;
                    String t = col.text().apply(cert);
                    return index == COL_STATUS ? UiColors.statusMark(t) + t : t;
                }

                @Override
                public Color getForeground(Object element) {
                    return index == COL_STATUS ? UiColors.status(((InspectedCertificate) element).validation().status()) : null;
                }

                @Override
                public String getToolTipText(Object element) {
                    InspectedCertificate cert = (InspectedCertificate) element;
                    return cert.info().subject() + "\nSHA-256 " + Names.colonHex(cert.sha256());
                }
            });
            c.getColumn().addListener(SWT.Selection, e -> sort.sortBy(index));
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                InspectedCertificate x = (InspectedCertificate) a;
                InspectedCertificate y = (InspectedCertificate) b;
                // opened files stay below the capture's certificates, whatever the sort
                int r = Boolean.compare(x.fromFile(), y.fromFile());
                if (r != 0 || sort.column() < 0) {
                    return r;
                }
                Column col = columns.get(sort.column());
                r = col.order() != null ? col.order().compare(x, y)
                        : col.text().apply(x).compareToIgnoreCase(col.text().apply(y));
                return sort.directed(r);
            }
        });
        filter = RowTextFilter.install(viewer, InspectedCertificate.class, columns.stream().map(Column::text).toList(),
                (c, typed) -> c.sha256().startsWith(typed.replace(":", "")));
        CopySupport.install(table, this::copyText);
    }

    TableViewer viewer() {
        return viewer;
    }

    Table table() {
        return viewer.getTable();
    }

    void setInput(Analysis a, List<InspectedCertificate> rows) {
        analysis = a;
        viewer.setInput(rows.toArray(new InspectedCertificate[0]));
    }

    void setFilter(String text) {
        filter.setText(text);
    }

    List<InspectedCertificate> selected() {
        List<InspectedCertificate> out = new ArrayList<>();
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            out.add((InspectedCertificate) o);
        }
        return out;
    }

    void select(List<InspectedCertificate> rows) {
        viewer.setSelection(new StructuredSelection(rows), true);
    }

    /** The text the user sees in {@code column} for {@code row}. */
    String text(InspectedCertificate row, int column) {
        String t = columns.get(column).text().apply(row);
        return column == COL_STATUS ? UiColors.statusMark(t) + t : t;
    }

    List<String> titles() {
        return columns.stream().map(Column::title).toList();
    }

    private String connections(InspectedCertificate c) {
        if (analysis == null || c.connections().isEmpty()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String id : c.connections()) {
            String role = c.presentations().stream().filter(p -> p.startsWith(id + " ") && !p.contains(" chain #"))
                    .map(p -> p.substring(id.length() + 1)).findFirst().orElse("in chain");
            out.add(analysis.connection(id).map(Connection::label).map(l -> l + " (" + role + ")").orElse(id));
        }
        return String.join("; ", out);
    }


    /** The selected rows as tab-separated text with a header line (what Ctrl+C copies). */
    String copyText() {
        StringBuilder s = new StringBuilder(String.join("\t", titles())).append("\tSHA-256\n");
        for (InspectedCertificate c : selected()) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    s.append('\t');
                }
                s.append(columns.get(i).text().apply(c));
            }
            s.append('\t').append(c.sha256()).append('\n');
        }
        return s.toString();
    }
}
