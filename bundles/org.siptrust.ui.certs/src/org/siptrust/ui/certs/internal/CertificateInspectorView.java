package org.siptrust.ui.certs.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.part.ViewPart;
import org.siptrust.analysis.Analysis;
import org.siptrust.ui.AnalysisListener;
import org.siptrust.ui.AnalysisSelection;
import org.siptrust.ui.AnalysisService;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.ConnectionSelection;
import org.siptrust.ui.FrameSelection;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.certs.CertificateSelection;
import org.siptrust.ui.certs.CertsIds;
import org.siptrust.ui.certs.internal.chart.TimelineCanvas;
import org.siptrust.ui.certs.internal.chart.TimelineExport;
import org.siptrust.ui.certs.internal.chart.ValidityTimeline;
import org.siptrust.ui.certs.internal.model.CertificateExport;
import org.siptrust.ui.certs.internal.model.InspectedCertificate;
import org.siptrust.ui.certs.internal.model.Inventory;
import org.siptrust.ui.certs.internal.model.OpenedCertificates;
import org.siptrust.ui.parts.CopySupport;
import org.siptrust.ui.parts.PartSelectionProvider;
import org.siptrust.ui.parts.StatusAndFilter;
import org.siptrust.x509.CertificateInfo;

/**
 * The certificate inspector (UI.md "Certificates"): the inventory of the active capture's
 * certificates plus those opened from files, the validity timeline below it, and the selected
 * certificate's fields, chains, SIP identities and problems beside them. Follows the active capture
 * editor; selecting a certificate reveals the frames that carried it, and selections made elsewhere
 * (a frame, a connection) select the certificates they carried.
 */
public final class CertificateInspectorView extends ViewPart {
    public static final String ID = CertsIds.VIEW_INSPECTOR;

    private final PartSelectionProvider selection = new PartSelectionProvider();
    private final AnalysisListener analysisListener = e -> rebuild();
    private final Runnable openedListener = () -> {
        if (Display.getCurrent() != null) {
            rebuild();
        } else {
            Display.getDefault().asyncExec(this::rebuild);
        }
    };
    private final ISelectionListener outsideListener = this::selectionElsewhere;

    private StatusAndFilter header;
    private Label status;
    private Text filter;
    private InventoryTable inventory;
    private TimelineCanvas timeline;
    private CertificateDetails details;

    private Inventory current = Inventory.empty();
    private int generation;
    private boolean building;
    private boolean quiet;
    private Path selectWhenListed;
    private String buildProblem;

    private Action compareAction;
    private Action exportAction;
    private Action exportTimelineAction;
    private Action removeFileAction;
    private Action showFramesAction;

    @Override
    public void createPartControl(Composite parent) {
        header = new StatusAndFilter(parent, "Filter certificates", text -> inventory.setFilter(text));
        Composite root = header.root();
        status = header.status();
        filter = header.filter();

        // the view lives in the short, wide bottom folder: three columns side by side
        SashForm across = new SashForm(root, SWT.HORIZONTAL);
        across.setLayoutData(StatusAndFilter.contentData());
        inventory = new InventoryTable(across);
        details = new CertificateDetails(across, sha -> selectCertificate(sha, true));
        timeline = new TimelineCanvas(across, sha -> selectCertificate(sha, true));
        across.setWeights(38, 37, 25);

        inventory.viewer().addSelectionChangedListener(e -> {
            if (!quiet) {
                inventorySelectionChanged(true);
            }
        });
        inventory.viewer().addDoubleClickListener(e -> showFrames());
        Text focusKey = filter;
        inventory.table().addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) {
                focusKey.setFocus();
                e.doit = false;
            }
        });

        getSite().setSelectionProvider(selection);
        makeActions();
        contributeActions();
        getSite().getPage().addPostSelectionListener(outsideListener);
        AnalysisService.get().addListener(analysisListener);
        OpenedCertificates.get().addListener(openedListener);
        details.show(null, current);
        rebuild();
    }

    @Override
    public void setFocus() {
        inventory.table().setFocus();
    }

    @Override
    public void dispose() {
        generation++;
        AnalysisService.get().removeListener(analysisListener);
        OpenedCertificates.get().removeListener(openedListener);
        getSite().getPage().removePostSelectionListener(outsideListener);
        super.dispose();
    }

    // --- state -----------------------------------------------------------------------------------

    /** Lists the active capture's certificates and the opened files again, in a background job. */
    private void rebuild() {
        if (status == null || status.isDisposed()) {
            return;
        }
        CaptureEditor editor = AnalysisService.get().activeEditor();
        Analysis analysis = AnalysisService.get().activeAnalysis();
        List<OpenedCertificates.OpenedFile> files = OpenedCertificates.get().files();
        int gen = ++generation;
        building = true;
        if (editor != null && editor.isAnalysing()) {
            status.setText("Analysing " + editor.captureInput().getName() + "…");
        }
        Display display = status.getDisplay();
        Job job = Job.create("Listing certificates", monitor -> {
            Inventory inv;
            String problem = null;
            try {
                inv = Inventory.build(analysis, files);
            } catch (RuntimeException e) {
                inv = Inventory.empty();
                problem = "The certificates cannot be listed (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").";
                org.eclipse.core.runtime.ILog.of(CertificateInspectorView.class).error("certificate inventory failed", e);
            }
            Inventory result = inv;
            String why = problem;
            display.asyncExec(() -> apply(gen, result, why));
            return Status.OK_STATUS;
        });
        job.setPriority(Job.SHORT);
        job.setSystem(true);
        job.schedule();
    }

    private void apply(int gen, Inventory inv, String problem) {
        if (gen != generation || status.isDisposed()) {
            return;
        }
        Set<String> keep = new HashSet<>();
        inventory.selected().forEach(c -> keep.add(key(c)));
        current = inv;
        buildProblem = problem;
        quiet = true;
        try {
            inventory.setInput(inv.analysis(), inv.all());
            timeline.setTimeline(new ValidityTimeline(inv.all(), inv.at(), inv.atWord()));
            List<InspectedCertificate> again = new ArrayList<>();
            for (InspectedCertificate c : inv.all()) {
                if (keep.contains(key(c))) {
                    again.add(c);
                }
            }
            if (selectWhenListed != null) {
                Path wanted = selectWhenListed.toAbsolutePath().normalize();
                List<InspectedCertificate> fromFile = inv.opened().stream().filter(c -> c.file().equals(wanted)).limit(1).toList();
                if (!fromFile.isEmpty()) {
                    again = fromFile;
                    selectWhenListed = null;
                }
            }
            inventory.select(again);
        } finally {
            quiet = false;
        }
        building = false;
        updateStatus();
        inventorySelectionChanged(false);
    }

    private static String key(InspectedCertificate c) {
        return c.sha256() + "|" + c.source();
    }

    private void updateStatus() {
        Inventory inv = current;
        String text;
        if (buildProblem != null) {
            text = buildProblem;
        } else if (inv.analysis() == null) {
            CaptureEditor editor = AnalysisService.get().activeEditor();
            text = editor != null && editor.isAnalysing() ? "Analysing " + editor.captureInput().getName() + "…"
                    : inv.opened().isEmpty() ? "No capture is open. Open one (Ctrl+O), or inspect a certificate file with File > Open Certificate…"
                    : inv.opened().size() + " certificate(s) from opened files, judged now against no trust anchor (no capture is open).";
        } else {
            int n = inv.captured().size();
            int anchors = inv.anchors().size();
            text = n + (n == 1 ? " certificate" : " certificates") + " in " + inv.analysis().file().getFileName()
                    + (inv.opened().isEmpty() ? "" : " + " + inv.opened().size() + " opened")
                    + " · judged at " + org.siptrust.ui.certs.internal.model.Names.dateTime(inv.at())
                    + " · " + (anchors == 0 ? "no trust anchor (Keys…, Ctrl+K)"
                            : anchors + (anchors == 1 ? " trust anchor" : " trust anchors"))
                    + (inv.anchorProblem() == null ? "" : " · the anchors cannot be read again: " + inv.anchorProblem());
        }
        header.setStatus(text);
    }

    private void inventorySelectionChanged(boolean fire) {
        List<InspectedCertificate> rows = inventory.selected();
        InspectedCertificate first = rows.isEmpty() ? null : rows.get(0);
        details.show(first, current);
        timeline.select(first == null ? null : first.sha256());
        updateActions();
        ISelection s = selectionOf(rows);
        if (fire) {
            selection.changed(s);
        } else {
            selection.quietly(s);
        }
    }

    private ISelection selectionOf(List<InspectedCertificate> rows) {
        if (rows.isEmpty()) {
            return StructuredSelection.EMPTY;
        }
        List<CertificateInfo> infos = rows.stream().map(InspectedCertificate::info).toList();
        if (current.analysis() == null) {
            return new StructuredSelection(infos);
        }
        List<Long> frames = new ArrayList<>();
        rows.forEach(r -> frames.addAll(r.frames()));
        return new CertificateSelection(current.analysis(), infos, frames);
    }

    /** Selects the row of {@code sha256} (the capture's first, else an opened one). */
    void selectCertificate(String sha256, boolean fire) {
        List<InspectedCertificate> rows = current.all().stream().filter(c -> c.sha256().equals(sha256)).limit(1).toList();
        if (rows.isEmpty()) {
            return;
        }
        quiet = true;
        try {
            inventory.select(rows);
        } finally {
            quiet = false;
        }
        inventorySelectionChanged(fire);
    }

    /** Selects the first certificate of {@code file} once it is listed (now, or after the next rebuild). */
    void selectFileWhenListed(Path file) {
        selectWhenListed = file;
        Path wanted = file.toAbsolutePath().normalize();
        if (!building && current.opened().stream().anyMatch(c -> c.file().equals(wanted))) {
            selectWhenListed = null;
            List<InspectedCertificate> rows = current.opened().stream().filter(c -> c.file().equals(wanted)).limit(1).toList();
            quiet = true;
            try {
                inventory.select(rows);
            } finally {
                quiet = false;
            }
            inventorySelectionChanged(true);
        }
    }

    private void selectionElsewhere(IWorkbenchPart part, ISelection s) {
        if (part == this || !(s instanceof AnalysisSelection a) || current.analysis() == null
                || a.analysis() != current.analysis() || building) {
            return;
        }
        Set<InspectedCertificate> found = new LinkedHashSet<>();
        if (s instanceof CertificateSelection cs) {
            for (String sha : cs.sha256s()) {
                current.captured().stream().filter(c -> c.sha256().equals(sha)).forEach(found::add);
            }
        } else if (s instanceof ConnectionSelection cs) {
            Set<String> ids = new HashSet<>();
            cs.connections().forEach(c -> ids.add(c.id()));
            current.captured().stream().filter(c -> c.connections().stream().anyMatch(ids::contains)).forEach(found::add);
        } else {
            Set<Long> frames = new HashSet<>(a.frames().subList(0, Math.min(1000, a.frames().size())));
            current.captured().stream().filter(c -> c.frames().stream().anyMatch(frames::contains)).forEach(found::add);
        }
        if (found.isEmpty()) {
            return;
        }
        quiet = true;
        try {
            inventory.select(new ArrayList<>(found));
        } finally {
            quiet = false;
        }
        inventorySelectionChanged(false);
    }

    // --- actions -----------------------------------------------------------------------------------

    private void makeActions() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        compareAction = new Action("&Compare") {
            @Override
            public void run() {
                compareSelected(true);
            }
        };
        compareAction.setToolTipText("Compare the two selected certificates field by field");
        exportAction = new Action("&Export Certificate…", images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT)) {
            @Override
            public void run() {
                exportWithDialog();
            }
        };
        exportAction.setToolTipText("Export the selected certificate as PEM or DER");
        exportTimelineAction = new Action("Export &Timeline…") {
            @Override
            public void run() {
                exportTimelineWithDialog();
            }
        };
        exportTimelineAction.setToolTipText("Save the validity timeline as PNG or SVG");
        removeFileAction = new Action("&Remove Opened File", images.getImageDescriptor(ISharedImages.IMG_ELCL_REMOVE)) {
            @Override
            public void run() {
                inventory.selected().stream().filter(InspectedCertificate::fromFile).map(InspectedCertificate::file)
                        .distinct().forEach(f -> OpenedCertificates.get().close(f));
            }
        };
        removeFileAction.setToolTipText("Stop listing the certificate files of the selected rows");
        showFramesAction = new Action("Show &Frames") {
            @Override
            public void run() {
                showFrames();
            }
        };
        showFramesAction.setToolTipText("Select the frames that carried the certificate in the capture editor");
        updateActions();
    }

    private void contributeActions() {
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        tb.add(openCertificateItem());
        tb.add(compareAction);
        tb.add(exportAction);
        tb.add(removeFileAction);
        IMenuManager vm = getViewSite().getActionBars().getMenuManager();
        vm.add(openCertificateItem());
        vm.add(exportAction);
        vm.add(exportTimelineAction);
        vm.add(new Separator());
        vm.add(new Action("Remove All Opened Files") {
            @Override
            public void run() {
                OpenedCertificates.get().clear();
            }
        });
        MenuManager context = new MenuManager();
        context.add(showFramesAction);
        context.add(compareAction);
        context.add(exportAction);
        context.add(new Action("&Copy\tCtrl+C") {
            @Override
            public void run() {
                CopySupport.copy(inventory.table(), inventory.copyText());
            }
        });
        context.add(new Separator());
        context.add(removeFileAction);
        inventory.table().setMenu(context.createContextMenu(inventory.table()));
        getViewSite().getActionBars().updateActionBars();
    }

    private CommandContributionItem openCertificateItem() {
        CommandContributionItemParameter p = new CommandContributionItemParameter(getSite(), null,
                CertsIds.COMMAND_OPEN_CERTIFICATE, CommandContributionItem.STYLE_PUSH);
        p.icon = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER);
        p.label = "Open Certificate…";
        p.tooltip = "Open PEM, DER or CRT files outside any capture";
        return new CommandContributionItem(p);
    }

    private void updateActions() {
        List<InspectedCertificate> rows = inventory.selected();
        compareAction.setEnabled(rows.size() == 2);
        exportAction.setEnabled(rows.size() == 1);
        removeFileAction.setEnabled(rows.stream().anyMatch(InspectedCertificate::fromFile));
        showFramesAction.setEnabled(rows.stream().anyMatch(r -> !r.frames().isEmpty()));
        exportTimelineAction.setEnabled(!current.all().isEmpty());
    }

    /** Shows the frames that carried the selected certificates on the capture editor's Frames page. */
    void showFrames() {
        List<InspectedCertificate> rows = inventory.selected();
        List<Long> frames = new ArrayList<>();
        rows.forEach(r -> frames.addAll(r.frames()));
        CaptureEditor editor = AnalysisService.get().activeEditor();
        if (frames.isEmpty() || editor == null || editor.analysis() == null || editor.analysis() != current.analysis()) {
            if (!rows.isEmpty()) {
                details.showTab(CertificateDetails.TAB_FIELDS);
            }
            return;
        }
        getSite().getPage().bringToTop(editor);
        editor.showPage(SipTrustIds.PAGE_FRAMES);
        editor.reveal(new FrameSelection(current.analysis(), frames.stream().distinct().sorted().toList()));
    }

    /** Opens the compare dialog for the two selected rows; returns it (null unless two are selected). */
    CompareDialog compareSelected(boolean block) {
        List<InspectedCertificate> rows = inventory.selected();
        if (rows.size() != 2) {
            return null;
        }
        CompareDialog d = new CompareDialog(getSite().getShell(), rows.get(0), rows.get(1), current);
        d.setBlockOnOpen(block);
        d.open();
        return d;
    }

    private void exportWithDialog() {
        List<InspectedCertificate> rows = inventory.selected();
        if (rows.size() != 1) {
            return;
        }
        CertificateInfo c = rows.get(0).info();
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export Certificate");
        dialog.setFilterExtensions(new String[] {"*.pem", "*.der", "*.crt", "*"});
        dialog.setFilterNames(new String[] {"PEM (*.pem)", "DER (*.der)", "PEM (*.crt)", "All files (PEM unless .der/.cer)"});
        dialog.setFileName(CertificateExport.suggestedName(c, CertificateExport.Format.PEM));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        CertificateExport.Format format = dialog.getFilterIndex() == 1 ? CertificateExport.Format.DER
                : CertificateExport.Format.forFile(file);
        try {
            CertificateExport.write(c, file, format);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Export Certificate",
                    "The certificate could not be written to " + file + ": " + e.getMessage());
        }
    }

    /** Writes the selected certificate to {@code file} without asking (the dialog's work). */
    void exportSelected(Path file, CertificateExport.Format format) throws IOException {
        List<InspectedCertificate> rows = inventory.selected();
        if (rows.size() != 1) {
            throw new IOException("select exactly one certificate to export");
        }
        CertificateExport.write(rows.get(0).info(), file, format);
    }

    private void exportTimelineWithDialog() {
        ValidityTimeline t = timeline.timeline();
        if (t == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export Validity Timeline");
        dialog.setFilterExtensions(new String[] {"*.png", "*.svg"});
        dialog.setFilterNames(new String[] {"PNG image (*.png)", "SVG drawing (*.svg)"});
        dialog.setFileName("certificate-validity.png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        org.eclipse.swt.graphics.Point size = timeline.control().getSize();
        Path file = Path.of(chosen);
        if (dialog.getFilterIndex() == 1 && !chosen.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            file = Path.of(chosen + ".svg");
        }
        try {
            TimelineExport.write(t, Math.max(size.x, 800), t.preferredHeight(), file);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Export Validity Timeline",
                    "The timeline could not be written to " + file + ": " + e.getMessage());
        }
    }

    // --- for tests and other classes of this bundle --------------------------------------------------

    /** True while the inventory is being built in the background. */
    boolean isBuilding() {
        return building;
    }

    Inventory inventory() {
        return current;
    }

    InventoryTable inventoryTable() {
        return inventory;
    }

    TimelineCanvas timeline() {
        return timeline;
    }

    CertificateDetails details() {
        return details;
    }

    Label statusLabel() {
        return status;
    }

    Action compareAction() {
        return compareAction;
    }
}
