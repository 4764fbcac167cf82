package org.siptrust.ui.flow.internal.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siptrust.sip.SipMessage;
import org.siptrust.testing.JsonTree;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.FrameSelection;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.flow.FlowIds;
import org.siptrust.ui.flow.FlowTestSupport;
import org.siptrust.ui.flow.MessageSelection;
import org.siptrust.ui.flow.internal.ladder.LadderPage;
import org.siptrust.ui.testing.Workbench;

/**
 * The Messages page on scenario b with its key log, row by row against tshark's SIP reference
 * (frame, method/status, Call-ID), its filters, the details pane, the shared selection and Ctrl+F.
 */
class MessagesPageTest {
    private static CaptureEditor editor;
    private static MessagesPage page;
    private static List<Map<String, Object>> reference;

    @BeforeAll
    static void open() throws Exception {
        Workbench.closeAllEditors();
        Workbench.bigWindow();
        reference = JsonTree.objects(FlowTestSupport.SCENARIO_B_SIP);
        editor = FlowTestSupport.open(FlowTestSupport.SCENARIO_B, FlowTestSupport.scenarioBOptions());
        assertNotNull(editor.analysis(), editor.statusText());
        page = (MessagesPage) editor.page(FlowIds.PAGE_MESSAGES).orElseThrow();
        editor.showPage(FlowIds.PAGE_MESSAGES);
        Workbench.flush();
    }

    @AfterAll
    static void close() {
        Workbench.closeAllEditors();
    }

    @BeforeEach
    void noFilter() {
        page.setFilter(MessageFilter.NONE);
        Workbench.flush();
    }

    private static String cell(Table table, int row, MessageColumn c) {
        return table.getItem(row).getText(c.ordinal());
    }

    private static String methodOrStatus(Map<String, Object> r) {
        return r.get("method") != null ? (String) r.get("method") : String.valueOf(r.get("status_code"));
    }

    private static void click(Table table, int row) {
        table.setFocus();
        table.setSelection(row);
        Event e = new Event();
        e.item = table.getItem(row);
        table.notifyListeners(SWT.Selection, e);
        Workbench.flush();
    }

    @Test
    void pagesSitBetweenFramesAndConnections() {
        List<String> ids = editor.pageIds();
        int frames = ids.indexOf(SipTrustIds.PAGE_FRAMES);
        int messages = ids.indexOf(FlowIds.PAGE_MESSAGES);
        int ladder = ids.indexOf(FlowIds.PAGE_LADDER);
        int connections = ids.indexOf(SipTrustIds.PAGE_CONNECTIONS);
        assertTrue(frames >= 0 && frames < messages && messages < ladder && ladder < connections, ids.toString());
    }

    @Test
    void everyMessageOfTsharkInOrder() {
        Table table = page.table();
        assertTrue((table.getStyle() & SWT.VIRTUAL) != 0, "virtual table");
        assertEquals(30, reference.size());
        assertEquals(30, table.getItemCount(), "tshark decodes 30 SIP messages with the key log");
        for (int i = 0; i < reference.size(); i++) {
            Map<String, Object> r = reference.get(i);
            assertEquals(String.valueOf(r.get("frame")), cell(table, i, MessageColumn.NUMBER), "row " + i);
            assertEquals(methodOrStatus(r), cell(table, i, MessageColumn.METHOD), "row " + i);
            assertEquals(r.get("call_id"), cell(table, i, MessageColumn.CALL_ID), "row " + i);
            assertEquals(r.get("cseq"), cell(table, i, MessageColumn.CSEQ), "row " + i);
            assertEquals(r.get("src"), cell(table, i, MessageColumn.SOURCE), "row " + i);
            assertEquals(r.get("dst"), cell(table, i, MessageColumn.DESTINATION), "row " + i);
            Object target = r.get("method") != null ? r.get("request_uri") : null;
            if (target != null) {
                assertEquals(target, cell(table, i, MessageColumn.TARGET), "row " + i);
            }
            // every message of this scenario was decrypted: TLS with the lock
            assertEquals("TLS", cell(table, i, MessageColumn.TRANSPORT), "row " + i);
            assertNotNull(table.getItem(i).getImage(MessageColumn.TRANSPORT.ordinal()), "lock on row " + i);
            // no retransmission or malformed message; the hops that fail RFC 5922 (README): bob -> B by IP literal
            // (c1: frames 9, 12), and A -> B for alice's ACK and BYE by B's IP in the Route (66, 73 and the 200 of the BYE, 78)
            long frame = ((Number) r.get("frame")).longValue();
            String notes = List.of(9L, 12L, 66L, 73L, 78L).contains(frame) ? "✘ RFC 5922: unauthenticatable" : "";
            assertEquals(notes, cell(table, i, MessageColumn.NOTES), "row " + i);
        }
        // first row: frame 9 at 0.115153 s after frame 1 (tshark frame.time_relative)
        assertEquals("0.021312", cell(table, 0, MessageColumn.TIME));
    }

    @Test
    void filterByTheInviteCallShowsItsMessagesOnEveryHop() {
        String inviteCall = null;
        for (Map<String, Object> r : reference) {
            if ("INVITE".equals(r.get("method"))) {
                inviteCall = (String) r.get("call_id");
                break;
            }
        }
        String callId = inviteCall;
        long expected = reference.stream().filter(r -> callId.equals(r.get("call_id"))).count();
        assertEquals(20, expected, "reference: 3 INVITE, 2×100, 3×180, 3×200, 3 ACK, 3 BYE, 3×200");

        // choose the call in the combo as a user does
        int index = -1;
        String[] items = page.callCombo().getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].contains(callId)) {
                index = i;
            }
        }
        assertTrue(index > 0, Arrays.toString(items));
        assertTrue(items[index].startsWith("INVITE alice@atlanta.example.com -> bob@biloxi.example.com"), items[index]);
        page.callCombo().select(index);
        page.callCombo().notifyListeners(SWT.Selection, new Event());
        Workbench.flush();
        Table table = page.table();
        assertEquals(expected, table.getItemCount());
        for (int i = 0; i < table.getItemCount(); i++) {
            assertEquals(callId, cell(table, i, MessageColumn.CALL_ID));
        }

        // and the method: INVITE requests and the responses to them, within the call
        page.setFilter(page.filter().withMethod("INVITE"));
        Workbench.flush();
        long invites = reference.stream().filter(r -> callId.equals(r.get("call_id")) && ((String) r.get("cseq")).endsWith(" INVITE")).count();
        assertEquals(11, invites);
        assertEquals(invites, table.getItemCount());
    }

    @Test
    void freeTextSearchesTheRawMessage() {
        // the Call-ID of the MESSAGE transaction appears in its six messages only
        String messageCall = (String) reference.stream().filter(r -> "MESSAGE".equals(r.get("method"))).findFirst().orElseThrow()
                .get("call_id");
        page.setFilter(MessageFilter.NONE.withText(messageCall.toUpperCase(java.util.Locale.ROOT)));
        Workbench.flush();
        assertEquals(reference.stream().filter(r -> messageCall.equals(r.get("call_id"))).count(), page.table().getItemCount());
        assertEquals(messageCall.toUpperCase(java.util.Locale.ROOT), page.filterText().getText());

        // Record-Route with B's IP literal: only in the responses that come back through B and the in-dialog requests after them
        page.setFilter(MessageFilter.NONE.withText("<sip:127.0.0.12:5061;transport=tls;lr>"));
        Workbench.flush();
        int rows = page.table().getItemCount();
        assertTrue(rows > 0 && rows < 30, "rows " + rows);
        for (int i = 0; i < rows; i++) {
            assertTrue(page.messageAt(i).rawText().contains("<sip:127.0.0.12:5061;transport=tls;lr>"));
        }
    }

    @Test
    void filteringInTheBackgroundGivesTheSameRows() {
        int limit = MessagesPage.syncFilterLimit;
        MessagesPage.syncFilterLimit = 0;
        try {
            page.setFilter(MessageFilter.NONE.withMethod("BYE"));
            assertTrue(page.isFiltering() || page.table().getItemCount() == 6);
            Workbench.waitUntil("the filter job", 10_000, () -> !page.isFiltering());
            Workbench.flush();
            assertEquals(6, page.table().getItemCount(), "3 BYE and their 3 responses");
        } finally {
            MessagesPage.syncFilterLimit = limit;
        }
    }

    @Test
    void sortingByAColumnAndBack() {
        Table table = page.table();
        table.getColumn(MessageColumn.METHOD.ordinal()).notifyListeners(SWT.Selection, new Event());
        Workbench.flush();
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            methods.add(cell(table, i, MessageColumn.METHOD));
        }
        List<String> sorted = new ArrayList<>(methods);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, methods);
        // frame order again
        table.getColumn(MessageColumn.NUMBER.ordinal()).notifyListeners(SWT.Selection, new Event());
        Workbench.flush();
        assertEquals("9", cell(table, 0, MessageColumn.NUMBER));
        assertEquals("79", cell(table, 29, MessageColumn.NUMBER));
    }

    @Test
    void selectingARowShowsTheMessageAndSelectsItsFrameEverywhere() {
        Table table = page.table();
        int row = -1;
        for (int i = 0; i < table.getItemCount(); i++) {
            if ("52".equals(cell(table, i, MessageColumn.NUMBER))) {
                row = i;
            }
        }
        click(table, row);
        SipMessage m = page.messageAt(row);
        assertEquals(52, m.frame());

        // the editor publishes a message selection that is about frame 52
        ISelection s = editor.getSite().getSelectionProvider().getSelection();
        MessageSelection ms = assertInstanceOf(MessageSelection.class, s);
        assertSame(m, ms.first());
        assertEquals(List.of(52L), ms.frames());
        // the Ladder page followed
        LadderPage ladder = (LadderPage) editor.page(FlowIds.PAGE_LADDER).orElseThrow();
        assertSame(m, ladder.model().arrows().get(ladder.canvas().selected()).message());

        // details: raw text with the start line bold and the routing headers emphasised
        var text = page.details().text();
        assertTrue(text.getText().startsWith("INVITE sip:bob@biloxi.example.com SIP/2.0"), text.getText());
        StyleRange[] ranges = text.getStyleRanges();
        assertEquals(0, ranges[0].start);
        assertEquals("INVITE sip:bob@biloxi.example.com SIP/2.0".length(), ranges[0].length);
        assertEquals(SWT.BOLD, ranges[0].fontStyle);
        int via = text.getText().indexOf("\nVia:") + 1;
        StyleRange viaStyle = text.getStyleRangeAtOffset(via);
        assertNotNull(viaStyle);
        assertEquals(SWT.BOLD, viaStyle.fontStyle);
        assertEquals(org.siptrust.ui.flow.internal.details.MessageDetailsPaneAccess.routingName(), viaStyle.foreground);
        int callId = text.getText().indexOf("\nCall-ID:") + 1;
        assertEquals(org.siptrust.ui.flow.internal.details.MessageDetailsPaneAccess.headerName(),
                text.getStyleRangeAtOffset(callId).foreground);

        // the parsed tree: the top Via is A's (sent-by sip.atlanta.example.com), with its branch
        List<String> top = new ArrayList<>();
        TreeItem firstVia = null;
        for (TreeItem t : page.details().tree().getTree().getItems()) {
            top.add(t.getText());
            if (firstVia == null && t.getText().startsWith("Via:")) {
                firstVia = t;
            }
        }
        assertTrue(top.get(0).startsWith("Frame 52, TLS 127.0.0.11:39165 → 127.0.0.12:5061 [c3], decrypted"), top.get(0));
        assertEquals("INVITE sip:bob@biloxi.example.com SIP/2.0", top.get(1));
        assertNotNull(firstVia, top.toString());
        List<String> viaFields = new ArrayList<>();
        for (TreeItem t : firstVia.getItems()) {
            viaFields.add(t.getText());
        }
        assertTrue(viaFields.contains("Sent protocol: SIP/2.0/TLS"), viaFields.toString());
        assertTrue(viaFields.stream().anyMatch(f -> f.startsWith("Branch: z9hG4bK") && f.endsWith("(RFC 3261 magic cookie)")), viaFields.toString());
    }

    @Test
    void followsASelectionMadeElsewhere() {
        // a frame selected on another page selects the message it carries
        editor.reveal(FrameSelection.of(editor.analysis(), 66));
        Workbench.flush();
        Table table = page.table();
        assertEquals(1, table.getSelectionCount());
        assertEquals("66", table.getSelection()[0].getText(MessageColumn.NUMBER.ordinal()));
        assertEquals("ACK", table.getSelection()[0].getText(MessageColumn.METHOD.ordinal()));
        assertTrue(page.details().text().getText().startsWith("ACK sip:bob@bob-pc.biloxi.example.com:5061;transport=tls SIP/2.0"));
        // a frame without SIP (the first SYN) selects nothing
        editor.reveal(FrameSelection.of(editor.analysis(), 1));
        Workbench.flush();
        assertEquals(0, table.getSelectionCount());
    }

    @Test
    void ctrlFPutsTheKeyboardInTheFilter() throws Exception {
        editor.getSite().getPage().activate(editor);
        editor.showPage(FlowIds.PAGE_MESSAGES);
        page.setFocus();
        Workbench.flush();
        assertTrue(page.table().isFocusControl());
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand(FlowIds.COMMAND_FOCUS_FILTER, null);
        Workbench.flush();
        assertTrue(page.filterText().isFocusControl(), "the command focuses the filter");

        // and the key itself, through the workbench's key bindings
        page.setFocus();
        Workbench.flush();
        assertTrue(page.table().isFocusControl());
        Display d = page.table().getDisplay();
        post(d, SWT.KeyDown, SWT.CTRL, (char) 0);
        post(d, SWT.KeyDown, 0, 'f');
        post(d, SWT.KeyUp, 0, 'f');
        post(d, SWT.KeyUp, SWT.CTRL, (char) 0);
        Workbench.waitUntil("Ctrl+F to reach the filter", 5_000, () -> page.filterText().isFocusControl());
    }

    private static void post(Display d, int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        d.post(e);
        Workbench.flush();
    }

    @Test
    void reanalysisWithoutKeysEmptiesTheTableAndWithKeysFillsItAgain() {
        editor.reanalyse(org.siptrust.analysis.AnalysisOptions.none());
        Workbench.waitUntil("the analysis without keys", 90_000, () -> !editor.isAnalysing());
        Workbench.flush();
        assertNotNull(editor.analysis(), editor.statusText());
        assertEquals(0, page.table().getItemCount(), "tshark: SIP frames without keys 0");
        assertNull(page.messageAt(0));
        assertEquals(1, page.callCombo().getItemCount(), "only 'All calls'");

        editor.reanalyse(FlowTestSupport.scenarioBOptions());
        Workbench.waitUntil("the analysis with keys", 90_000, () -> !editor.isAnalysing());
        Workbench.flush();
        assertEquals(30, page.table().getItemCount());
        assertEquals(5, page.callCombo().getItemCount(), "'All calls' and the 4 Call-IDs of the reference");
    }

    @Test
    void screenshotOfTheMessagesPage() throws Exception {
        var wbPage = editor.getSite().getPage();
        var follow = wbPage.findViewReference(FlowIds.VIEW_FOLLOW_TLS);
        if (follow != null) {
            wbPage.hideView(follow);
        }
        Workbench.bigWindow();
        editor.showPage(FlowIds.PAGE_MESSAGES);
        Table table = page.table();
        for (int i = 0; i < table.getItemCount(); i++) {
            if ("66".equals(cell(table, i, MessageColumn.NUMBER))) {
                click(table, i);
            }
        }
        Workbench.settle(400);
        var shot = FlowTestSupport.screenshot(editor.getSite().getShell(), "messages-workbench");
        assertTrue(java.nio.file.Files.size(shot) > 10_000);
    }
}
