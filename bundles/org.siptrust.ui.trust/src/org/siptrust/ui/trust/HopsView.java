package org.siptrust.ui.trust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.CertificateRecord;
import org.siptrust.analysis.Connection;
import org.siptrust.core.Finding;
import org.siptrust.trust.Profile;
import org.siptrust.ui.AnalysisEvent;
import org.siptrust.ui.AnalysisListener;
import org.siptrust.ui.AnalysisSelection;
import org.siptrust.ui.AnalysisService;
import org.siptrust.ui.ConnectionSelection;
import org.siptrust.ui.FrameSelection;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.parts.PartSelectionProvider;
import org.siptrust.ui.trust.internal.graph.GraphEdge;
import org.siptrust.ui.trust.internal.graph.GraphExport;
import org.siptrust.ui.trust.internal.graph.GraphLayout;
import org.siptrust.ui.trust.internal.graph.HopGraph;
import org.siptrust.ui.trust.internal.graph.HopGraphBuilder;
import org.siptrust.ui.trust.internal.graph.HopGraphCanvas;
import org.siptrust.ui.trust.internal.nav.Navigator;
import org.siptrust.ui.trust.internal.panel.HopPanel;

/**
 * The Hops view, the trust visualiser: the SIP path of the active capture as a graph laid out in
 * the order the request travelled, each TLS connection an arrow from client to server coloured by
 * its verdict under the profile chosen in the switcher; clicking an edge explains it in the hop
 * panel beside the graph. The graph exports as PNG and SVG. Follows the active capture editor and
 * the selection of the other views (a frame, a connection, a finding selects its hop).
 */
public final class HopsView extends ViewPart {
    public static final String ID = SipTrustIds.VIEW_HOPS;

    private final PartSelectionProvider selection = new PartSelectionProvider(this::setSelectionFromOutside);
    private final AnalysisListener analysisListener = this::analysisChanged;
    private ISelectionListener selectionListener;
    private Combo profiles;
    private Label status;
    private HopGraphCanvas canvas;
    private HopPanel panel;
    private Analysis analysis;
    private HopGraph graph;
    private Job building;
    /** The hop selected before a re-analysis, selected again in the new graph when it still exists. */
    private String remembered;
    private org.siptrust.ui.CaptureEditor rememberedEditor;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        root.setLayout(layout);

        Label profileLabel = new Label(root, SWT.NONE);
        profileLabel.setText("&Profile:");
        GridData labelData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        labelData.horizontalIndent = 6;
        profileLabel.setLayoutData(labelData);
        profiles = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Profile p : Profile.values()) {
            profiles.add(p.label());
        }
        profiles.select(0);
        profiles.setToolTipText("The identity-matching rules the graph is coloured by (TRUST-RULES.md R10)");
        profiles.addListener(SWT.Selection, e -> profileChanged());
        status = new Label(root, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.horizontalIndent = 12;
        status.setLayoutData(statusData);

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        sashData.verticalIndent = 3;
        sash.setLayoutData(sashData);
        canvas = new HopGraphCanvas(sash);
        canvas.onSelect(this::edgeSelected);
        canvas.onOpen(e -> showFrames(e.connection().frames(), false));
        panel = new HopPanel(sash, new HopPanel.Actions() {
            @Override
            public void showFrames(List<Long> frames) {
                HopsView.this.showFrames(frames, false);
            }

            @Override
            public void showCertificate(CertificateRecord certificate) {
                HopsView.this.showCertificate(certificate);
            }
        });
        sash.setWeights(68, 32);

        contributeToolbar();
        getSite().setSelectionProvider(selection);
        selectionListener = this::selectionElsewhere;
        getSite().getPage().addPostSelectionListener(selectionListener);
        AnalysisService.get().addListener(analysisListener);
        show(AnalysisService.get().activeAnalysis(), AnalysisService.get().activeEditor() != null
                && AnalysisService.get().activeEditor().isAnalysing());
    }

    private void contributeToolbar() {
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        Action png = new Action("Export PNG…") {
            @Override
            public void run() {
                export("png");
            }
        };
        png.setToolTipText("Save the hop graph as a PNG image");
        Action svg = new Action("Export SVG…") {
            @Override
            public void run() {
                export("svg");
            }
        };
        svg.setToolTipText("Save the hop graph as an SVG drawing");
        bar.add(png);
        bar.add(svg);
        getViewSite().getActionBars().getMenuManager().add(png);
        getViewSite().getActionBars().getMenuManager().add(svg);
        getViewSite().getActionBars().updateActionBars();
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        AnalysisService.get().removeListener(analysisListener);
        if (selectionListener != null) {
            getSite().getPage().removePostSelectionListener(selectionListener);
        }
        if (building != null) {
            building.cancel();
        }
        super.dispose();
    }

    // --- API (also for tests and other views) -------------------------------------------------------

    public Profile profile() {
        return Profile.values()[Math.max(0, profiles.getSelectionIndex())];
    }

    /** Colours the graph by {@code p}, as choosing it in the switcher does. */
    public void setProfile(Profile p) {
        profiles.select(p.ordinal());
        profileChanged();
    }

    /** The graph shown, or null while there is none (no capture, analysing, building). */
    public HopGraph graph() {
        return graph;
    }

    public HopGraphCanvas canvas() {
        return canvas;
    }

    public HopPanel panel() {
        return panel;
    }

    public Combo profileSwitcher() {
        return profiles;
    }

    /**
     * Selects the edge of {@code connectionId} and explains it in the panel, without publishing a
     * selection (the caller decides what the rest of the workbench shows). False if there is no such edge.
     */
    public boolean selectConnection(String connectionId) {
        if (graph == null || connectionId == null || graph.edge(connectionId).isEmpty()) {
            return false;
        }
        canvas.select(connectionId);
        GraphEdge e = graph.edge(connectionId).orElseThrow();
        panel.show(analysis, e, profile());
        selection.quietly(selectionOf(e));
        return true;
    }

    /** Selects an edge as a click does: panel, and a {@link HopSelection} for the workbench. */
    public void clickConnection(String connectionId) {
        graph.edge(connectionId).ifPresent(e -> {
            canvas.select(connectionId);
            edgeSelected(e);
        });
    }

    /** Saves the graph as it shows now (profile and selection) as PNG or SVG. */
    public void exportTo(Path file, String format) throws IOException {
        GraphLayout layout = canvas.graphLayout();
        if (layout == null) {
            throw new IOException("there is no hop graph to export");
        }
        if (format.equals("svg")) {
            GraphExport.svg(canvas.getDisplay(), layout, canvas.selectedId(), canvas.getFont(), file);
        } else {
            GraphExport.png(canvas.getDisplay(), layout, canvas.selectedId(), canvas.getFont(), file);
        }
    }

    // --- analysis -----------------------------------------------------------------------------------

    private void analysisChanged(AnalysisEvent event) {
        if (event.kind() == AnalysisEvent.Kind.CLOSED || canvas == null || canvas.isDisposed()) {
            return;
        }
        var editor = AnalysisService.get().activeEditor();
        if (event.kind() == AnalysisEvent.Kind.STARTED && event.editor() == editor && canvas.selectedId() != null) {
            // a re-analysis of the capture shown (F5, new keys): keep the user's hop
            remembered = canvas.selectedId();
            rememberedEditor = editor;
        }
        show(AnalysisService.get().activeAnalysis(), editor != null && editor.isAnalysing());
    }

    private void show(Analysis a, boolean analysing) {
        if (a != null && a == analysis) {
            return; // shown, or being built
        }
        analysis = a;
        graph = null;
        if (building != null) {
            building.cancel();
            building = null;
        }
        panel.show(null, null, profile());
        selection.quietly(null);
        if (a == null) {
            canvas.setGraph(null, analysing ? "Analysing the capture…"
                    : "Open a capture (Ctrl+O) to see its SIP path and the trust verdict of every hop.");
            status.setText("");
            return;
        }
        canvas.setGraph(null, "Building the hop graph…");
        Display display = canvas.getDisplay();
        Job job = Job.create("Building the hop graph of " + a.file().getFileName(), (IProgressMonitor monitor) -> {
            try {
                HopGraph g = HopGraphBuilder.build(a);
                display.asyncExec(() -> graphBuilt(a, g));
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                display.asyncExec(() -> graphFailed(a, e));
                return new Status(IStatus.ERROR, "org.siptrust.ui.trust", "the hop graph could not be built", e);
            }
        });
        job.setSystem(true);
        building = job;
        job.schedule();
    }

    private void graphBuilt(Analysis a, HopGraph g) {
        if (canvas.isDisposed() || a != analysis) {
            return;
        }
        building = null;
        graph = g;
        canvas.setGraph(g, "");
        updateStatus();
        // the hop selected before (F5, new keys), else what the editor shows
        boolean sameCapture = rememberedEditor != null && rememberedEditor == AnalysisService.get().activeEditor();
        String keep = remembered;
        remembered = null;
        rememberedEditor = null;
        if (sameCapture && keep != null && g.edge(keep).isPresent()) {
            selectConnection(keep);
        } else if (getSite().getPage().getSelection() instanceof AnalysisSelection s && s.analysis() == a) {
            follow(s);
        }
    }

    private void graphFailed(Analysis a, RuntimeException e) {
        if (canvas.isDisposed() || a != analysis) {
            return;
        }
        building = null;
        canvas.setGraph(null, "The hop graph could not be built (" + e.getClass().getSimpleName()
                + "); the Findings view still lists what the analysis found.");
    }

    /** True while the graph of the current analysis is being built. */
    public boolean isBuilding() {
        return building != null;
    }

    private void profileChanged() {
        canvas.setProfile(profile());
        GraphEdge e = selectedEdge();
        panel.show(analysis, e, profile());
        updateStatus();
    }

    private void updateStatus() {
        if (graph == null) {
            status.setText("");
            return;
        }
        long failing = graph.edges().stream()
                .filter(e -> org.siptrust.ui.trust.internal.graph.EdgeJudge.judge(e, profile()).state()
                        == org.siptrust.ui.trust.internal.graph.EdgeState.FAILING)
                .count();
        long tls = graph.edges().stream().filter(GraphEdge::isTls).count();
        status.setText(graph.nodes().size() + " elements, " + graph.edges().size() + " hops (" + tls + " TLS); "
                + (failing == 0 ? "no failing hop" : failing + " failing under " + profile().label())
                + (graph.isEmpty() ? "" : " — click an edge to see why"));
        status.getParent().layout(true);
    }

    private GraphEdge selectedEdge() {
        String id = canvas.selectedId();
        return graph == null || id == null ? null : graph.edge(id).orElse(null);
    }

    // --- selection ----------------------------------------------------------------------------------

    private HopSelection selectionOf(GraphEdge e) {
        return new HopSelection(analysis, e.connection(), e.hop());
    }

    private void edgeSelected(GraphEdge e) {
        panel.show(analysis, e, profile());
        selection.changed(selectionOf(e));
    }

    private void setSelectionFromOutside(ISelection s) {
        if (s instanceof AnalysisSelection a) {
            follow(a);
        }
    }

    private void selectionElsewhere(IWorkbenchPart part, ISelection s) {
        if (part == this || !(s instanceof AnalysisSelection a) || a.analysis() != analysis || graph == null) {
            return;
        }
        follow(a);
    }

    /** Selects the hop another view's selection is about: its connection, its finding's, or its first frame's. */
    private void follow(AnalysisSelection s) {
        String id = null;
        if (s instanceof HopSelection h) {
            id = h.connection().id();
        } else if (s instanceof ConnectionSelection c && !c.connections().isEmpty()) {
            id = c.connections().get(0).id();
        } else if (s instanceof FindingSelection f) {
            id = f.findings().stream().map(Finding::connection).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        if (id == null && s instanceof IStructuredSelection ss && ss.getFirstElement() instanceof Connection c) {
            id = c.id();
        }
        if (id == null && !s.frames().isEmpty() && (s instanceof FrameSelection || s.frames().size() == 1)) {
            id = analysis.connectionOfFrame(s.frames().get(0)).map(Connection::id).orElse(null);
        }
        if (id != null) {
            selectConnection(id);
        }
    }

    private void showFrames(List<Long> frames, boolean activate) {
        if (analysis == null || !Navigator.showFrames(getSite().getPage(), analysis, frames, activate)) {
            status.setText("The capture of this graph is no longer open in an editor.");
        }
    }

    private void showCertificate(CertificateRecord certificate) {
        Navigator.showView(getSite().getPage(), SipTrustIds.VIEW_CERTIFICATES);
        // the certificate view (if any) and the editor follow the published selection
        selection.changed(new CertificateSelection(analysis, certificate));
    }

    private void export(String format) {
        if (canvas.graphLayout() == null) {
            MessageDialog.openInformation(getSite().getShell(), "Export hop graph", "There is no hop graph to export: open a capture first.");
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export hop graph as " + format.toUpperCase(java.util.Locale.ROOT));
        dialog.setFilterExtensions(new String[] {"*." + format});
        String base = analysis == null ? "hops" : analysis.file().getFileName().toString().replaceAll("\\.[^.]*$", "");
        dialog.setFileName(base + "-hops-" + profile().id() + "." + format);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            exportTo(Path.of(chosen), format);
        } catch (IOException | RuntimeException e) {
            org.siptrust.ui.trust.internal.nav.ErrorDialogs.show(getSite().getShell(), "The hop graph could not be saved to " + chosen + ".", e);
        }
    }
}
