package org.siptrust.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.analysis.TlsFacts;
import org.siptrust.ui.AnalysisSelection;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.ConnectionSelection;
import org.siptrust.ui.ICaptureEditorPage;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.parts.ColumnSort;
import org.siptrust.ui.parts.CopySupport;
import org.siptrust.ui.parts.PartSelectionProvider;

/**
 * The Connections page: every TCP/TLS connection and UDP flow of the analysis with its TLS facts
 * and whether it could be decrypted (and why not). Sortable by any column; double-click shows the
 * connection's frames on the Frames page.
 */
public final class ConnectionsPage implements ICaptureEditorPage {

    /** A column: title, width, text of a connection, and the key it sorts by. */
    private record Column(String title, int width, Function<Connection, String> text, Comparator<Connection> order) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("ID", 45, Connection::id, Comparator.comparingLong(Connection::firstFrame)),
            new Column("Transport", 70, c -> c.transport().toUpperCase(java.util.Locale.ROOT), Comparator.comparing(Connection::transport)),
            new Column("Client", 150, c -> c.client().toString(), Comparator.comparing(Connection::client)),
            new Column("Server", 150, c -> c.server().toString(), Comparator.comparing(Connection::server)),
            new Column("First frame", 75, c -> Long.toString(c.firstFrame()), Comparator.comparingLong(Connection::firstFrame)),
            new Column("Frames", 60, c -> Integer.toString(c.frames().size()), Comparator.comparingInt(c -> c.frames().size())),
            new Column("TLS", 70, c -> tls(c, TlsFacts::version), Comparator.comparing(c -> tls(c, TlsFacts::version))),
            new Column("Cipher suite", 265, ConnectionsPage::suite, Comparator.comparing(ConnectionsPage::suite)),
            new Column("SNI", 190, c -> tls(c, TlsFacts::sni), Comparator.comparing(c -> tls(c, TlsFacts::sni))),
            new Column("Decrypted", 100, ConnectionsPage::lock, Comparator.comparing(ConnectionsPage::lock)),
            new Column("Why not decrypted", 300, c -> tls(c, TlsFacts::undecryptedReason),
                    Comparator.comparing(c -> tls(c, TlsFacts::undecryptedReason))));

    private final PartSelectionProvider selection = new PartSelectionProvider(this::setSelectionFromOutside);
    private TableViewer viewer;
    private Analysis analysis;
    private CaptureEditor editor;
    private ColumnSort sort;
    private boolean quiet;

    @Override
    public Control createControl(Composite parent, CaptureEditor captureEditor) {
        this.editor = captureEditor;
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        sort = new ColumnSort(viewer);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column col = COLUMNS.get(i);
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(col.title());
            c.getColumn().setWidth(col.width());
            c.getColumn().setMoveable(true);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return col.text().apply((Connection) element);
                }

                @Override
                public String getToolTipText(Object element) {
                    return ((Connection) element).label();
                }
            });
            int index = i;
            c.getColumn().addListener(SWT.Selection, e -> sort.sortBy(index));
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                int r = COLUMNS.get(sort.column()).order().compare((Connection) a, (Connection) b);
                if (r == 0) {
                    r = Long.compare(((Connection) a).firstFrame(), ((Connection) b).firstFrame());
                }
                return sort.directed(r);
            }
        });
        sort.initially(0);
        viewer.addSelectionChangedListener(e -> {
            if (analysis != null && !quiet) {
                selection.changed(new ConnectionSelection(analysis, selected()));
            }
        });
        viewer.addDoubleClickListener(e -> {
            List<Connection> s = selected();
            if (!s.isEmpty() && analysis != null) {
                editor.showPage(SipTrustIds.PAGE_FRAMES);
                editor.reveal(new ConnectionSelection(analysis, s));
            }
        });
        CopySupport.install(table, this::copyText);
        captureEditor.acceptCaptureDrops(table);
        return table;
    }

    @Override
    public void analysisChanged(Analysis a) {
        analysis = a;
        quiet = true;
        try {
            viewer.setInput(a == null ? new Connection[0] : a.connections().toArray(new Connection[0]));
        } finally {
            quiet = false;
        }
        selection.quietly(null);
    }

    @Override
    public ISelectionProvider getSelectionProvider() {
        return selection;
    }

    @Override
    public boolean reveal(AnalysisSelection s) {
        if (analysis == null || s.analysis() != analysis) {
            return false;
        }
        Set<Connection> found = new LinkedHashSet<>();
        if (s instanceof ConnectionSelection cs) {
            found.addAll(cs.connections());
        } else {
            int checked = 0;
            for (Long f : s.frames()) {
                analysis.connectionOfFrame(f).ifPresent(found::add);
                if (++checked >= 1000) {
                    break;
                }
            }
        }
        List<Connection> list = new ArrayList<>(found);
        quiet = true;
        try {
            viewer.setSelection(new StructuredSelection(list), true);
        } finally {
            quiet = false;
        }
        selection.quietly(new ConnectionSelection(analysis, list));
        return !list.isEmpty();
    }

    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The text of {@code column} for {@code c} (tests compare what the user sees). */
    public static String text(Connection c, int column) {
        return COLUMNS.get(column).text().apply(c);
    }

    public static List<String> titles() {
        return COLUMNS.stream().map(Column::title).toList();
    }

    private List<Connection> selected() {
        List<Connection> out = new ArrayList<>();
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            out.add((Connection) o);
        }
        return out;
    }

    private void setSelectionFromOutside(ISelection s) {
        if (s instanceof AnalysisSelection a) {
            reveal(a);
        }
    }


    private String copyText() {
        StringBuilder s = new StringBuilder(String.join("\t", titles())).append('\n');
        for (Connection c : selected()) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (i > 0) {
                    s.append('\t');
                }
                s.append(text(c, i));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String tls(Connection c, Function<TlsFacts, String> f) {
        if (!c.isTls()) {
            return "";
        }
        String v = f.apply(c.tls());
        return v == null ? "" : v;
    }

    private static String suite(Connection c) {
        if (!c.isTls()) {
            return "";
        }
        TlsFacts t = c.tls();
        String name = t.cipherSuiteName();
        String code = t.cipherSuite();
        if (name == null || name.isBlank()) {
            return code == null ? "" : code;
        }
        return code == null ? name : name + " (" + code + ")";
    }

    private static String lock(Connection c) {
        if (!c.isTls()) {
            return "— not TLS";
        }
        return c.tls().decrypted() ? "✔ decrypted" : "✘ encrypted";
    }
}
