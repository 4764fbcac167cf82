package org.siptrust.ui.dns.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.ViewPart;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.analysis.DnsRecordView;
import org.siptrust.ui.AnalysisListener;
import org.siptrust.ui.AnalysisService;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.ConnectionSelection;
import org.siptrust.ui.FrameSelection;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.dns.DnsIds;
import org.siptrust.ui.dns.internal.model.DaneRow;
import org.siptrust.ui.dns.internal.model.DnsRow;
import org.siptrust.ui.dns.internal.model.QueryRow;
import org.siptrust.ui.dns.internal.model.ResolutionRows;
import org.siptrust.ui.dns.internal.model.Tone;
import org.siptrust.ui.parts.PartSelectionProvider;
import org.siptrust.ui.parts.StatusAndFilter;

/**
 * The DNS/DANE view (UI.md): per SIP target the RFC 3263 tree NAPTR → SRV → A/AAAA → TLSA with
 * DNSSEC status and the frames behind each answer, the DANE verdict of every TLS connection beside
 * the TLSA record it was checked against, what the client asked against what RFC 3263 says, and all
 * DNS records of the evidence. Follows the active capture editor; selecting a line selects its
 * frames (or its connection), double-click shows them in the editor. "Resolve live" re-analyses with
 * a live resolver, and only when the user allowed it in Preferences > SIP Trust > DNS.
 */
public final class DnsResolverView extends ViewPart {
    public static final String ID = DnsIds.VIEW_RESOLVER;
    static final String TAB_RESOLUTION = "Resolution";
    static final String TAB_DANE = "DANE";
    static final String TAB_RECORDS = "DNS records";

    private final PartSelectionProvider selection = new PartSelectionProvider();
    private final AnalysisListener analysisListener = e -> show(AnalysisService.get().activeAnalysis());
    private final ISelectionListener outsideListener = this::selectionElsewhere;
    private final IPropertyChangeListener preferenceListener = e -> updateActions();

    private DnsLook look;
    private StatusAndFilter header;
    private Label status;
    private CTabFolder tabs;
    private ResolutionTree tree;
    private Label queriesTitle;
    private RowTable<QueryRow> queries;
    private RowTable<DaneRow> dane;
    private RowTable<DnsRecordView> records;
    private Action liveAction;
    private Analysis analysis;
    private boolean quiet;

    @Override
    public void createPartControl(Composite parent) {
        look = new DnsLook(parent.getDisplay());
        header = new StatusAndFilter(parent, "Filter DANE and records", text -> {
            dane.setFilter(text);
            records.setFilter(text);
        });
        Composite root = header.root();
        status = header.status();

        tabs = new CTabFolder(root, SWT.BOTTOM | SWT.FLAT);
        tabs.setLayoutData(StatusAndFilter.contentData());
        tab(TAB_RESOLUTION, resolutionPane(tabs), "RFC 3263 resolution of each SIP target, with DNSSEC and DANE");
        dane = daneTable(tabs);
        tab(TAB_DANE, dane.table(), "The DANE verdict of every TLS connection (RFC 6698, RFC 7673)");
        records = recordsTable(tabs);
        tab(TAB_RECORDS, records.table(), "Every DNS RRset of the evidence with its DNSSEC status");
        tabs.setSelection(0);

        getSite().setSelectionProvider(selection);
        makeActions();
        getSite().getPage().addPostSelectionListener(outsideListener);
        AnalysisService.get().addListener(analysisListener);
        DnsPreferences.store().addPropertyChangeListener(preferenceListener);
        show(AnalysisService.get().activeAnalysis());
    }

    private void tab(String title, Control control, String tip) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setToolTipText(tip);
        item.setControl(control);
    }

    private Control resolutionPane(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        tree = new ResolutionTree(sash, look);
        tree.viewer().addSelectionChangedListener(e -> {
            if (quiet) {
                return;
            }
            DnsRow r = tree.selectedRow();
            showQueries(r);
            if (r != null) {
                publish(r.kind() == DnsRow.Kind.DANE ? connectionSelection(r.dane().connection()) : frames(r.frames()));
            }
        });
        tree.viewer().addDoubleClickListener(e -> {
            DnsRow r = tree.selectedRow();
            if (r != null) {
                showFrames(r.frames());
            }
        });
        Composite right = new Composite(sash, SWT.NONE);
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        right.setLayout(gl);
        queriesTitle = new Label(right, SWT.WRAP);
        queriesTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        queries = new RowTable<>(right, QueryRow.class, List.of(
                new RowTable.Col<QueryRow>("Client", 90, QueryRow::client),
                new RowTable.Col<QueryRow>("Query", 230, QueryRow::query),
                new RowTable.Col<QueryRow>("Type", 60, QueryRow::type),
                new RowTable.Col<QueryRow>("Status", 130, QueryRow::status),
                new RowTable.Col<QueryRow>("Frames", 90, q -> ResolutionTree.frames(q.frames())),
                new RowTable.Col<QueryRow>("Why", 420, QueryRow::note)), 3, QueryRow::tone, look);
        queries.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        queries.viewer().addSelectionChangedListener(e -> {
            if (!quiet && !queries.selected().isEmpty()) {
                publish(frames(queries.selected().get(0).frames()));
            }
        });
        queries.viewer().addDoubleClickListener(e -> {
            if (!queries.selected().isEmpty()) {
                showFrames(queries.selected().get(0).frames());
            }
        });
        sash.setWeights(64, 36);
        return sash;
    }

    private RowTable<DaneRow> daneTable(Composite parent) {
        RowTable<DaneRow> t = new RowTable<>(parent, DaneRow.class, List.of(
                new RowTable.Col<DaneRow>("Connection", 80, r -> r.connection().id(),
                        Comparator.comparingLong(r -> r.connection().firstFrame())),
                new RowTable.Col<DaneRow>("Client", 150, r -> r.connection().client().toString()),
                new RowTable.Col<DaneRow>("Server", 150, r -> r.connection().server().toString()),
                new RowTable.Col<DaneRow>("TLSA name", 250, r -> r.dane().tlsaName()),
                new RowTable.Col<DaneRow>("Result", 110, r -> r.dane().result()),
                new RowTable.Col<DaneRow>("Certificate", 190, DaneRow::certificate),
                new RowTable.Col<DaneRow>("SPKI SHA-256", 160, DaneRow::spkiSha256),
                new RowTable.Col<DaneRow>("TLSA records", 300, r -> String.join("; ", r.dane().records())),
                new RowTable.Col<DaneRow>("Explanation", 500, r -> r.dane().explanation()),
                new RowTable.Col<DaneRow>("Rule", 110, r -> r.dane().rule()),
                new RowTable.Col<DaneRow>("Frames", 120, r -> ResolutionTree.frames(r.dane().frames()))),
                4, r -> Tone.ofDane(r.dane().result()), look);
        t.viewer().addSelectionChangedListener(e -> {
            if (!quiet && !t.selected().isEmpty()) {
                publish(connectionSelection(t.selected().get(0).connection().id()));
            }
        });
        t.viewer().addDoubleClickListener(e -> {
            if (!t.selected().isEmpty()) {
                showFrames(t.selected().get(0).dane().frames());
            }
        });
        return t;
    }

    private RowTable<DnsRecordView> recordsTable(Composite parent) {
        RowTable<DnsRecordView> t = new RowTable<>(parent, DnsRecordView.class, List.of(
                new RowTable.Col<DnsRecordView>("Name", 260, DnsRecordView::name),
                new RowTable.Col<DnsRecordView>("Type", 70, DnsRecordView::type),
                new RowTable.Col<DnsRecordView>("Answers", 420, r -> String.join("; ", r.answers())),
                new RowTable.Col<DnsRecordView>("DNSSEC", 120, DnsRecordView::dnssec),
                new RowTable.Col<DnsRecordView>("Why", 260, r -> r.dnssecReason() == null ? "" : r.dnssecReason()),
                new RowTable.Col<DnsRecordView>("Source", 80, DnsRecordView::source),
                new RowTable.Col<DnsRecordView>("Frames", 160, r -> ResolutionTree.frames(r.frames()),
                        Comparator.comparingLong(r -> r.frames().isEmpty() ? Long.MAX_VALUE : r.frames().get(0)))),
                3, r -> toneOfWord(r.dnssec()), look);
        t.viewer().addSelectionChangedListener(e -> {
            if (!quiet && !t.selected().isEmpty()) {
                publish(frames(t.selected().get(0).frames()));
            }
        });
        t.viewer().addDoubleClickListener(e -> {
            if (!t.selected().isEmpty()) {
                showFrames(t.selected().get(0).frames());
            }
        });
        return t;
    }

    static Tone toneOfWord(String dnssec) {
        try {
            return dnssec == null ? Tone.NONE : Tone.of(org.siptrust.dns.DnssecStatus.fromWord(dnssec));
        } catch (IllegalArgumentException e) {
            return Tone.NONE;
        }
    }

    private void makeActions() {
        liveAction = new Action("Resolve &Live") {
            @Override
            public void run() {
                resolveLive();
            }
        };
        Action preferences = new Action("DNS &Preferences…") {
            @Override
            public void run() {
                PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), DnsIds.PREFERENCES_DNS,
                        new String[] {DnsIds.PREFERENCES_ROOT, DnsIds.PREFERENCES_DNS}, null).open();
            }
        };
        preferences.setToolTipText("Allow live DNS queries and choose the resolver");
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        tb.add(liveAction);
        IMenuManager menu = getViewSite().getActionBars().getMenuManager();
        menu.add(liveAction);
        menu.add(preferences);
        getViewSite().getActionBars().updateActionBars();
        updateActions();
    }

    void updateActions() {
        if (liveAction == null) {
            return;
        }
        CaptureEditor editor = AnalysisService.get().activeEditor();
        String resolver = DnsPreferences.liveResolver();
        liveAction.setEnabled(resolver != null && editor != null && !editor.isAnalysing());
        liveAction.setToolTipText(!DnsPreferences.liveAllowed()
                ? "Live DNS is off: allow it in Preferences > SIP Trust > DNS (view menu: DNS Preferences…)"
                : resolver == null ? "Set the resolver (host:port) in Preferences > SIP Trust > DNS"
                : editor == null ? "Open a capture to resolve its SIP targets live"
                : "Analyse " + editor.captureInput().getName() + " again, asking " + resolver + " as well");
    }

    /** Re-runs the active capture's analysis with the live resolver (when allowed); false when it did not. */
    boolean resolveLive() {
        CaptureEditor editor = AnalysisService.get().activeEditor();
        String resolver = DnsPreferences.liveResolver();
        if (editor == null || resolver == null || editor.isAnalysing()) {
            return false;
        }
        editor.reanalyse(editor.captureInput().options().toBuilder().dnsServer(resolver).build());
        updateActions();
        return true;
    }

    // --- analysis ------------------------------------------------------------------------------------

    private void show(Analysis a) {
        if (status == null || status.isDisposed()) {
            return;
        }
        analysis = a;
        quiet = true;
        try {
            tree.setInput(ResolutionRows.of(a));
            dane.setInput(DaneRow.of(a));
            records.setInput(a == null ? List.of() : a.dnsRecords());
            showQueries(null);
        } finally {
            quiet = false;
        }
        selection.quietly(StructuredSelection.EMPTY);
        updateStatus();
        updateActions();
    }

    private void updateStatus() {
        CaptureEditor editor = AnalysisService.get().activeEditor();
        String text;
        if (analysis == null) {
            text = editor != null && editor.isAnalysing() ? "Analysing " + editor.captureInput().getName() + "…"
                    : "No capture is open.";
        } else if (analysis.resolutions().isEmpty() && analysis.dnsRecords().isEmpty()) {
            text = "No DNS evidence: the capture holds no DNS traffic and no zone file is attached. Attach zone files and "
                    + "DNSSEC anchors with Keys… (Ctrl+K)" + (DnsPreferences.liveResolver() != null ? ", or press Resolve Live."
                            : ", or allow live DNS in Preferences > SIP Trust > DNS.");
        } else {
            Set<String> sources = new LinkedHashSet<>();
            analysis.dnsRecords().forEach(r -> sources.add(r.source()));
            long match = analysis.dane().stream().filter(d -> "match".equals(d.result())).count();
            int targets = analysis.resolutions().size();
            text = targets + (targets == 1 ? " SIP target" : " SIP targets") + " · " + analysis.dnsRecords().size()
                    + " RRsets (" + String.join(", ", sources) + ") · DANE on " + analysis.dane().size()
                    + " connections: " + match + " match"
                    + (analysis.options().dnsServer() != null ? " · live resolver " + analysis.options().dnsServer() : "");
        }
        header.setStatus(text);
    }

    private void showQueries(DnsRow row) {
        DnsRow target = row;
        if (row != null && row.kind() != DnsRow.Kind.TARGET && row.resolution() != null) {
            for (DnsRow r : rootRows()) {
                if (r.resolution() == row.resolution()) {
                    target = r;
                }
            }
        }
        if (target == null || target.resolution() == null || analysis == null) {
            queriesTitle.setText("Select a SIP target (or a step of it) to compare the client's queries with RFC 3263.");
            queries.setInput(List.of());
        } else {
            List<QueryRow> rows = QueryRow.of(target.resolution(), analysis);
            queriesTitle.setText("Queries for " + target.resolution().target() + ": what each sender asked against what "
                    + "RFC 3263 §4 calls for" + (rows.isEmpty() ? " — no request in the capture names this target." : ""));
            queries.setInput(rows);
        }
        queriesTitle.getParent().layout(true);
    }

    @SuppressWarnings("unchecked")
    private List<DnsRow> rootRows() {
        Object input = tree.viewer().getInput();
        return input instanceof List<?> l ? (List<DnsRow>) l : List.of();
    }

    // --- selection -------------------------------------------------------------------------------------

    private ISelection frames(List<Long> frames) {
        if (analysis == null || frames.isEmpty()) {
            return StructuredSelection.EMPTY;
        }
        return new FrameSelection(analysis, new ArrayList<>(new TreeSet<>(frames)));
    }

    private ISelection connectionSelection(String id) {
        if (analysis == null) {
            return StructuredSelection.EMPTY;
        }
        return analysis.connection(id).<ISelection>map(c -> new ConnectionSelection(analysis, List.of(c)))
                .orElse(StructuredSelection.EMPTY);
    }

    private void publish(ISelection s) {
        if (!s.isEmpty()) {
            selection.changed(s);
        }
    }

    /** Selects {@code frames} on the capture editor's Frames page (double-click). */
    void showFrames(List<Long> frames) {
        CaptureEditor editor = AnalysisService.get().activeEditor();
        if (frames.isEmpty() || editor == null || editor.analysis() == null || editor.analysis() != analysis) {
            return;
        }
        getSite().getPage().bringToTop(editor);
        editor.showPage(SipTrustIds.PAGE_FRAMES);
        editor.reveal(new FrameSelection(analysis, new ArrayList<>(new TreeSet<>(frames))));
    }

    private void selectionElsewhere(IWorkbenchPart part, ISelection s) {
        if (part == this || !(s instanceof ConnectionSelection cs) || analysis == null || cs.analysis() != analysis) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Connection c : cs.connections()) {
            ids.add(c.id());
        }
        List<Object> matching = new ArrayList<>();
        if (dane.viewer().getInput() instanceof Object[] rows) {
            for (Object o : rows) {
                if (ids.contains(((DaneRow) o).connection().id())) {
                    matching.add(o);
                }
            }
        }
        if (matching.isEmpty()) {
            return;
        }
        quiet = true;
        try {
            dane.viewer().setSelection(new StructuredSelection(matching), true);
        } finally {
            quiet = false;
        }
    }

    @Override
    public void setFocus() {
        tree.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        AnalysisService.get().removeListener(analysisListener);
        getSite().getPage().removePostSelectionListener(outsideListener);
        DnsPreferences.store().removePropertyChangeListener(preferenceListener);
        if (look != null) {
            look.dispose();
        }
        super.dispose();
    }

    // --- for tests -------------------------------------------------------------------------------------

    Analysis analysis() {
        return analysis;
    }

    ResolutionTree tree() {
        return tree;
    }

    RowTable<QueryRow> queries() {
        return queries;
    }

    RowTable<DaneRow> dane() {
        return dane;
    }

    RowTable<DnsRecordView> records() {
        return records;
    }

    Label statusLabel() {
        return status;
    }

    Action liveAction() {
        return liveAction;
    }

    void showTab(String title) {
        for (CTabItem item : tabs.getItems()) {
            if (item.getText().equals(title)) {
                tabs.setSelection(item);
            }
        }
    }
}
