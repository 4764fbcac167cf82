package org.siptrust.ui.flow.internal.ladder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.siptrust.analysis.Analysis;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.calls.SipCall;
import org.siptrust.ui.AnalysisSelection;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.ICaptureEditorPage;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.flow.FlowIds;
import org.siptrust.ui.flow.MessageSelection;
import org.siptrust.ui.flow.internal.FilterablePage;
import org.siptrust.ui.flow.internal.PageContext;
import org.siptrust.ui.flow.internal.details.MessageDetailsPane;
import org.siptrust.ui.flow.internal.stream.FollowTlsStreamView;
import org.siptrust.ui.parts.PartSelectionProvider;

/**
 * The Ladder page: the flow of one call (by default the call with the most messages, usually the
 * INVITE dialog) or of every message, across all hops: one column per SIP element, one arrow per
 * message, red on hops whose RFC 5922 verdict fails, grey and dashed for retransmissions, a lock
 * where TLS was decrypted. Clicking an arrow shows the message below and selects its frame
 * everywhere. The picture exports to PNG and SVG.
 */
public final class LadderPage implements ICaptureEditorPage, FilterablePage {
    static final int MAX_COMBO_CALLS = 1000;
    private final PartSelectionProvider selection = new PartSelectionProvider(this::setSelectionFromOutside);
    private CaptureEditor editor;
    private SashForm root;
    private Composite top;
    private Button detailsToggle;
    private Combo callCombo;
    private Label summary;
    private LadderCanvas canvas;
    private MessageDetailsPane details;
    private Analysis analysis;
    private SipElements elements;
    private List<SipCall> calls = new ArrayList<>();
    private SipCall shownCall;

    @Override
    public Control createControl(Composite parent, CaptureEditor captureEditor) {
        editor = captureEditor;
        root = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(root, SWT.NONE);
        GridLayout layout = new GridLayout(4, false);
        layout.marginHeight = 2;
        layout.marginWidth = 2;
        top.setLayout(layout);
        new Label(top, SWT.NONE).setText("Call:");
        callCombo = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridData comboData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        comboData.widthHint = 460;
        callCombo.setLayoutData(comboData);
        callCombo.setToolTipText("The call to draw across all hops, or every message of the capture");
        callCombo.addListener(SWT.Selection, e -> {
            int i = callCombo.getSelectionIndex();
            showCall(i <= 0 || i > calls.size() ? null : calls.get(i - 1));
        });
        Composite buttons = new Composite(top, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginTop = 0;
        row.marginBottom = 0;
        row.center = true;
        buttons.setLayout(row);
        Button png = new Button(buttons, SWT.PUSH);
        png.setText("Export PNG…");
        png.setToolTipText("Save the ladder as a PNG image");
        png.addListener(SWT.Selection, e -> exportDialog(false));
        Button svg = new Button(buttons, SWT.PUSH);
        svg.setText("Export SVG…");
        svg.setToolTipText("Save the ladder as an SVG drawing (text stays text)");
        svg.addListener(SWT.Selection, e -> exportDialog(true));
        detailsToggle = new Button(buttons, SWT.CHECK);
        detailsToggle.setText("Message details");
        detailsToggle.setToolTipText("Show the selected message below the ladder");
        detailsToggle.setSelection(true);
        detailsToggle.addListener(SWT.Selection, e -> showDetails(detailsToggle.getSelection()));
        summary = new Label(top, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        this.top = top;

        canvas = new LadderCanvas(top);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        canvas.onSelect(this::userSelected);
        createMenu();

        details = new MessageDetailsPane(root);
        root.setWeights(70, 30);
        captureEditor.acceptCaptureDrops(canvas.control());
        PageContext.install(captureEditor, parent, FlowIds.CONTEXT_FILTERABLE_PAGE);
        analysisChanged(null);
        return root;
    }

    private void createMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            SipMessage selected = selectedMessage();
            Action messages = new Action("Show in Messages") {
                @Override
                public void run() {
                    if (editor.showPage(FlowIds.PAGE_MESSAGES)) {
                        editor.reveal(MessageSelection.of(analysis, selected));
                    }
                }
            };
            messages.setEnabled(selected != null && editor.page(FlowIds.PAGE_MESSAGES).isPresent());
            m.add(messages);
            Action frame = new Action("Show Frame") {
                @Override
                public void run() {
                    editor.showPage(SipTrustIds.PAGE_FRAMES);
                    editor.reveal(MessageSelection.of(analysis, selected));
                }
            };
            frame.setEnabled(selected != null);
            m.add(frame);
            Action follow = new Action("Follow TLS Stream") {
                @Override
                public void run() {
                    FollowTlsStreamView.open(editor.getSite().getPage(), MessageSelection.of(analysis, selected));
                }
            };
            follow.setEnabled(selected != null && selected.context() != null && selected.context().isSecure());
            m.add(follow);
            m.add(new Separator());
            Action png = new Action("Export PNG…") {
                @Override
                public void run() {
                    exportDialog(false);
                }
            };
            Action svg = new Action("Export SVG…") {
                @Override
                public void run() {
                    exportDialog(true);
                }
            };
            png.setEnabled(!canvas.model().arrows().isEmpty());
            svg.setEnabled(!canvas.model().arrows().isEmpty());
            m.add(png);
            m.add(svg);
        });
        canvas.control().setMenu(menu.createContextMenu(canvas.control()));
        canvas.control().addListener(SWT.Dispose, e -> menu.dispose());
    }

    @Override
    public void analysisChanged(Analysis a) {
        analysis = a;
        details.show(null, null);
        selection.quietly(null);
        if (a == null) {
            elements = null;
            calls = new ArrayList<>();
            callCombo.setItems("All calls");
            callCombo.select(0);
            shownCall = null;
            canvas.setModel(LadderModel.empty(), "No analysis yet.");
            summary.setText("");
            return;
        }
        elements = SipElements.of(a);
        List<SipCall> all = a.calls() == null ? List.of() : a.calls().calls();
        // a combo with tens of thousands of calls is unusable: the first ones, others join when shown
        calls = new ArrayList<>(all.subList(0, Math.min(MAX_COMBO_CALLS, all.size())));
        List<String> items = new ArrayList<>();
        items.add("All calls (" + a.messages().size() + " messages)");
        for (SipCall c : calls) {
            items.add(callItem(c));
        }
        callCombo.setItems(items.toArray(new String[0]));
        showCall(LadderModel.biggestCall(a.calls()));
    }

    private static String callItem(SipCall c) {
        return c.label() + "  (" + c.messages().size() + " messages, Call-ID " + c.callId() + ")";
    }

    /** Draws {@code call} (null: every message). */
    public void showCall(SipCall call) {
        if (call != null && !calls.contains(call)) {
            calls.add(call);
            callCombo.add(callItem(call));
        }
        shownCall = call;
        callCombo.select(call == null ? 0 : calls.indexOf(call) + 1);
        if (analysis == null) {
            return;
        }
        LadderModel m = LadderModel.of(analysis, elements, call);
        canvas.setModel(m, analysis.messages().isEmpty() ? "This capture holds no SIP messages." : "No SIP messages to draw.");
        details.show(null, null);
        long failing = m.arrows().stream().filter(LadderModel.Arrow::failing).count();
        summary.setText(m.arrows().size() + " messages, " + m.columns().size() + " elements"
                + (failing > 0 ? ", " + failing + " on hops that fail RFC 5922 (red)" : ""));
        summary.getParent().layout(true);
    }

    public SipCall shownCall() {
        return shownCall;
    }

    private SipMessage selectedMessage() {
        int r = canvas.selected();
        return r < 0 ? null : canvas.model().arrows().get(r).message();
    }

    private void userSelected(int row) {
        if (analysis == null || row < 0) {
            return;
        }
        SipMessage m = canvas.model().arrows().get(row).message();
        details.show(m, analysis.calls());
        selection.changed(MessageSelection.of(analysis, m));
    }

    /** Selects row {@code row} as a click does (details shown, selection published). */
    public void clickRow(int row) {
        canvas.select(row);
        userSelected(canvas.selected());
    }

    /** Shows or hides the message details below the ladder (hidden, the ladder takes the whole page). */
    public void showDetails(boolean on) {
        detailsToggle.setSelection(on);
        root.setMaximizedControl(on ? null : top);
    }

    // --- selection ------------------------------------------------------------------------------------------

    @Override
    public ISelectionProvider getSelectionProvider() {
        return selection;
    }

    @Override
    public boolean reveal(AnalysisSelection s) {
        if (analysis == null || s.analysis() != analysis) {
            return false;
        }
        SipMessage target = null;
        if (s instanceof MessageSelection ms) {
            target = ms.first();
        } else {
            Set<Long> frames = new HashSet<>(s.frames());
            for (SipMessage m : analysis.messages()) {
                if (frames.contains(m.frame())) {
                    target = m;
                    break;
                }
            }
        }
        if (target == null) {
            canvas.select(-1);
            return false;
        }
        if (canvas.model().indexOf(target) < 0) {
            // the message belongs to another call: draw that call
            SipCall call = analysis.calls() == null ? null : analysis.calls().callOf(target);
            showCall(call);
        }
        int row = canvas.model().indexOf(target);
        canvas.select(row);
        details.show(row < 0 ? null : target, analysis.calls());
        selection.quietly(row < 0 ? null : MessageSelection.of(analysis, target));
        return row >= 0;
    }

    private void setSelectionFromOutside(ISelection s) {
        if (s instanceof AnalysisSelection a) {
            reveal(a);
        }
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
    }

    @Override
    public void focusFilter() {
        callCombo.setFocus();
    }

    // --- export ---------------------------------------------------------------------------------------------

    private void exportDialog(boolean svg) {
        if (canvas.model().arrows().isEmpty()) {
            MessageDialog.openInformation(root.getShell(), "Export Ladder", "There is no ladder to export: this capture holds no SIP messages.");
            return;
        }
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setText(svg ? "Export Ladder as SVG" : "Export Ladder as PNG");
        dialog.setFilterExtensions(svg ? new String[] {"*.svg", "*.*"} : new String[] {"*.png", "*.*"});
        dialog.setFilterNames(svg ? new String[] {"SVG drawing (*.svg)", "All files"} : new String[] {"PNG image (*.png)", "All files"});
        String base = analysis == null ? "ladder" : analysis.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        dialog.setFileName(base + "-ladder" + (svg ? ".svg" : ".png"));
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            export(Path.of(file), svg);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(root.getShell(), "Export Ladder",
                    "The ladder could not be written to " + file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /** Writes the ladder on screen to {@code file} as SVG or PNG. */
    public void export(Path file, boolean svg) throws IOException {
        if (svg) {
            LadderExport.svg(root.getDisplay(), canvas.control().getFont(), canvas.model(), -1, file);
        } else {
            LadderExport.png(root.getDisplay(), canvas.control().getFont(), canvas.model(), -1, file);
        }
    }

    // --- for tests ------------------------------------------------------------------------------------------

    public LadderCanvas canvas() {
        return canvas;
    }

    public LadderModel model() {
        return canvas.model();
    }

    public MessageDetailsPane details() {
        return details;
    }

    public Combo callCombo() {
        return callCombo;
    }

    public Control control() {
        return root;
    }
}
