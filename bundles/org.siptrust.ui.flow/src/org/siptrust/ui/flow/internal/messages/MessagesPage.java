package org.siptrust.ui.flow.internal.messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.siptrust.analysis.Analysis;
import org.siptrust.core.CancelledException;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.calls.SipCall;
import org.siptrust.ui.AnalysisSelection;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.FrameSelection;
import org.siptrust.ui.ICaptureEditorPage;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.flow.FlowIds;
import org.siptrust.ui.flow.MessageSelection;
import org.siptrust.ui.flow.internal.FilterablePage;
import org.siptrust.ui.flow.internal.FlowImages;
import org.siptrust.ui.flow.internal.PageContext;
import org.siptrust.ui.flow.internal.details.MessageDetailsPane;
import org.siptrust.ui.flow.internal.stream.FollowTlsStreamView;
import org.siptrust.ui.parts.CopySupport;
import org.siptrust.ui.parts.PartSelectionProvider;

/**
 * The Messages page: every SIP message of the capture in a virtual table (frame, time, addresses,
 * transport with a lock when decrypted, method or status, Request-URI or reason, Call-ID, CSeq,
 * retransmission and malformed marks), filtered by call, method and free text over the raw message
 * (Ctrl+F), sortable by any column. The selected message shows below as highlighted raw text and a
 * tree of its parsed headers, and its frame is selected everywhere.
 */
public final class MessagesPage implements ICaptureEditorPage, FilterablePage {
    /** Up to this many messages are filtered on the UI thread; more in a Job. */
    static int syncFilterLimit = 20_000;
    private static final Color RETRANSMISSION = new Color(0x8a, 0x94, 0xa0);
    private static final Color MALFORMED = new Color(0xfd, 0xe2, 0xe2);
    private static final Color FAILING = new Color(0xc0, 0x1c, 0x1c);
    private static final String ALL_CALLS = "All calls";
    private static final String ALL_METHODS = "All methods";
    /** Calls listed in the combo at most (a combo with tens of thousands of items is unusable); others are added when filtered on. */
    static final int MAX_COMBO_CALLS = 1000;

    private final PartSelectionProvider selection = new PartSelectionProvider(this::setSelectionFromOutside);
    private CaptureEditor editor;
    private SashForm root;
    private Combo callCombo;
    private Combo methodCombo;
    private Text filterText;
    private Label countLabel;
    private Table table;
    private MessageDetailsPane details;
    private MessageRows rows;
    private List<SipCall> comboCalls = new ArrayList<>();
    private List<String> comboMethods = List.of();
    private MessageFilter filter = MessageFilter.NONE;
    private MessageColumn sortColumn;
    private boolean sortDown;
    private Job filterJob;
    private int filterGeneration;
    private boolean filtering;
    private boolean quiet;

    @Override
    public Control createControl(Composite parent, CaptureEditor captureEditor) {
        this.editor = captureEditor;
        root = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(root, SWT.NONE);
        GridLayout layout = new GridLayout(6, false);
        layout.marginHeight = 2;
        layout.marginWidth = 2;
        top.setLayout(layout);

        new Label(top, SWT.NONE).setText("Call:");
        callCombo = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridData callData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        callData.widthHint = 380;
        callCombo.setLayoutData(callData);
        callCombo.setToolTipText("Show the messages of one call (Call-ID), on every hop");
        callCombo.addListener(SWT.Selection, e -> applyFilter(filter.withCallId(selectedCallId())));

        new Label(top, SWT.NONE).setText("Method:");
        methodCombo = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridData methodData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        methodData.widthHint = 120;
        methodCombo.setLayoutData(methodData);
        methodCombo.setToolTipText("Requests of this method and the responses to them (by CSeq)");
        methodCombo.addListener(SWT.Selection, e -> applyFilter(filter.withMethod(selectedMethod())));

        filterText = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.SINGLE);
        filterText.setMessage("Filter: text in the raw message (Ctrl+F)");
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterText.addListener(SWT.Modify, e -> {
            String typed = filterText.getText();
            Display d = filterText.getDisplay();
            d.timerExec(250, () -> {
                if (!filterText.isDisposed() && typed.equals(filterText.getText())) {
                    applyFilter(filter.withText(typed));
                }
            });
        });
        filterText.addListener(SWT.DefaultSelection, e -> applyFilter(filter.withText(filterText.getText())));
        filterText.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && table.getItemCount() > 0) {
                table.setFocus();
                e.doit = false;
            }
        });

        countLabel = new Label(top, SWT.NONE);
        GridData countData = new GridData(SWT.END, SWT.CENTER, false, false);
        countData.widthHint = 150;
        countLabel.setLayoutData(countData);

        table = new Table(top, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (MessageColumn c : MessageColumn.values()) {
            TableColumn col = new TableColumn(table, c == MessageColumn.NUMBER || c == MessageColumn.TIME ? SWT.RIGHT : SWT.LEFT);
            col.setText(c.title());
            col.setWidth(c.width());
            col.setMoveable(true);
            col.addListener(SWT.Selection, e -> sortBy(c));
        }
        table.addListener(SWT.SetData, e -> fillItem((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.Selection, e -> userSelected());
        table.addListener(SWT.DefaultSelection, e -> showInFrames());
        CopySupport.install(table, this::copyText);
        createMenu();

        details = new MessageDetailsPane(root);
        root.setWeights(60, 40);

        captureEditor.acceptCaptureDrops(table);
        PageContext.install(captureEditor, parent, FlowIds.CONTEXT_FILTERABLE_PAGE);
        clear();
        return root;
    }

    private void createMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            SipMessage first = firstSelected();
            Action frames = new Action("Show Frame") {
                @Override
                public void run() {
                    showInFrames();
                }
            };
            frames.setEnabled(first != null);
            m.add(frames);
            Action ladder = new Action("Show in Ladder") {
                @Override
                public void run() {
                    if (editor.showPage(FlowIds.PAGE_LADDER) && rows != null && first != null) {
                        editor.reveal(MessageSelection.of(rows.analysis(), first));
                    }
                }
            };
            ladder.setEnabled(first != null && editor.page(FlowIds.PAGE_LADDER).isPresent());
            m.add(ladder);
            Action follow = new Action("Follow TLS Stream") {
                @Override
                public void run() {
                    FollowTlsStreamView.open(editor.getSite().getPage(), MessageSelection.of(rows.analysis(), first));
                }
            };
            follow.setEnabled(first != null && first.context() != null && first.context().isSecure());
            m.add(follow);
            Action call = new Action("Filter on This Call") {
                @Override
                public void run() {
                    setFilter(filter.withCallId(first.callId()));
                }
            };
            call.setEnabled(first != null && first.callId() != null);
            m.add(call);
            m.add(new Separator());
            Action copy = new Action("Copy\tCtrl+C") {
                @Override
                public void run() {
                    CopySupport.copy(table, copyText());
                }
            };
            copy.setEnabled(first != null);
            m.add(copy);
        });
        table.setMenu(menu.createContextMenu(table));
        table.addListener(SWT.Dispose, e -> menu.dispose());
    }

    @Override
    public void analysisChanged(Analysis analysis) {
        cancelFilter();
        if (analysis == null) {
            clear();
            return;
        }
        rows = new MessageRows(analysis);
        List<SipCall> calls = analysis.calls() == null ? List.of() : analysis.calls().calls();
        comboCalls = new ArrayList<>(calls.subList(0, Math.min(MAX_COMBO_CALLS, calls.size())));
        List<String> items = new ArrayList<>();
        items.add(ALL_CALLS);
        for (SipCall c : comboCalls) {
            items.add(callItem(c));
        }
        callCombo.setItems(items.toArray(new String[0]));
        comboMethods = rows.methods();
        List<String> methods = new ArrayList<>();
        methods.add(ALL_METHODS);
        methods.addAll(comboMethods);
        methodCombo.setItems(methods.toArray(new String[0]));
        // keep what the user filtered on when the same capture is analysed again
        MessageFilter keep = filter;
        selectCombos(keep);
        applyFilter(new MessageFilter(keep.callId() != null && analysis.calls() != null && analysis.calls().call(keep.callId()) != null
                ? keep.callId() : null, comboMethods.contains(keep.method()) ? keep.method() : null, keep.text()));
        details.show(null, null);
        selection.quietly(null);
    }

    private void clear() {
        rows = null;
        comboCalls = new ArrayList<>();
        comboMethods = List.of();
        callCombo.setItems(ALL_CALLS);
        callCombo.select(0);
        methodCombo.setItems(ALL_METHODS);
        methodCombo.select(0);
        table.removeAll();
        table.setItemCount(0);
        countLabel.setText("");
        details.show(null, null);
        selection.quietly(null);
    }

    // --- filtering and sorting --------------------------------------------------------------------------

    /** Shows the messages {@code f} lets through (the combos and the text field follow). */
    public void setFilter(MessageFilter f) {
        selectCombos(f);
        if (!filterText.getText().equals(f.text() == null ? "" : f.text())) {
            filterText.setText(f.text() == null ? "" : f.text());
        }
        applyFilter(f);
    }

    public MessageFilter filter() {
        return filter;
    }

    /** True while a filter runs in the background. */
    public boolean isFiltering() {
        return filtering;
    }

    static String callItem(SipCall c) {
        return c.label() + "  (" + c.messages().size() + " messages, Call-ID " + c.callId() + ")";
    }

    private void selectCombos(MessageFilter f) {
        if (f.callId() != null && rows != null && rows.analysis().calls() != null
                && comboCalls.stream().noneMatch(c -> c.callId().equals(f.callId()))) {
            SipCall extra = rows.analysis().calls().call(f.callId());
            if (extra != null) {
                comboCalls.add(extra);
                callCombo.add(callItem(extra));
            }
        }
        int call = 0;
        for (int i = 0; i < comboCalls.size(); i++) {
            if (comboCalls.get(i).callId().equals(f.callId())) {
                call = i + 1;
            }
        }
        callCombo.select(call);
        int method = f.method() == null ? 0 : comboMethods.indexOf(f.method()) + 1;
        methodCombo.select(Math.max(0, method));
    }

    private String selectedCallId() {
        int i = callCombo.getSelectionIndex();
        return i <= 0 || i > comboCalls.size() ? null : comboCalls.get(i - 1).callId();
    }

    private String selectedMethod() {
        int i = methodCombo.getSelectionIndex();
        return i <= 0 || i > comboMethods.size() ? null : comboMethods.get(i - 1);
    }

    private void sortBy(MessageColumn c) {
        if (sortColumn == c) {
            sortDown = !sortDown;
        } else {
            sortColumn = c;
            sortDown = false;
        }
        TableColumn col = table.getColumn(c.ordinal());
        table.setSortColumn(col);
        table.setSortDirection(sortDown ? SWT.DOWN : SWT.UP);
        applyFilter(filter);
    }

    private Comparator<SipMessage> order() {
        if (sortColumn == null || rows == null) {
            return null;
        }
        Comparator<SipMessage> o = sortColumn.order(rows);
        return sortDown ? o.reversed() : o;
    }

    private void applyFilter(MessageFilter f) {
        filter = f;
        cancelFilter();
        MessageRows r = rows;
        if (r == null) {
            return;
        }
        List<SipMessage> keep = selectedMessages();
        Comparator<SipMessage> order = order();
        int gen = ++filterGeneration;
        if (r.all().size() <= syncFilterLimit) {
            install(r, r.compute(f, order, () -> false), keep);
            return;
        }
        filtering = true;
        countLabel.setText("Filtering…");
        Display display = table.getDisplay();
        Job job = new Job("Filtering SIP messages") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    int[] result = r.compute(f, order, monitor::isCanceled);
                    display.asyncExec(() -> {
                        if (gen == filterGeneration && rows == r && !table.isDisposed()) {
                            filtering = false;
                            install(r, result, keep);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (CancelledException e) {
                    return Status.CANCEL_STATUS;
                }
            }
        };
        job.setSystem(true);
        filterJob = job;
        job.schedule();
    }

    private void cancelFilter() {
        filterGeneration++;
        filtering = false;
        if (filterJob != null) {
            filterJob.cancel();
            filterJob = null;
        }
    }

    private void install(MessageRows r, int[] result, List<SipMessage> keep) {
        r.show(result);
        table.setRedraw(false);
        try {
            table.clearAll();
            table.setItemCount(result.length);
            List<Integer> again = new ArrayList<>();
            for (SipMessage m : keep) {
                int row = r.rowOf(m);
                if (row >= 0) {
                    again.add(row);
                }
            }
            table.deselectAll();
            if (!again.isEmpty()) {
                table.setSelection(again.stream().mapToInt(Integer::intValue).toArray());
                table.showSelection();
            }
        } finally {
            table.setRedraw(true);
        }
        countLabel.setText(result.length == r.all().size() ? r.all().size() + " messages"
                : result.length + " of " + r.all().size() + " messages");
    }

    // --- rows ----------------------------------------------------------------------------------------------

    private void fillItem(TableItem item, int row) {
        if (rows == null || row < 0 || row >= rows.size()) {
            return;
        }
        SipMessage m = rows.row(row);
        for (MessageColumn c : MessageColumn.values()) {
            item.setText(c.ordinal(), c.text(m, rows));
        }
        if (m.context() != null && m.context().decrypted()) {
            item.setImage(MessageColumn.TRANSPORT.ordinal(), FlowImages.lock(table.getDisplay()));
        }
        if (rows.failure(m) != null) {
            item.setForeground(FAILING);
        } else if (rows.isRetransmission(m)) {
            item.setForeground(RETRANSMISSION);
        }
        if (m.malformed()) {
            item.setBackground(MALFORMED);
        }
        item.setData(m);
    }

    /** The message of showing row {@code row} (for tests and other pages). */
    public SipMessage messageAt(int row) {
        return rows == null || row < 0 || row >= rows.size() ? null : rows.row(row);
    }

    private List<SipMessage> selectedMessages() {
        List<SipMessage> out = new ArrayList<>();
        if (rows == null) {
            return out;
        }
        int[] indices = table.getSelectionIndices();
        Arrays.sort(indices);
        for (int i : indices) {
            if (i < rows.size()) {
                out.add(rows.row(i));
            }
        }
        return out;
    }

    private SipMessage firstSelected() {
        List<SipMessage> s = selectedMessages();
        return s.isEmpty() ? null : s.get(0);
    }

    private void userSelected() {
        if (rows == null || quiet) {
            return;
        }
        List<SipMessage> s = selectedMessages();
        int focus = table.getSelectionIndex();
        details.show(focus >= 0 && focus < rows.size() ? rows.row(focus) : s.isEmpty() ? null : s.get(0), rows.analysis().calls());
        selection.changed(s.isEmpty() ? null : new MessageSelection(rows.analysis(), s));
    }

    private void showInFrames() {
        SipMessage m = firstSelected();
        if (m != null && rows != null) {
            editor.showPage(SipTrustIds.PAGE_FRAMES);
            editor.reveal(FrameSelection.of(rows.analysis(), m.frame()));
        }
    }

    /** Selects {@code m}'s row as a click does (selection published, details shown); false when it is not showing. */
    public boolean select(SipMessage m) {
        int row = rows == null ? -1 : rows.rowOf(m);
        if (row < 0) {
            return false;
        }
        table.setSelection(row);
        table.showSelection();
        userSelected();
        return true;
    }

    // --- selection -----------------------------------------------------------------------------------------

    @Override
    public ISelectionProvider getSelectionProvider() {
        return selection;
    }

    @Override
    public boolean reveal(AnalysisSelection s) {
        if (rows == null || s.analysis() != rows.analysis()) {
            return false;
        }
        List<SipMessage> wanted = new ArrayList<>();
        if (s instanceof MessageSelection ms) {
            wanted.addAll(ms.messages());
        } else {
            Set<Long> frames = new HashSet<>(s.frames());
            for (SipMessage m : rows.all()) {
                if (frames.contains(m.frame())) {
                    wanted.add(m);
                }
            }
        }
        List<Integer> showing = new ArrayList<>();
        for (SipMessage m : wanted) {
            int row = rows.rowOf(m);
            if (row >= 0) {
                showing.add(row);
            }
        }
        quiet = true;
        try {
            table.deselectAll();
            if (showing.isEmpty()) {
                details.show(wanted.isEmpty() ? null : wanted.get(0), rows.analysis().calls());
                selection.quietly(wanted.isEmpty() ? null : new MessageSelection(rows.analysis(), wanted));
                return false;
            }
            int[] indices = showing.stream().mapToInt(Integer::intValue).sorted().toArray();
            table.setSelection(indices);
            table.showItem(table.getItem(indices[0]));
            details.show(rows.row(indices[0]), rows.analysis().calls());
            selection.quietly(new MessageSelection(rows.analysis(), wanted));
            return true;
        } finally {
            quiet = false;
        }
    }

    private void setSelectionFromOutside(ISelection s) {
        if (s instanceof AnalysisSelection a) {
            reveal(a);
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void focusFilter() {
        filterText.setFocus();
        filterText.selectAll();
    }

    @Override
    public void dispose() {
        cancelFilter();
    }

    private String copyText() {
        if (rows == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (MessageColumn c : MessageColumn.values()) {
            s.append(c == MessageColumn.NUMBER ? "" : "\t").append(c.title());
        }
        s.append('\n');
        for (SipMessage m : selectedMessages()) {
            s.append(rows.line(m)).append('\n');
        }
        return s.toString();
    }

    // --- for tests -----------------------------------------------------------------------------------------

    public Table table() {
        return table;
    }

    public Text filterText() {
        return filterText;
    }

    public Combo callCombo() {
        return callCombo;
    }

    public Combo methodCombo() {
        return methodCombo;
    }

    public MessageDetailsPane details() {
        return details;
    }

    public MessageRows rows() {
        return rows;
    }
}
