package org.siptrust.ui.flow.internal.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.testing.JsonTree;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.flow.FlowIds;
import org.siptrust.ui.flow.FlowTestSupport;
import org.siptrust.ui.flow.MessageSelection;
import org.siptrust.ui.flow.internal.ladder.LadderModel.Arrow;
import org.siptrust.ui.flow.internal.ladder.SipElements.Element;
import org.siptrust.ui.flow.internal.messages.MessageColumn;
import org.siptrust.ui.flow.internal.messages.MessagesPage;
import org.siptrust.ui.flow.internal.stream.FollowTlsStreamView;
import org.siptrust.ui.testing.Workbench;

/** Wireshark's SIP sample over UDP (public/zeek/sip_wireshark.pcap): 81 messages, plain UDP, no hops. */
class UdpCaptureTest {
    private static CaptureEditor editor;
    private static List<Map<String, Object>> reference;

    @BeforeAll
    static void open() throws Exception {
        Workbench.closeAllEditors();
        reference = JsonTree.objects(FlowTestSupport.ZEEK_SIP_REFERENCE);
        editor = FlowTestSupport.open(FlowTestSupport.ZEEK_SIP, AnalysisOptions.none());
        assertNotNull(editor.analysis(), editor.statusText());
    }

    @AfterAll
    static void close() {
        Workbench.closeAllEditors();
    }

    @Test
    void messagesPageHasTshark81Messages() {
        MessagesPage page = (MessagesPage) editor.page(FlowIds.PAGE_MESSAGES).orElseThrow();
        editor.showPage(FlowIds.PAGE_MESSAGES);
        Workbench.flush();
        Table table = page.table();
        assertEquals(81, reference.size());
        assertEquals(81, table.getItemCount());
        for (int i = 0; i < reference.size(); i++) {
            Map<String, Object> r = reference.get(i);
            assertEquals(String.valueOf(r.get("frame")), table.getItem(i).getText(MessageColumn.NUMBER.ordinal()), "row " + i);
            String method = r.get("method") != null ? (String) r.get("method") : String.valueOf(r.get("status_code"));
            assertEquals(method, table.getItem(i).getText(MessageColumn.METHOD.ordinal()), "row " + i);
            assertEquals(r.get("call_id"), table.getItem(i).getText(MessageColumn.CALL_ID.ordinal()), "row " + i);
            assertEquals("UDP", table.getItem(i).getText(MessageColumn.TRANSPORT.ordinal()));
            assertNull(table.getItem(i).getImage(MessageColumn.TRANSPORT.ordinal()), "nothing decrypted");
        }
        // filtering by CANCEL: 11 CANCEL requests (their responses are 200/481 by CSeq CANCEL, counted by the reference cseq)
        page.setFilter(page.filter().withMethod("CANCEL"));
        Workbench.flush();
        long cancels = reference.stream().filter(r -> ((String) r.get("cseq")).endsWith(" CANCEL")).count();
        assertEquals(cancels, table.getItemCount());
        page.setFilter(page.filter().withMethod(null));
    }

    @Test
    void ladderOfUdpElements() {
        LadderPage page = (LadderPage) editor.page(FlowIds.PAGE_LADDER).orElseThrow();
        editor.showPage(FlowIds.PAGE_LADDER);
        Workbench.flush();
        // the default: the call with the most messages of the reference
        Map<Object, Long> perCall = reference.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.get("call_id"),
                java.util.stream.Collectors.counting()));
        long most = perCall.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertEquals(most, page.model().arrows().size());
        page.showCall(null);
        Workbench.flush();
        assertEquals(81, page.model().arrows().size());
        List<String> addresses = page.model().columns().stream().map(Element::address).toList();
        assertEquals(List.of("192.168.1.2:5060", "212.242.33.35:5060", "200.68.120.81:5060"), addresses);
        for (Arrow a : page.model().arrows()) {
            assertEquals("UDP", a.transport());
            assertFalse(a.decrypted());
            assertFalse(a.failing(), "no TLS hop, no verdict");
            assertNull(a.verdict());
        }
        // the REGISTERs that got no answer are sent again: some arrows are retransmissions
        long retransmissions = page.model().arrows().stream().filter(Arrow::retransmission).count();
        long expected = editor.analysis().messages().stream().filter(m -> editor.analysis().calls().isRetransmission(m)).count();
        assertEquals(expected, retransmissions);
        page.showCall(LadderModel.biggestCall(editor.analysis().calls()));
    }

    @Test
    void followTlsStreamSaysAUdpFlowIsNotTls() throws Exception {
        FollowTlsStreamView view = (FollowTlsStreamView) Workbench.page().showView(FlowIds.VIEW_FOLLOW_TLS);
        assertTrue(view.follow(MessageSelection.of(editor.analysis(), editor.analysis().messages().get(0))));
        assertEquals("", view.text().getText());
        assertTrue(view.headerText().contains("plain UDP conversation, not TLS"), view.headerText());
    }

    @Test
    void aLadderOfThousandsOfMessagesPaintsOnlyWhatShows() {
        LadderPage page = (LadderPage) editor.page(FlowIds.PAGE_LADDER).orElseThrow();
        editor.showPage(FlowIds.PAGE_LADDER);
        page.showCall(null);
        LadderModel all = page.model();
        java.util.List<Arrow> many = new java.util.ArrayList<>();
        while (many.size() < 20_000) {
            many.addAll(all.arrows());
        }
        LadderModel big = LadderModel.of("stress", all.columns(), many);
        LadderCanvas canvas = page.canvas();
        canvas.setModel(big, "");
        Workbench.flush();
        assertTrue(canvas.layout().height() > 20_000 * 30, "a tall picture: " + canvas.layout().height());
        long start = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            canvas.scrollToY(i * canvas.layout().height() / 40);
            canvas.control().update();
        }
        canvas.scrollToY(canvas.layout().height());
        canvas.select(many.size() - 1);
        canvas.control().update();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(many.size() - 1, canvas.selected());
        assertTrue(millis < 4_000, "41 repaints of a 20000-row ladder took " + millis + " ms");
        // far too tall for one PNG: refused with a sentence instead of exhausting the heap
        String problem = LadderExport.pngProblem(canvas.layout());
        assertTrue(problem != null && problem.contains("too large for a PNG"), problem);
        page.showCall(LadderModel.biggestCall(editor.analysis().calls()));
    }
}
