package org.siptrust.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.siptrust.ui.UiTestSupport.SCENARIO_B;
import static org.siptrust.ui.UiTestSupport.SCENARIO_B_KEYS;
import static org.siptrust.ui.testing.Workbench.assertContains;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.analysis.Connection;
import org.siptrust.ui.internal.editor.ConnectionsPage;
import org.siptrust.ui.internal.editor.FramesPage;
import org.siptrust.ui.testing.Workbench;

/**
 * The capture editor on a real corpus capture (scenario b, with its key log), checked against
 * tshark: frame rows, the details tree and hex view of a selected frame, the Connections page,
 * the status line and the shared selection.
 */
class CaptureEditorTest {
    private static CaptureEditor editor;
    private static final List<AnalysisEvent> events = new ArrayList<>();
    private static final AnalysisListener recorder = events::add;

    @BeforeAll
    static void open() throws Exception {
        Workbench.closeAllEditors();
        AnalysisService.get().addListener(recorder);
        editor = UiTestSupport.openAndWait(SCENARIO_B, AnalysisOptions.builder().keyLog(SCENARIO_B_KEYS).build(), 60_000);
        assertNotNull(editor.analysis(), editor.statusText());
    }

    @AfterAll
    static void close() {
        AnalysisService.get().removeListener(recorder);
        Workbench.closeAllEditors();
    }

    private static FramesPage frames() {
        return (FramesPage) editor.page(SipTrustIds.PAGE_FRAMES).orElseThrow();
    }

    private static String[] row(Table table, int index) {
        TableItem item = table.getItem(index);
        String[] cols = new String[table.getColumnCount()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = item.getText(i);
        }
        return cols;
    }

    /** Selects a row the way a click does: the table's selection plus its Selection event. */
    private static void clickRow(Table table, int index) {
        table.setFocus();
        table.setSelection(index);
        Event e = new Event();
        e.item = table.getItem(index);
        table.notifyListeners(SWT.Selection, e);
        Workbench.flush();
    }

    @Test
    void pagesAreFramesThenConnectionsFromTheExtensionPoint() {
        // other bundles' pages (Messages 20, Ladder 30) may sit between when they are installed
        List<String> ids = editor.pageIds();
        assertEquals(SipTrustIds.PAGE_FRAMES, ids.get(0));
        assertTrue(ids.indexOf(SipTrustIds.PAGE_CONNECTIONS) > 0, ids.toString());
        assertEquals("b_ip_in_record_route.pcap", editor.getPartName());
    }

    @Test
    void framesTableHasEveryFrameAndRowOneIsTsharksFrameOne() {
        Table table = frames().viewer().getTable();
        assertTrue((table.getStyle() & SWT.VIRTUAL) != 0, "the frame table is virtual");
        assertEquals(95, table.getItemCount(), "tshark: 95 frames");
        // tshark -r b_ip_in_record_route.pcap -c 1 -T fields -e ip.src -e ip.dst -e _ws.col.Protocol -e frame.len
        //   127.0.0.13  127.0.0.12  TCP  74  "35011 → 5061 [SYN] Seq=0 Win=65495 Len=0 MSS=..."
        String[] first = row(table, 0);
        assertEquals(List.of("1", "0.000000", "127.0.0.13", "127.0.0.12", "TCP", "74", "35011 → 5061 [SYN] Seq=0 Len=0"),
                Arrays.asList(first));
        // frame 2: "5061 → 35011 [SYN, ACK] Seq=0 Ack=1 Win=65483 Len=0 ..." at 0.000017
        assertEquals(List.of("2", "0.000017", "127.0.0.12", "127.0.0.13", "TCP", "74", "5061 → 35011 [SYN, ACK] Seq=0 Ack=1 Len=0"),
                Arrays.asList(row(table, 1)));
        // frame 95, the last one
        assertEquals("95", row(table, 94)[0]);
    }

    @Test
    void selectingARowShowsItsLayersAndBytes() {
        Table table = frames().viewer().getTable();
        clickRow(table, 0);
        assertEquals(1, frames().shownFrame());
        List<String> layers = new ArrayList<>();
        for (TreeItem t : frames().detailsViewer().getTree().getItems()) {
            layers.add(t.getText());
        }
        assertTrue(layers.get(0).startsWith("Frame 1: 74 bytes on wire"), layers.toString());
        assertTrue(layers.contains("Ethernet (14 bytes)"), layers.toString());
        assertTrue(layers.contains("IPv4 (20 bytes)"), layers.toString());
        assertTrue(layers.contains("TCP (40 bytes)"), layers.toString());
        // tshark -r b_ip_in_record_route.pcap -x -c 1, first line
        String hex = frames().hexView().getText();
        assertEquals("0000  00 00 00 00 00 00 00 00 00 00 00 00 08 00 45 00   ..............E.", hex.lines().findFirst().orElseThrow());
        assertEquals("0040  7a 0e 00 00 00 00 01 03 03 0a                     z.........", hex.lines().reduce((a, b) -> b).orElseThrow());

        // a field of the TCP layer: its layer's bytes are highlighted in the hex view
        TreeItem tcp = Arrays.stream(frames().detailsViewer().getTree().getItems()).filter(t -> t.getText().startsWith("TCP"))
                .findFirst().orElseThrow();
        frames().detailsViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(tcp.getData()));
        Workbench.flush();
        var ranges = frames().hexView().getStyleRanges();
        assertTrue(ranges.length > 0, "TCP bytes highlighted");
        // byte 34 (first TCP byte) is on line 2 (offset 0x0020) at hex column 6 + 2*3
        int line2 = hex.indexOf("\n0020");
        assertEquals(line2 + 1 + 6 + 2 * 3, ranges[0].start);
    }

    @Test
    void clientHelloFrameHasItsPayloadAsData() {
        Table table = frames().viewer().getTable();
        clickRow(table, 3);
        List<String> layers = new ArrayList<>();
        for (TreeItem t : frames().detailsViewer().getTree().getItems()) {
            layers.add(t.getText());
        }
        assertTrue(layers.contains("TCP (32 bytes)"), layers.toString());
        assertTrue(layers.contains("Data (517 bytes)"), "tshark: tcp.len 517 in frame 4: " + layers);
        assertTrue(layers.stream().anyMatch(l -> l.startsWith("Connection c1 ")), layers.toString());
    }

    @Test
    void connectionsPageShowsTheFourTlsStreamsOfTheReadme() {
        Table table = ((ConnectionsPage) editor.page(SipTrustIds.PAGE_CONNECTIONS).orElseThrow()).viewer().getTable();
        assertEquals(4, table.getItemCount());
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TableItem item = table.getItem(i);
            pairs.add(item.getText(2) + " -> " + item.getText(3));
            assertEquals("c" + (i + 1), item.getText(0));
        }
        // README of the scenario, streams 0..3
        assertEquals(List.of("127.0.0.13:35011 -> 127.0.0.12:5061", "127.0.0.10:50447 -> 127.0.0.11:5061",
                "127.0.0.11:39165 -> 127.0.0.12:5061", "127.0.0.12:40599 -> 127.0.0.13:5061"), pairs);
        assertEquals(ConnectionsPage.titles().size(), table.getColumnCount());
    }

    @Test
    void statusLineSaysWhatTheCaptureHolds() {
        String s = editor.statusText();
        assertTrue(s.matches("95 frames, 4 (TLS )?connections.*"), s);
    }

    @Test
    void rowSelectionIsTheEditorsSelectionAndTheConnectionsPageFollows() {
        editor.showPage(SipTrustIds.PAGE_FRAMES);
        Table table = frames().viewer().getTable();
        clickRow(table, 40); // frame 41: B -> bob MESSAGE on stream 3 (c4)
        ISelection s = editor.getSite().getSelectionProvider().getSelection();
        FrameSelection fs = assertInstanceOf(FrameSelection.class, s);
        assertEquals(List.of(41L), fs.frames());
        assertSame(editor.analysis(), fs.analysis());
        ConnectionsPage connections = (ConnectionsPage) editor.page(SipTrustIds.PAGE_CONNECTIONS).orElseThrow();
        Object selected = ((IStructuredSelection) connections.viewer().getSelection()).getFirstElement();
        assertEquals("c4", ((Connection) selected).id(), "the pages share one selection");
        assertEquals(editor.analysis().connectionOfFrame(41).orElseThrow(), selected);
    }

    @Test
    void revealingAConnectionSelectsItsFrames() {
        Connection c3 = editor.analysis().connection("c3").orElseThrow();
        editor.reveal(new ConnectionSelection(editor.analysis(), List.of(c3)));
        Workbench.flush();
        int[] selected = frames().viewer().getTable().getSelectionIndices();
        Arrays.sort(selected);
        assertEquals(c3.frames().size(), selected.length);
        assertEquals(c3.firstFrame(), selected[0] + 1L);
        assertEquals(c3.firstFrame(), frames().shownFrame());
    }

    @Test
    void analysisServiceKnowsTheActiveAnalysis() {
        assertSame(editor, AnalysisService.get().activeEditor());
        assertSame(editor.analysis(), AnalysisService.get().activeAnalysis());
        assertTrue(events.stream().anyMatch(e -> e.kind() == AnalysisEvent.Kind.UPDATED && e.analysis() == editor.analysis()),
                events.toString());
    }

    @Test
    void reanalysingGivesANewAnalysisToPagesAndListeners() {
        var before = editor.analysis();
        int seen = events.size();
        editor.reanalyse();
        assertTrue(editor.isAnalysing());
        UiTestSupport.waitForAnalysis(editor, 60_000);
        assertNotNull(editor.analysis());
        assertTrue(before != editor.analysis());
        assertEquals(95, frames().viewer().getTable().getItemCount());
        List<AnalysisEvent.Kind> kinds = events.subList(seen, events.size()).stream().map(AnalysisEvent::kind).toList();
        assertEquals(List.of(AnalysisEvent.Kind.STARTED, AnalysisEvent.Kind.UPDATED), kinds);
        assertSame(editor.analysis(), AnalysisService.get().activeAnalysis());
        assertEquals(List.of(SCENARIO_B_KEYS), editor.captureInput().options().keyLogs(), "keys kept");
    }

    @Test
    void captureFilesCanBeDroppedOnTheEditor() {
        for (org.eclipse.swt.widgets.Control c : List.of(frames().viewer().getTable(), frames().detailsViewer().getTree(),
                frames().hexView())) {
            var target = assertInstanceOf(org.eclipse.swt.dnd.DropTarget.class, c.getData(org.eclipse.swt.dnd.DND.DROP_TARGET_KEY));
            assertTrue(Arrays.asList(target.getTransfer()).contains(org.eclipse.swt.dnd.FileTransfer.getInstance()));
        }
    }

    @Test
    void windowTitleAndFileMenu() {
        var shell = editor.getSite().getShell();
        assertContains(shell.getText(), "SIP Trust Workbench");
        assertContains(shell.getText(), "b_ip_in_record_route.pcap"); // the title names the active capture
        var bar = shell.getMenuBar();
        assertNotNull(bar);
        var file = bar.getItem(0);
        assertEquals("&File", file.getText());
        // menus are filled when shown
        file.getMenu().notifyListeners(SWT.Show, new Event());
        Workbench.flush();
        List<String> items = new ArrayList<>();
        for (var item : file.getMenu().getItems()) {
            items.add(item.getText().replace("&", ""));
        }
        String all = String.join("|", items);
        assertContains(all, "Open Capture…\tCtrl+O");
        assertContains(all, "Open Recent");
        assertContains(all, "Keys…\tCtrl+K");
        assertContains(all, "Re-analyse");
        assertContains(all, "Exit");
        file.getMenu().notifyListeners(SWT.Hide, new Event());
    }
}
