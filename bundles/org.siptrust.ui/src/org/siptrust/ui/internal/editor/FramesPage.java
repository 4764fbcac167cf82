package org.siptrust.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeExpansionEvent;
import org.eclipse.jface.viewers.ITreeViewerListener;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.siptrust.analysis.Analysis;
import org.siptrust.capture.RawFrame;
import org.siptrust.ui.AnalysisSelection;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.FrameSelection;
import org.siptrust.ui.ICaptureEditorPage;
import org.siptrust.ui.parts.CopySupport;
import org.siptrust.ui.parts.ListTreeContent;
import org.siptrust.ui.parts.PartSelectionProvider;

/**
 * The Frames page: a virtual table of every frame (rows computed lazily by {@link FrameTableModel}),
 * and below it the selected frame's layers as a tree and its bytes as a hex view. Selecting a layer
 * highlights its bytes.
 */
public final class FramesPage implements ICaptureEditorPage {
    private static final int[] WIDTHS = {70, 100, 150, 150, 90, 70, 640};
    /** Selections larger than this are cut when another view asks the table to show them. */
    private static final int MAX_REVEAL = 100_000;
    /** Rows added to the table at a time (see {@link #fill}). */
    static final int FILL_CHUNK = 50_000;

    private final PartSelectionProvider selection = new PartSelectionProvider(this::setSelectionFromOutside);
    private final Set<String> expandedLayers = new HashSet<>();
    private SashForm root;
    private TableViewer viewer;
    private TreeViewer details;
    private StyledText hex;
    private FrameTableModel model;
    private long shownFrame;
    private int shownLength;

    @Override
    public Control createControl(Composite parent, CaptureEditor editor) {
        root = new SashForm(parent, SWT.VERTICAL);
        viewer = new TableViewer(root, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(false);
        for (int i = 0; i < FrameRow.TITLES.length; i++) {
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(FrameRow.TITLES[i]);
            c.getColumn().setWidth(WIDTHS[i]);
            c.getColumn().setMoveable(true);
            if (i == 0 || i == 1 || i == 5) {
                c.getColumn().setAlignment(SWT.RIGHT);
            }
            int column = i;
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return element instanceof FrameRow r ? r.column(column) : "";
                }
            });
        }
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (model != null && index < model.size()) {
                    viewer.replace(model.row(index + 1L), index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            }

            @Override
            public void dispose() {
            }
        });
        table.addListener(SWT.Selection, e -> {
            int focus = e.item instanceof TableItem item ? table.indexOf(item) : table.getSelectionIndex();
            userSelected(focus);
        });
        CopySupport.install(table, () -> copyText());

        SashForm bottom = new SashForm(root, SWT.HORIZONTAL);
        details = new TreeViewer(bottom, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        details.setContentProvider(new ListTreeContent<>(DetailNode.class, DetailNode::children));
        details.setLabelProvider(new ColumnLabelProvider());
        details.addSelectionChangedListener(e -> highlight(e.getSelection()));
        details.addTreeListener(new ITreeViewerListener() {
            @Override
            public void treeExpanded(TreeExpansionEvent e) {
                expandedLayers.add(layerKey((DetailNode) e.getElement()));
            }

            @Override
            public void treeCollapsed(TreeExpansionEvent e) {
                expandedLayers.remove(layerKey((DetailNode) e.getElement()));
            }
        });
        hex = new StyledText(bottom, SWT.READ_ONLY | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        hex.setFont(JFaceResources.getTextFont());
        hex.setMargins(4, 2, 4, 2);
        bottom.setWeights(55, 45);
        root.setWeights(65, 35);
        editor.acceptCaptureDrops(table);
        editor.acceptCaptureDrops(details.getTree());
        editor.acceptCaptureDrops(hex);
        return root;
    }

    @Override
    public void analysisChanged(Analysis analysis) {
        model = analysis == null ? null : new FrameTableModel(analysis);
        shownFrame = 0;
        viewer.setInput(model);
        viewer.getTable().deselectAll();
        showDetails(0);
        selection.quietly(null);
        fill(model);
        if (model != null && model.size() > 0) {
            // the details and bytes of the first frame rather than empty panes (quietly: nobody chose it)
            viewer.getTable().setSelection(0);
            showDetails(1);
            selection.quietly(FrameSelection.of(analysis, 1));
        }
    }

    /**
     * Gives the table its rows. SWT/GTK appends every row of a virtual table to the GTK list
     * store one by one (about 3 s for a million), so large captures get their rows in chunks,
     * letting the UI answer in between; the first rows show at once.
     */
    private void fill(FrameTableModel m) {
        Table table = viewer.getTable();
        int total = m == null ? 0 : m.size();
        if (total <= FILL_CHUNK) {
            viewer.setItemCount(total);
            return;
        }
        viewer.setItemCount(FILL_CHUNK);
        Display display = table.getDisplay();
        display.asyncExec(new Runnable() {
            @Override
            public void run() {
                if (table.isDisposed() || model != m) {
                    return; // another analysis replaced this one
                }
                int next = Math.min(total, table.getItemCount() + FILL_CHUNK);
                viewer.setItemCount(next);
                if (next < total) {
                    display.asyncExec(this);
                }
            }
        });
    }

    /** Whether the table has a row for every frame (large captures fill in chunks). */
    public boolean isFilled() {
        return model == null || viewer.getTable().getItemCount() == model.size();
    }

    @Override
    public ISelectionProvider getSelectionProvider() {
        return selection;
    }

    @Override
    public boolean reveal(AnalysisSelection s) {
        if (model == null || s.analysis() != model.analysis() || s.frames().isEmpty()) {
            return false;
        }
        List<Long> frames = s.frames();
        int n = Math.min(frames.size(), MAX_REVEAL);
        int[] indices = new int[n];
        int count = 0;
        int rows = viewer.getTable().getItemCount();
        for (int i = 0; i < n; i++) {
            long f = frames.get(i);
            if (f >= 1 && f <= rows) {
                indices[count++] = (int) (f - 1);
            }
        }
        if (count == 0) {
            return false;
        }
        Table table = viewer.getTable();
        table.setSelection(java.util.Arrays.copyOf(indices, count));
        table.showItem(table.getItem(indices[0]));
        showDetails(indices[0] + 1L);
        selection.quietly(new FrameSelection(model.analysis(), frames.subList(0, n)));
        return true;
    }

    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
    }

    // --- for tests and other pages -----------------------------------------------------------------

    public TableViewer viewer() {
        return viewer;
    }

    public TreeViewer detailsViewer() {
        return details;
    }

    public StyledText hexView() {
        return hex;
    }

    public FrameTableModel model() {
        return model;
    }

    /** The frame the details show (0: none). */
    public long shownFrame() {
        return shownFrame;
    }

    // --- internals --------------------------------------------------------------------------------------

    private void userSelected(int focusIndex) {
        if (model == null) {
            return;
        }
        int[] indices = viewer.getTable().getSelectionIndices();
        java.util.Arrays.sort(indices);
        List<Long> frames = new ArrayList<>(indices.length);
        for (int i : indices) {
            frames.add(i + 1L);
        }
        showDetails(focusIndex >= 0 ? focusIndex + 1L : frames.isEmpty() ? 0 : frames.get(0));
        selection.changed(new FrameSelection(model.analysis(), frames));
    }

    private void setSelectionFromOutside(ISelection s) {
        if (s instanceof AnalysisSelection a) {
            reveal(a);
        }
    }

    private void showDetails(long frame) {
        shownFrame = frame;
        if (model == null || frame < 1) {
            details.setInput(null);
            hex.setText("");
            shownLength = 0;
            return;
        }
        RawFrame raw;
        try {
            raw = model.analysis().capture().readFrame(frame);
        } catch (IOException | RuntimeException e) {
            details.setInput(List.of(DetailNode.leaf("Frame " + frame + " cannot be read from the file: " + e.getMessage())));
            hex.setText("");
            shownLength = 0;
            return;
        }
        List<DetailNode> nodes = DetailNode.of(model.analysis(), raw);
        details.getTree().setRedraw(false);
        try {
            details.setInput(nodes);
            for (DetailNode n : nodes) {
                if (expandedLayers.contains(layerKey(n))) {
                    details.setExpandedState(n, true);
                }
            }
        } finally {
            details.getTree().setRedraw(true);
        }
        shownLength = raw.data().length;
        hex.setText(HexDump.format(raw.data()));
    }

    private static String layerKey(DetailNode n) {
        String l = n.label();
        int cut = l.indexOf(" (");
        if (l.startsWith("Frame ")) {
            return "Frame";
        }
        return cut > 0 ? l.substring(0, cut) : l;
    }

    private void highlight(ISelection s) {
        if (hex.isDisposed()) {
            return;
        }
        hex.setStyleRanges(new StyleRange[0]);
        if (!(s instanceof IStructuredSelection ss) || !(ss.getFirstElement() instanceof DetailNode n) || !n.hasRange()
                || shownLength == 0) {
            return;
        }
        int start = Math.min(n.offset(), shownLength);
        int end = Math.min(n.offset() + n.length(), shownLength);
        if (end <= start) {
            return;
        }
        Display d = hex.getDisplay();
        List<StyleRange> ranges = new ArrayList<>();
        for (int line = start / HexDump.WIDTH; line * HexDump.WIDTH < end; line++) {
            int a = Math.max(start, line * HexDump.WIDTH);
            int b = Math.min(end, (line + 1) * HexDump.WIDTH) - 1;
            ranges.add(style(HexDump.hexPosition(a, shownLength), HexDump.hexPosition(b, shownLength) + 2, d));
            ranges.add(style(HexDump.asciiPosition(a, shownLength), HexDump.asciiPosition(b, shownLength) + 1, d));
        }
        ranges.sort((x, y) -> Integer.compare(x.start, y.start));
        hex.setStyleRanges(ranges.toArray(new StyleRange[0]));
        hex.setTopIndex(Math.max(0, start / HexDump.WIDTH - 1));
    }

    private static StyleRange style(int from, int to, Display d) {
        return new StyleRange(from, to - from, d.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT),
                d.getSystemColor(SWT.COLOR_LIST_SELECTION));
    }

    /** Selected rows as tab-separated text with a header line. */
    private String copyText() {
        if (model == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(String.join("\t", FrameRow.TITLES)).append('\n');
        int[] indices = viewer.getTable().getSelectionIndices();
        java.util.Arrays.sort(indices);
        for (int k = 0; k < indices.length && k < MAX_REVEAL; k++) {
            FrameRow r = model.row(indices[k] + 1L);
            for (int c = 0; c < FrameRow.TITLES.length; c++) {
                if (c > 0) {
                    s.append('\t');
                }
                s.append(r.column(c));
            }
            s.append('\n');
        }
        return s.toString();
    }
}
