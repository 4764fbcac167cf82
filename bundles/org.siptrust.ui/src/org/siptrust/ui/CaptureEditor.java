package org.siptrust.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.ui.internal.editor.CaptureDrop;
import org.siptrust.ui.internal.editor.EditorPageRegistry;
import org.siptrust.ui.internal.editor.ForwardingSelectionProvider;
import org.siptrust.ui.internal.editor.StatusText;
import org.siptrust.ui.internal.jobs.AnalysisJob;
import org.siptrust.ui.internal.jobs.Failure;
import org.siptrust.ui.internal.keys.CaptureKeys;
import org.siptrust.ui.internal.keys.KeysDialog;

/**
 * One capture, one analysis: the editor holds the {@link Analysis} of its {@link CaptureEditorInput}
 * and shows it on pages (Frames, Connections, and the pages other bundles contribute through the
 * extension point {@code org.siptrust.ui.captureEditorPages}). A status line on top says what the
 * capture holds and what key material is missing. The analysis runs in a Job ({@link #JOB_FAMILY});
 * the editor is the selection provider of its site and forwards the showing page's selection.
 */
public class CaptureEditor extends EditorPart {
    public static final String ID = SipTrustIds.CAPTURE_EDITOR;
    /** Family of every analysis job, for {@code Job.getJobManager().join(JOB_FAMILY, monitor)}. */
    public static final Object JOB_FAMILY = new Object() {
        @Override
        public String toString() {
            return "SIP Trust analysis jobs";
        }
    };

    private static final String HREF_KEYS = "keys";
    private static final String HREF_REANALYSE = "reanalyse";

    /** A page with the tab that shows it. */
    private record Page(String id, String title, int order, ICaptureEditorPage page, CTabItem tab) {
    }

    private final List<Page> pages = new ArrayList<>();
    private final ForwardingSelectionProvider selectionProvider = new ForwardingSelectionProvider();
    private Composite root;
    private Link status;
    private ProgressBar progressBar;
    private Button cancelButton;
    private CTabFolder folder;

    private Analysis analysis;
    private AnalysisJob job;
    private int generation;
    private String statusText = "";
    private boolean revealing;
    private boolean disposed;
    private ISelectionListener externalSelection;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CaptureEditorInput)) {
            throw new PartInitException("The capture editor opens capture files only, not " + input.getName() + ".");
        }
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    // --- public API ---------------------------------------------------------------------------------

    /**
     * Opens {@code file} in a capture editor on {@code page} (or brings the open one to the front);
     * when {@code options} differ from those of an already open editor, re-analyses with them.
     */
    public static CaptureEditor open(IWorkbenchPage page, Path file, AnalysisOptions options) throws PartInitException {
        CaptureEditorInput input = new CaptureEditorInput(file, options);
        IEditorPart existing = page.findEditor(input);
        IEditorPart part = page.openEditor(input, ID, true);
        if (!(part instanceof CaptureEditor editor)) {
            throw new PartInitException("The capture editor could not be created.");
        }
        if (existing != null && options != null && !CaptureKeys.sameFiles(editor.captureInput().options(), options)) {
            editor.reanalyse(options);
        }
        return editor;
    }

    /** The capture and key material shown. */
    public CaptureEditorInput captureInput() {
        return (CaptureEditorInput) getEditorInput();
    }

    /** The current analysis, or null while analysing or after a failure. */
    public Analysis analysis() {
        return analysis;
    }

    /** True while an analysis job for this editor runs. */
    public boolean isAnalysing() {
        return job != null;
    }

    /** The sentence the status line shows (without link markup). */
    public String statusText() {
        return statusText;
    }

    /** Runs the analysis again with the same key material (F5). */
    public void reanalyse() {
        startAnalysis();
    }

    /** Runs the analysis again with other key material (the Keys dialog). */
    public void reanalyse(AnalysisOptions options) {
        setInputWithNotify(captureInput().withOptions(options));
        startAnalysis();
    }

    /** Opens the Keys dialog for this capture; OK re-analyses with what the user attached. */
    public void openKeysDialog() {
        KeysDialog dialog = new KeysDialog(getSite().getShell(), this);
        dialog.open();
    }

    /**
     * Adds a page in code (contributions through the extension point need not call this).
     *
     * @param order position among the pages: Frames is 10, Connections 40; Messages and Ladder fit between
     */
    public void addPage(String id, String title, int order, ICaptureEditorPage page) {
        if (folder == null || folder.isDisposed()) {
            throw new IllegalStateException("the editor has no controls yet");
        }
        int index = 0;
        while (index < pages.size() && pages.get(index).order() <= order) {
            index++;
        }
        CTabItem tab = new CTabItem(folder, SWT.NONE, index);
        tab.setText(title);
        Composite holder = new Composite(folder, SWT.NONE);
        holder.setLayout(new FillLayout());
        page.createControl(holder, this);
        tab.setControl(holder);
        Page p = new Page(id, title, order, page, tab);
        pages.add(index, p);
        ISelectionProvider sp = page.getSelectionProvider();
        if (sp != null) {
            sp.addSelectionChangedListener(e -> pageSelectionChanged(p, e));
        }
        if (analysis != null) {
            page.analysisChanged(analysis);
        }
        if (folder.getSelectionIndex() < 0) {
            showPage(id);
        }
    }

    /** Ids of the pages, in tab order. */
    public List<String> pageIds() {
        return pages.stream().map(Page::id).toList();
    }

    /** The page with {@code id}, if present. */
    public Optional<ICaptureEditorPage> page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).map(Page::page).findFirst();
    }

    /** The page whose tab shows, or null. */
    public ICaptureEditorPage activePage() {
        Page p = activePageEntry();
        return p == null ? null : p.page();
    }

    /** Brings page {@code id} to the front; false when there is no such page. */
    public boolean showPage(String id) {
        for (Page p : pages) {
            if (p.id().equals(id)) {
                folder.setSelection(p.tab());
                pageShown(p);
                return true;
            }
        }
        return false;
    }

    /**
     * Shows the things of {@code selection} on every page that can (the showing page first),
     * without echoing the selection back to the workbench. Selections of another analysis are ignored.
     */
    public void reveal(ISelection selection) {
        if (!(selection instanceof AnalysisSelection a) || analysis == null || a.analysis() != analysis) {
            return;
        }
        revealIn(a, null);
    }

    /** Lets a control of a page accept capture files dragged onto it (they open in editors). */
    public void acceptCaptureDrops(Control control) {
        CaptureDrop.install(control, () -> getSite().getPage());
    }

    public boolean isDisposed() {
        return disposed;
    }

    // --- EditorPart -----------------------------------------------------------------------------------

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        root.setLayout(layout);

        status = new Link(root, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.horizontalIndent = 6;
        statusData.verticalIndent = 3;
        status.setLayoutData(statusData);
        status.addListener(SWT.Selection, e -> {
            if (HREF_KEYS.equals(e.text)) {
                openKeysDialog();
            } else if (HREF_REANALYSE.equals(e.text)) {
                reanalyse();
            }
        });
        progressBar = new ProgressBar(root, SWT.HORIZONTAL | SWT.SMOOTH);
        progressBar.setMaximum(1000);
        GridData barData = new GridData(SWT.END, SWT.CENTER, false, false);
        barData.widthHint = 160;
        barData.exclude = true;
        progressBar.setLayoutData(barData);
        progressBar.setVisible(false);
        cancelButton = new Button(root, SWT.PUSH);
        cancelButton.setText("Cancel");
        GridData cancelData = new GridData(SWT.END, SWT.CENTER, false, false);
        cancelData.exclude = true;
        cancelButton.setLayoutData(cancelData);
        cancelButton.setVisible(false);
        cancelButton.addListener(SWT.Selection, e -> {
            AnalysisJob j = job;
            if (j != null) {
                j.cancel();
            }
        });

        folder = new CTabFolder(root, SWT.TOP | SWT.FLAT);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        folder.addListener(SWT.Selection, e -> {
            Page p = activePageEntry();
            if (p != null) {
                pageShown(p);
            }
        });

        for (EditorPageRegistry.Contribution c : EditorPageRegistry.contributions()) {
            ICaptureEditorPage page = c.create();
            if (page != null) {
                addPage(c.id(), c.name(), c.order(), page);
            }
        }
        if (!pages.isEmpty()) {
            showPage(pages.get(0).id());
        }

        getSite().setSelectionProvider(selectionProvider);
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(SipTrustIds.CONTEXT_CAPTURE_EDITOR);
        }
        acceptCaptureDrops(root);
        acceptCaptureDrops(status);
        acceptCaptureDrops(folder);

        externalSelection = this::selectionElsewhere;
        getSite().getPage().addPostSelectionListener(externalSelection);
        AnalysisService.get().editorActivated(this);
        startAnalysis();
    }

    @Override
    public void setFocus() {
        ICaptureEditorPage p = activePage();
        if (p != null) {
            p.setFocus();
        } else if (folder != null) {
            folder.setFocus();
        }
    }

    @Override
    public void dispose() {
        disposed = true;
        generation++;
        AnalysisJob j = job;
        if (j != null) {
            j.cancel();
        }
        job = null;
        if (externalSelection != null) {
            getSite().getPage().removePostSelectionListener(externalSelection);
        }
        for (Page p : pages) {
            try {
                p.page().dispose();
            } catch (RuntimeException e) {
                org.eclipse.core.runtime.ILog.of(CaptureEditor.class).error("page " + p.id() + " failed to dispose", e);
            }
        }
        AnalysisService.get().editorClosed(this);
        analysis = null;
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save: a capture is read-only
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    // --- analysis -------------------------------------------------------------------------------------

    private void startAnalysis() {
        if (root == null || root.isDisposed()) {
            return;
        }
        AnalysisJob previous = job;
        if (previous != null) {
            previous.cancel();
        }
        int gen = ++generation;
        setAnalysis(null);
        CaptureEditorInput input = captureInput();
        setStatus("Analysing " + input.getName() + "…");
        Display display = root.getDisplay();
        AnalysisJob j = new AnalysisJob(input, outcome -> display.asyncExec(() -> finished(gen, outcome)));
        job = j;
        showProgress(true);
        display.timerExec(150, new Runnable() {
            @Override
            public void run() {
                if (job == j && progressBar != null && !progressBar.isDisposed()) {
                    progressBar.setSelection((int) (j.fraction() * 1000));
                    display.timerExec(150, this);
                }
            }
        });
        AnalysisService.get().editorChanged(this, AnalysisEvent.Kind.STARTED);
        j.schedule();
    }

    private void finished(int gen, AnalysisJob.Outcome outcome) {
        if (gen != generation || root == null || root.isDisposed()) {
            return; // superseded by a newer run, or the editor closed
        }
        job = null;
        showProgress(false);
        if (outcome.analysis() != null) {
            setAnalysis(outcome.analysis());
            setStatus(StatusText.of(outcome.analysis(), HREF_KEYS));
            AnalysisService.get().editorChanged(this, AnalysisEvent.Kind.UPDATED);
        } else if (outcome.cancelled()) {
            setStatus("Analysis cancelled. <a href=\"" + HREF_REANALYSE + "\">Analyse again</a> (F5)");
            AnalysisService.get().editorChanged(this, AnalysisEvent.Kind.FAILED);
        } else {
            Failure f = outcome.failure();
            setStatus(escape(f.sentence()) + " <a href=\"" + HREF_KEYS + "\">Keys…</a>  <a href=\"" + HREF_REANALYSE
                    + "\">Try again</a>");
            AnalysisService.get().editorChanged(this, AnalysisEvent.Kind.FAILED);
            f.show(getSite().getShell(), "Cannot analyse " + captureInput().getName());
        }
    }

    private void setAnalysis(Analysis a) {
        analysis = a;
        for (Page p : pages) {
            try {
                p.page().analysisChanged(a);
            } catch (RuntimeException e) {
                org.eclipse.core.runtime.ILog.of(CaptureEditor.class).error("page " + p.id() + " cannot show the analysis", e);
            }
        }
        selectionProvider.refire();
    }

    private void setStatus(String markup) {
        statusText = markup.replaceAll("<a[^>]*>", "").replace("</a>", "").replace("&&", "&");
        if (status != null && !status.isDisposed()) {
            status.setText(markup);
            status.setToolTipText(captureInput().file().toString());
            root.layout(true);
        }
    }

    private void showProgress(boolean on) {
        if (progressBar == null || progressBar.isDisposed()) {
            return;
        }
        progressBar.setSelection(0);
        progressBar.setVisible(on);
        cancelButton.setVisible(on);
        ((GridData) progressBar.getLayoutData()).exclude = !on;
        ((GridData) cancelButton.getLayoutData()).exclude = !on;
        root.layout(true);
    }

    private static String escape(String text) {
        return text.replace("&", "&&").replace("<", "&lt;");
    }


    // --- selection --------------------------------------------------------------------------------------

    private Page activePageEntry() {
        if (folder == null || folder.isDisposed()) {
            return null;
        }
        CTabItem item = folder.getSelection();
        for (Page p : pages) {
            if (p.tab() == item) {
                return p;
            }
        }
        return null;
    }

    private void pageShown(Page p) {
        selectionProvider.setDelegate(p.page().getSelectionProvider());
    }

    private void pageSelectionChanged(Page source, SelectionChangedEvent e) {
        if (revealing || !(e.getSelection() instanceof AnalysisSelection a) || a.analysis() != analysis) {
            return;
        }
        // the editor's pages share one selection
        revealIn(a, source);
    }

    private void revealIn(AnalysisSelection a, Page except) {
        revealing = true;
        try {
            Page active = activePageEntry();
            if (active != null && active != except) {
                active.page().reveal(a);
            }
            for (Page p : pages) {
                if (p != except && p != active) {
                    p.page().reveal(a);
                }
            }
        } finally {
            revealing = false;
        }
    }

    private void selectionElsewhere(IWorkbenchPart part, ISelection selection) {
        if (part == this || disposed) {
            return;
        }
        reveal(selection);
    }

    /** Every capture editor open on {@code page}. */
    public static List<CaptureEditor> openEditors(IWorkbenchPage page) {
        List<CaptureEditor> out = new ArrayList<>();
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getEditor(false) instanceof CaptureEditor e) {
                out.add(e);
            }
        }
        return out;
    }
}
