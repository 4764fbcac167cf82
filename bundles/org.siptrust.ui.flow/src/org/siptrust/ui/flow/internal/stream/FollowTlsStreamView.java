package org.siptrust.ui.flow.internal.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.tls.TlsSession;
import org.siptrust.ui.AnalysisEvent;
import org.siptrust.ui.AnalysisListener;
import org.siptrust.ui.AnalysisSelection;
import org.siptrust.ui.AnalysisService;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.FrameSelection;
import org.siptrust.ui.flow.FlowIds;
import org.siptrust.ui.flow.internal.SelectedConnection;
import org.siptrust.ui.flow.internal.stream.StreamTranscript.Segment;

/**
 * Follow TLS Stream: the decrypted conversation of the connection selected anywhere (a connection,
 * a message, a frame), the client's bytes in red and the server's in blue, interleaved in the order
 * of the frames, as Wireshark shows it. When the connection could not be decrypted, or is not TLS,
 * it says why. Double-click in the text selects the frame that carried those bytes.
 */
public final class FollowTlsStreamView extends ViewPart {
    public static final String ID = FlowIds.VIEW_FOLLOW_TLS;
    /** Characters shown at most; longer conversations are cut with a note. */
    static final int MAX_CHARS = 4 * 1024 * 1024;
    static final Color CLIENT_FG = new Color(0x9b, 0x1c, 0x1c);
    static final Color CLIENT_BG = new Color(0xfb, 0xed, 0xed);
    static final Color SERVER_FG = new Color(0x1c, 0x3d, 0x9b);
    static final Color SERVER_BG = new Color(0xec, 0xf0, 0xfb);
    static final Color GAP_FG = new Color(0x6b, 0x72, 0x80);

    private Label header;
    private StyledText text;
    private Analysis analysis;
    private Connection connection;
    private StreamTranscript transcript;
    private ISelectionListener selectionListener;
    private AnalysisListener analysisListener;

    /** Shows the view and the connection {@code selection} is about. */
    public static FollowTlsStreamView open(IWorkbenchPage page, ISelection selection) {
        try {
            IViewPart part = page.showView(ID);
            if (part instanceof FollowTlsStreamView v) {
                v.follow(selection);
                return v;
            }
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(FollowTlsStreamView.class).error("cannot open the Follow TLS Stream view", e);
        }
        return null;
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        header = new Label(root, SWT.WRAP);
        GridData headerData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        headerData.horizontalIndent = 4;
        headerData.verticalIndent = 2;
        header.setLayoutData(headerData);
        text = new StyledText(root, SWT.READ_ONLY | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setFont(JFaceResources.getTextFont());
        text.setMargins(4, 2, 4, 2);
        text.addListener(SWT.MouseDoubleClick, e -> selectFrameAtCaret());

        selectionListener = this::selectionChanged;
        getSite().getPage().addPostSelectionListener(selectionListener);
        analysisListener = this::analysisChanged;
        AnalysisService.get().addListener(analysisListener);

        ISelection current = getSite().getPage().getSelection();
        if (!(current instanceof AnalysisSelection) && AnalysisService.get().activeEditor() != null) {
            current = AnalysisService.get().activeEditor().getSite().getSelectionProvider().getSelection();
        }
        if (!follow(current)) {
            show(AnalysisService.get().activeAnalysis(), null);
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part != this) {
            follow(selection);
        }
    }

    /** Shows the connection {@code selection} is about; false (and no change) when it is about none. */
    public boolean follow(ISelection selection) {
        Optional<Connection> c = SelectedConnection.of(selection);
        if (c.isEmpty() || text == null || text.isDisposed()) {
            return false;
        }
        show(((AnalysisSelection) selection).analysis(), c.get());
        return true;
    }

    private void analysisChanged(AnalysisEvent e) {
        if (text == null || text.isDisposed() || e.analysis() == analysis) {
            return;
        }
        Analysis a = e.analysis();
        // after a re-analysis (keys added) the connection keeps its id: show it again, now decrypted
        Connection same = a == null || connection == null ? null
                : a.connection(connection.id()).filter(c -> c.client().equals(connection.client())
                        && c.server().equals(connection.server())).orElse(null);
        show(a, same);
    }

    /** Shows {@code c} of {@code a} (null: a hint what to select). */
    public void show(Analysis a, Connection c) {
        analysis = a;
        connection = c;
        transcript = null;
        text.setStyleRanges(new StyleRange[0]);
        if (a == null) {
            setHeader("No capture is open.");
            text.setText("");
            return;
        }
        if (c == null) {
            setHeader("Select a TLS connection, a SIP message or a frame to follow its decrypted stream.");
            text.setText("");
            return;
        }
        String label = c.id() + " " + c.transport().toUpperCase(Locale.ROOT) + " " + c.client() + " → " + c.server();
        setPartName("Follow TLS Stream: " + c.id());
        if (!c.isTls()) {
            setHeader(label + ": this is a plain " + c.transport().toUpperCase(Locale.ROOT)
                    + " conversation, not TLS, so there is nothing to decrypt (its SIP messages are on the Messages page).");
            text.setText("");
            return;
        }
        TlsSession session = a.tlsSession(c.id()).orElse(null);
        if (session == null) {
            setHeader(label + ": no TLS session was decoded for this connection.");
            text.setText("");
            return;
        }
        StreamTranscript t = StreamTranscript.of(session.clientApplicationData(), session.serverApplicationData(), MAX_CHARS);
        transcript = t;
        StringBuilder h = new StringBuilder(label);
        if (c.tls().version() != null) {
            h.append(", ").append(c.tls().version());
        }
        if (c.tls().cipherSuiteName() != null) {
            h.append(' ').append(c.tls().cipherSuiteName());
        }
        h.append(c.tls().sni() == null ? ", no SNI" : ", SNI " + c.tls().sni());
        h.append(". Client (red): ").append(t.clientBytes()).append(" bytes; server (blue): ").append(t.serverBytes()).append(" bytes.");
        if (!session.decrypted()) {
            String why = session.undecryptedReason() != null ? session.undecryptedReason() : c.tls().undecryptedReason();
            h.append(" Not decrypted").append(why == null ? "." : ": " + why + ".");
            if (t.clientBytes() + t.serverBytes() == 0) {
                h.append(" Attach the key log of this capture with File > Keys… (Ctrl+K).");
            }
        }
        if (t.truncated()) {
            h.append(" Only the first ").append(MAX_CHARS / (1024 * 1024)).append(" MiB of text are shown.");
        }
        setHeader(h.toString());
        text.setText(t.text());
        text.setStyleRanges(styles(t));
    }

    private static StyleRange[] styles(StreamTranscript t) {
        List<StyleRange> out = new ArrayList<>();
        for (Segment s : t.segments()) {
            StyleRange r = new StyleRange();
            r.start = s.start();
            r.length = s.length();
            if (s.gap()) {
                r.foreground = GAP_FG;
                r.fontStyle = SWT.ITALIC;
            } else if (s.direction() == StreamTranscript.Direction.CLIENT) {
                r.foreground = CLIENT_FG;
                r.background = CLIENT_BG;
            } else {
                r.foreground = SERVER_FG;
                r.background = SERVER_BG;
            }
            out.add(r);
        }
        return out.toArray(new StyleRange[0]);
    }

    private void setHeader(String s) {
        header.setText(s.replace("&", "&&"));
        header.setToolTipText(s);
        header.getParent().layout(true);
    }

    private void selectFrameAtCaret() {
        if (transcript == null || analysis == null) {
            return;
        }
        long frame = transcript.frameAt(text.getCaretOffset());
        CaptureEditor editor = AnalysisService.get().activeEditor();
        if (frame > 0 && editor != null && editor.analysis() == analysis) {
            editor.reveal(FrameSelection.of(analysis, frame));
        }
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void dispose() {
        if (selectionListener != null) {
            getSite().getPage().removePostSelectionListener(selectionListener);
        }
        if (analysisListener != null) {
            AnalysisService.get().removeListener(analysisListener);
        }
        super.dispose();
    }

    // --- for tests ---------------------------------------------------------------------------------------

    public Connection connection() {
        return connection;
    }

    public StyledText text() {
        return text;
    }

    public String headerText() {
        return header.getText().replace("&&", "&");
    }

    public StreamTranscript transcript() {
        return transcript;
    }
}
