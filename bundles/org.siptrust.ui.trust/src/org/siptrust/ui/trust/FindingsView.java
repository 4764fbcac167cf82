package org.siptrust.ui.trust;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.core.Finding;
import org.siptrust.core.Severity;
import org.siptrust.trust.Hop;
import org.siptrust.ui.AnalysisEvent;
import org.siptrust.ui.AnalysisListener;
import org.siptrust.ui.AnalysisSelection;
import org.siptrust.ui.AnalysisService;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.parts.CopySupport;
import org.siptrust.ui.parts.PartSelectionProvider;
import org.siptrust.ui.trust.internal.findings.FindingColumn;
import org.siptrust.ui.trust.internal.findings.FindingRow;
import org.siptrust.ui.trust.internal.findings.FindingsModel;
import org.siptrust.ui.trust.internal.nav.Navigator;

/**
 * The Findings view, like Eclipse's Problems view: every finding of the active capture's analysis
 * in a virtual table grouped by severity, sortable by any column, filtered by severity and by
 * text (Ctrl+F); Ctrl+C copies the selected rows. Selecting findings publishes a
 * {@link FindingSelection}; double-click (or Enter) selects the first frame of the evidence in the
 * capture editor and the finding's hop in the Hops view.
 */
public final class FindingsView extends ViewPart {
    public static final String ID = SipTrustIds.VIEW_FINDINGS;

    private final PartSelectionProvider selection = new PartSelectionProvider(s -> {
    });
    private final AnalysisListener analysisListener = this::analysisChanged;
    private Text filter;
    private final Map<Severity, Button> severityButtons = new HashMap<>();
    private Button group;
    private Label summary;
    private Table table;
    private Analysis analysis;
    private FindingsModel model;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(6, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        root.setLayout(layout);

        filter = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage("Filter: id, message, rule, hop, frame (Ctrl+F)");
        GridData filterData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        filterData.widthHint = 300;
        filterData.horizontalIndent = 4;
        filter.setLayoutData(filterData);
        filter.addListener(SWT.Modify, e -> {
            if (model != null) {
                model.setFilter(filter.getText());
                refresh();
            }
        });
        filter.addListener(SWT.DefaultSelection, e -> table.setFocus());
        for (Severity s : Severity.values()) {
            Button b = new Button(root, SWT.CHECK);
            b.setSelection(true);
            b.setImage(icon(s));
            b.setText(plural(s) + " (0)");
            b.setToolTipText("Show findings of severity " + s.word());
            b.addListener(SWT.Selection, e -> {
                if (model != null) {
                    model.show(s, b.getSelection());
                    refresh();
                }
            });
            severityButtons.put(s, b);
        }
        group = new Button(root, SWT.CHECK);
        group.setText("Group by severity");
        group.setSelection(true);
        group.addListener(SWT.Selection, e -> {
            if (model != null) {
                model.setGrouped(group.getSelection());
                refresh();
            }
        });
        summary = new Label(root, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        table = new Table(root, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (FindingColumn c : FindingColumn.values()) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c.title());
            column.setWidth(c.width());
            column.setMoveable(true);
            column.setData(c);
            column.addListener(SWT.Selection, e -> sortBy(column));
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item));
        table.addListener(SWT.Selection, e -> publishSelection());
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        table.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                copy();
                e.doit = false;
            } else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) {
                filter.setFocus();
                e.doit = false;
            }
        });
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                table.setFocus();
            }
        });
        contextMenu();
        getSite().setSelectionProvider(selection);
        AnalysisService.get().addListener(analysisListener);
        refresh();
        show(AnalysisService.get().activeAnalysis());
    }

    private void contextMenu() {
        MenuManager menu = new MenuManager();
        Action copy = new Action("&Copy\tCtrl+C") {
            @Override
            public void run() {
                copy();
            }
        };
        Action open = new Action("&Go to Evidence") {
            @Override
            public void run() {
                openSelected();
            }
        };
        menu.add(open);
        menu.add(copy);
        table.setMenu(menu.createContextMenu(table));
    }

    private static Image icon(Severity s) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return images.getImage(switch (s) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        });
    }

    private static String plural(Severity s) {
        return switch (s) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Info";
        };
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        AnalysisService.get().removeListener(analysisListener);
        super.dispose();
    }

    // --- API (also for tests) -----------------------------------------------------------------------

    public Table table() {
        return table;
    }

    /** The rows model, or null with no analysis. */
    public FindingsModel model() {
        return model;
    }

    public Text filterText() {
        return filter;
    }

    public Button severityButton(Severity s) {
        return severityButtons.get(s);
    }

    public Button groupButton() {
        return group;
    }

    /** Index of the first row showing a finding with {@code id}, or -1. */
    public int rowOf(String findingId) {
        if (model == null) {
            return -1;
        }
        List<FindingRow> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof FindingRow.Item item && item.finding().id().equals(findingId)) {
                return i;
            }
        }
        return -1;
    }

    /** What double-click on row {@code index} does. */
    public void open(int index) {
        table.setSelection(index);
        publishSelection();
        openSelected();
    }

    // --- analysis -----------------------------------------------------------------------------------

    private void analysisChanged(AnalysisEvent event) {
        if (event.kind() != AnalysisEvent.Kind.CLOSED && table != null && !table.isDisposed()) {
            show(AnalysisService.get().activeAnalysis());
        }
    }

    private void show(Analysis a) {
        if (a == analysis && (a != null || model == null)) {
            return;
        }
        analysis = a;
        model = a == null ? null : new FindingsModel(a.findings(), connectionLabels(a));
        if (model != null) {
            model.setGrouped(group.getSelection());
            model.setFilter(filter.getText());
            for (Severity s : Severity.values()) {
                model.show(s, severityButtons.get(s).getSelection());
            }
        }
        selection.quietly(null);
        refresh();
    }

    /** {@code c1 bob-pc.biloxi.example.com -> biloxi.example.com (127.0.0.12:5061)}: the hop as people name it. */
    private static Map<String, String> connectionLabels(Analysis a) {
        Map<String, Hop> hops = new HashMap<>();
        a.hops().forEach(h -> hops.put(h.connection(), h));
        Map<String, String> labels = new HashMap<>();
        for (Connection c : a.connections()) {
            Hop h = hops.get(c.id());
            String client = h != null && h.clientLabel() != null ? h.clientLabel() : c.client().ip();
            String server = h != null && h.serverLabel() != null ? h.serverLabel() : c.server().ip();
            labels.put(c.id(), c.id() + " " + client + " -> " + server + " (" + c.server() + ")");
        }
        return labels;
    }

    private void refresh() {
        table.setRedraw(false);
        try {
            table.clearAll();
            table.setItemCount(model == null ? 0 : model.rows().size());
        } finally {
            table.setRedraw(true);
        }
        for (Severity s : Severity.values()) {
            long n = model == null ? 0 : model.findings().stream().filter(f -> f.severity() == s).count();
            severityButtons.get(s).setText(plural(s) + " (" + n + ")");
        }
        if (model == null) {
            summary.setText(analysis == null ? "No capture open." : "");
        } else {
            int shown = model.shownFindings().size();
            summary.setText(shown == model.findings().size() ? model.findings().size() + " findings"
                    : shown + " of " + model.findings().size() + " findings shown");
        }
        summary.getParent().layout(true);
    }

    private void fill(TableItem item) {
        int index = table.indexOf(item);
        if (model == null || index < 0 || index >= model.rows().size()) {
            return;
        }
        FindingRow row = model.rows().get(index);
        if (row instanceof FindingRow.Group g) {
            item.setText(FindingColumn.ID.ordinal(), g.title());
            item.setImage(FindingColumn.ID.ordinal(), icon(g.severity()));
            item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            item.setData(g);
            return;
        }
        Finding f = ((FindingRow.Item) row).finding();
        FindingColumn[] columns = FindingColumn.values();
        for (int i = 0; i < columns.length; i++) {
            item.setText(i, model.text(f, columns[i]));
        }
        item.setImage(FindingColumn.ID.ordinal(), icon(f.severity()));
        item.setData(f);
    }

    private void sortBy(TableColumn column) {
        if (model == null) {
            return;
        }
        model.sortBy((FindingColumn) column.getData());
        table.setSortColumn(column);
        table.setSortDirection(model.ascending() ? SWT.UP : SWT.DOWN);
        refresh();
    }

    /** Sorts as a click on the header of {@code c} does. */
    public void sortBy(FindingColumn c) {
        sortBy(table.getColumn(c.ordinal()));
    }

    // --- selection and navigation -------------------------------------------------------------------

    private List<Finding> selectedFindings() {
        List<Finding> out = new ArrayList<>();
        if (model == null) {
            return out;
        }
        for (int i : table.getSelectionIndices()) {
            if (i >= 0 && i < model.rows().size() && model.rows().get(i) instanceof FindingRow.Item item) {
                out.add(item.finding());
            }
        }
        return out;
    }

    private void publishSelection() {
        List<Finding> chosen = selectedFindings();
        ISelection s = chosen.isEmpty() || analysis == null ? null : new FindingSelection(analysis, chosen);
        selection.changed(s);
    }

    private void openSelected() {
        if (model == null) {
            return;
        }
        int index = table.getSelectionIndex();
        if (index >= 0 && index < model.rows().size() && model.rows().get(index) instanceof FindingRow.Group g) {
            model.toggleCollapsed(g.severity());
            refresh();
            return;
        }
        List<Finding> chosen = selectedFindings();
        if (chosen.isEmpty()) {
            return;
        }
        Finding f = chosen.get(0);
        var page = getSite().getPage();
        if (f.connection() != null && Navigator.showView(page, HopsView.ID) instanceof HopsView hops) {
            hops.selectConnection(f.connection());
        }
        List<Long> frames = !f.frames().isEmpty() ? List.of(f.frames().get(0))
                : f.connection() == null ? List.of()
                        : analysis.connection(f.connection()).map(Connection::frames).orElse(List.of());
        if (!frames.isEmpty() && !Navigator.showFrames(page, analysis, frames, true)) {
            summary.setText("The capture of these findings is no longer open in an editor.");
        }
    }

    private void copy() {
        if (model == null || table.getSelectionCount() == 0) {
            return;
        }
        int[] indices = table.getSelectionIndices();
        java.util.Arrays.sort(indices);
        CopySupport.copy(table, model.copyText(indices));
    }

    /** The analysis whose findings show, or null. */
    public Analysis analysis() {
        return analysis;
    }

    /** Selection of the view as the workbench sees it (for tests). */
    public AnalysisSelection currentSelection() {
        return selection.getSelection() instanceof AnalysisSelection a ? a : null;
    }
}
