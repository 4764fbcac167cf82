package org.siptrust.ui.flow.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.analysis.Connection;
import org.siptrust.sip.SipMessage;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.ConnectionSelection;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.flow.FlowIds;
import org.siptrust.ui.flow.FlowTestSupport;
import org.siptrust.ui.flow.internal.messages.MessagesPage;
import org.siptrust.ui.testing.Workbench;

/**
 * Follow TLS Stream on scenario b: the decrypted conversation of c1 (bob's REGISTER to B and B's
 * 200), following the selection of the Messages page, and the reason when nothing was decrypted.
 */
class FollowTlsStreamViewTest {
    private static CaptureEditor editor;
    private static FollowTlsStreamView view;

    @BeforeAll
    static void open() throws Exception {
        Workbench.closeAllEditors();
        Workbench.bigWindow();
        editor = FlowTestSupport.open(FlowTestSupport.SCENARIO_B, FlowTestSupport.scenarioBOptions());
        assertNotNull(editor.analysis(), editor.statusText());
        view = (FollowTlsStreamView) Workbench.page().showView(FlowIds.VIEW_FOLLOW_TLS);
        Workbench.flush();
    }

    @AfterAll
    static void close() {
        Workbench.closeAllEditors();
    }

    private static Connection connection(String id) {
        return editor.analysis().connection(id).orElseThrow();
    }

    @Test
    void isInTheTrustAnalysisPerspective() {
        boolean placed = false;
        for (IViewReference ref : Workbench.page().getViewReferences()) {
            placed |= ref.getId().equals(FlowIds.VIEW_FOLLOW_TLS);
        }
        assertTrue(placed);
        assertEquals(SipTrustIds.PERSPECTIVE_TRUST, Workbench.page().getPerspective().getId());
    }

    @Test
    void connectionC1StartsWithBobsRegister() throws Exception {
        assertTrue(view.follow(new ConnectionSelection(editor.analysis(), List.of(connection("c1")))));
        Workbench.flush();
        String text = view.text().getText();
        assertTrue(text.startsWith("REGISTER sip:biloxi.example.com SIP/2.0\nVia: SIP/2.0/TLS bob-pc.biloxi.example.com:5061;"), text);
        // B's answer follows bob's request, in frame order (REGISTER in frame 9, 200 OK in frame 12)
        int ok = text.indexOf("SIP/2.0 200 OK");
        assertTrue(ok > text.indexOf("REGISTER"), text);
        StreamTranscript t = view.transcript();
        assertEquals(StreamTranscript.Direction.CLIENT, t.segments().get(0).direction());
        assertEquals(9, t.segments().get(0).frame());
        StreamTranscript.Segment server = t.segments().stream().filter(s -> s.direction() == StreamTranscript.Direction.SERVER)
                .findFirst().orElseThrow();
        assertEquals(ok, server.start());
        assertEquals(12, server.frame());
        assertEquals(12, t.frameAt(ok + 3));
        // client red, server blue
        StyleRange first = view.text().getStyleRangeAtOffset(0);
        assertEquals(FollowTlsStreamView.CLIENT_FG, first.foreground);
        assertEquals(FollowTlsStreamView.SERVER_FG, view.text().getStyleRangeAtOffset(ok).foreground);
        assertTrue(view.headerText().startsWith("c1 TLS 127.0.0.13:35011 → 127.0.0.12:5061, TLSv1.3 TLS_AES_256_GCM_SHA384, no SNI."),
                view.headerText());
        // the SIP message lengths add up: every byte of the decrypted streams is shown as text
        int sipBytes = editor.analysis().messages().stream().filter(m -> "c1".equals(m.context().connectionId()))
                .mapToInt(SipMessage::length).sum();
        assertEquals(sipBytes, t.clientBytes() + t.serverBytes());
        FlowTestSupport.screenshot(view.text().getParent(), "follow-tls-c1");
        assertTrue(Files.exists(FlowTestSupport.SCREENSHOTS.resolve("follow-tls-c1.png")));
    }

    @Test
    void followsTheMessageSelectedInTheMessagesPage() {
        editor.getSite().getPage().activate(editor);
        editor.showPage(FlowIds.PAGE_MESSAGES);
        MessagesPage messages = (MessagesPage) editor.page(FlowIds.PAGE_MESSAGES).orElseThrow();
        SipMessage invite = editor.analysis().messages().stream().filter(m -> m.frame() == 52).findFirst().orElseThrow();
        assertTrue(messages.select(invite));
        Workbench.waitUntil("the view to follow c3", 5_000, () -> view.connection() != null && view.connection().id().equals("c3"));
        assertTrue(view.text().getText().startsWith("MESSAGE sip:bob@biloxi.example.com SIP/2.0"), "c3 starts with A's MESSAGE");
        assertTrue(view.text().getText().contains("INVITE sip:bob@biloxi.example.com SIP/2.0"));
    }

    @Test
    void theCommandOpensTheViewOnTheSelection() throws Exception {
        editor.getSite().getPage().activate(editor);
        editor.showPage(FlowIds.PAGE_MESSAGES);
        MessagesPage messages = (MessagesPage) editor.page(FlowIds.PAGE_MESSAGES).orElseThrow();
        SipMessage bye = editor.analysis().messages().stream().filter(m -> m.frame() == 75).findFirst().orElseThrow();
        assertTrue(messages.select(bye));
        Workbench.flush();
        view.show(editor.analysis(), null);
        editor.getSite().getPage().activate(editor);
        editor.getSite().getService(IHandlerService.class).executeCommand(FlowIds.COMMAND_FOLLOW_TLS, null);
        Workbench.flush();
        assertEquals("c4", view.connection().id());
        assertTrue(view.text().getText().startsWith("MESSAGE sip:bob@bob-pc.biloxi.example.com:5061;transport=tls SIP/2.0"));
    }

    @Test
    void withoutKeysItSaysWhy() {
        editor.reanalyse(AnalysisOptions.none());
        Workbench.waitUntil("the analysis without keys", 90_000, () -> !editor.isAnalysing());
        Workbench.flush();
        try {
            view.follow(new ConnectionSelection(editor.analysis(), List.of(connection("c1"))));
            Workbench.flush();
            assertEquals("", view.text().getText());
            String reason = connection("c1").tls().undecryptedReason();
            assertNotNull(reason);
            assertTrue(view.headerText().contains("Not decrypted: " + reason), view.headerText());
        } finally {
            editor.reanalyse(FlowTestSupport.scenarioBOptions());
            Workbench.waitUntil("the analysis with keys", 90_000, () -> !editor.isAnalysing());
            Workbench.flush();
        }
        // the view shows c1 again, decrypted now
        view.follow(new ConnectionSelection(editor.analysis(), List.of(connection("c1"))));
        assertTrue(view.text().getText().startsWith("REGISTER sip:biloxi.example.com SIP/2.0"));
    }
}
