package org.siptrust.ui.flow.internal.details;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.calls.SipCallIndex;
import org.siptrust.ui.parts.ListTreeContent;

/**
 * One message in detail: its raw text (start line bold, header names coloured, Via, Route and
 * Record-Route emphasised) beside the tree of its parsed headers. Selecting a tree node selects its
 * line in the text.
 */
public final class MessageDetailsPane {
    static final Color HEADER_NAME = new Color(0x1a, 0x4f, 0xa8);
    static final Color ROUTING_NAME = new Color(0xa3, 0x4a, 0x00);
    static final Color ROUTING_BACKGROUND = new Color(0xff, 0xf4, 0xd2);
    static final Color BODY = new Color(0x52, 0x5f, 0x6b);
    private static final String EMPTY = "Select a SIP message to see it here.";

    private final SashForm root;
    private final StyledText text;
    private final TreeViewer tree;
    private SipMessage shown;

    public MessageDetailsPane(Composite parent) {
        root = new SashForm(parent, SWT.HORIZONTAL);
        text = new StyledText(root, SWT.READ_ONLY | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        text.setFont(JFaceResources.getTextFont());
        text.setMargins(4, 2, 4, 2);
        text.setText(EMPTY);
        tree = new TreeViewer(root, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new ListTreeContent<>(DetailNode.class, DetailNode::children));
        tree.setLabelProvider(new ColumnLabelProvider());
        tree.addSelectionChangedListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DetailNode n
                    && n.hasRange() && n.end() <= text.getCharCount()) {
                text.setSelection(n.start(), n.end());
                text.showSelection();
            }
        });
        root.setWeights(58, 42);
    }

    public Control control() {
        return root;
    }

    /** Shows {@code m} (null clears). */
    public void show(SipMessage m, SipCallIndex calls) {
        if (m == shown && m != null) {
            return;
        }
        shown = m;
        if (m == null) {
            text.setText(EMPTY);
            text.setStyleRanges(new StyleRange[0]);
            tree.setInput(null);
            return;
        }
        String raw = m.rawText();
        text.setText(raw);
        text.setStyleRanges(styles(SipTextSpans.of(raw)));
        tree.getTree().setRedraw(false);
        try {
            List<DetailNode> nodes = HeaderTree.of(m, calls);
            tree.setInput(nodes);
            // the parsed start line and the routing headers are what one looks for first
            for (DetailNode n : nodes) {
                String l = n.label();
                if (l.startsWith("Via:") || l.startsWith("Route:") || l.startsWith("Record-Route:") || n == nodes.get(1)) {
                    tree.setExpandedState(n, true);
                }
            }
        } finally {
            tree.getTree().setRedraw(true);
        }
    }

    public SipMessage shown() {
        return shown;
    }

    public StyledText text() {
        return text;
    }

    public TreeViewer tree() {
        return tree;
    }

    static StyleRange[] styles(SipTextSpans spans) {
        List<StyleRange> out = new ArrayList<>();
        for (SipTextSpans.Span s : spans.spans()) {
            StyleRange r = new StyleRange();
            r.start = s.start();
            r.length = s.length();
            switch (s.kind()) {
                case START_LINE -> r.fontStyle = SWT.BOLD;
                case HEADER_NAME -> r.foreground = HEADER_NAME;
                case HEADER_VALUE -> {
                    continue;
                }
                case ROUTING_NAME -> {
                    r.foreground = ROUTING_NAME;
                    r.fontStyle = SWT.BOLD;
                    r.background = ROUTING_BACKGROUND;
                }
                case ROUTING_VALUE -> r.background = ROUTING_BACKGROUND;
                case BODY -> r.foreground = BODY;
            }
            out.add(r);
        }
        return out.toArray(new StyleRange[0]);
    }
}
