package org.siptrust.ui.flow.internal.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siptrust.sip.SipMessage;
import org.siptrust.testing.JsonTree;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.FrameSelection;
import org.siptrust.ui.flow.FlowIds;
import org.siptrust.ui.flow.FlowTestSupport;
import org.siptrust.ui.flow.MessageSelection;
import org.siptrust.ui.flow.internal.ladder.LadderModel.Arrow;
import org.siptrust.ui.flow.internal.ladder.SipElements.Element;
import org.siptrust.ui.flow.internal.messages.MessagesPage;
import org.siptrust.ui.testing.Workbench;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The Ladder page on scenario b: the INVITE call drawn across alice, proxy A, proxy B and bob,
 * the ACK and BYE that A sent to B's IP literal in red, clicks, exports, and a screenshot.
 */
class LadderPageTest {
    private static CaptureEditor editor;
    private static LadderPage page;
    private static List<Map<String, Object>> reference;
    private static String inviteCall;

    @BeforeAll
    static void open() throws Exception {
        Workbench.closeAllEditors();
        Workbench.bigWindow();
        reference = JsonTree.objects(FlowTestSupport.SCENARIO_B_SIP);
        inviteCall = (String) reference.stream().filter(r -> "INVITE".equals(r.get("method"))).findFirst().orElseThrow().get("call_id");
        editor = FlowTestSupport.open(FlowTestSupport.SCENARIO_B, FlowTestSupport.scenarioBOptions());
        assertNotNull(editor.analysis(), editor.statusText());
        page = (LadderPage) editor.page(FlowIds.PAGE_LADDER).orElseThrow();
        editor.showPage(FlowIds.PAGE_LADDER);
        Workbench.settle(200);
    }

    @AfterAll
    static void close() {
        Workbench.closeAllEditors();
    }

    private static List<Map<String, Object>> referenceOfInviteCall() {
        return reference.stream().filter(r -> inviteCall.equals(r.get("call_id"))).toList();
    }

    @Test
    void theDefaultIsTheInviteCallAcrossFourElements() {
        assertEquals(inviteCall, page.shownCall().callId(), "the call with the most messages");
        LadderModel m = page.model();
        // one column per element: the ephemeral client ports of A (39165), B (40599) and bob (35011)
        // are merged with the element's listening port because each element has its own IP address
        List<String> addresses = m.columns().stream().map(Element::address).toList();
        assertEquals(List.of("127.0.0.10", "127.0.0.11:5061", "127.0.0.12:5061", "127.0.0.13:5061"), addresses);
        List<String> labels = m.columns().stream().map(Element::label).toList();
        // the names the certificates prove (hop labels), in the order the INVITE travelled
        assertEquals(List.of("alice-pc.atlanta.example.com", "atlanta.example.com", "biloxi.example.com", "bob-pc.biloxi.example.com"),
                labels);
        // A's Via sent-by adds its host name; B's Via is an IP literal and adds none
        assertTrue(m.columns().get(1).names().contains("sip.atlanta.example.com"), m.columns().get(1).names().toString());
        assertEquals(List.of("biloxi.example.com"), m.columns().get(2).names());
        assertTrue(m.columns().get(1).addresses().stream().anyMatch(e -> e.port() == 39165), "A's client port is in A's column");
        assertTrue(m.columns().get(2).addresses().stream().anyMatch(e -> e.port() == 40599), "B's client port is in B's column");
    }

    @Test
    void oneArrowPerMessageInFrameOrder() {
        LadderModel m = page.model();
        List<Map<String, Object>> ref = referenceOfInviteCall();
        assertEquals(20, ref.size());
        assertEquals(ref.size(), m.arrows().size());
        List<String> addresses = m.columns().stream().map(Element::address).toList();
        for (int i = 0; i < ref.size(); i++) {
            Map<String, Object> r = ref.get(i);
            Arrow a = m.arrows().get(i);
            assertEquals(((Number) r.get("frame")).longValue(), a.message().frame(), "arrow " + i);
            String ip = ((String) r.get("src")).split(":")[0];
            String dstIp = ((String) r.get("dst")).split(":")[0];
            assertTrue(addresses.get(a.from()).startsWith(ip), "arrow " + i + " from " + ip);
            assertTrue(addresses.get(a.to()).startsWith(dstIp), "arrow " + i + " to " + dstIp);
            assertEquals("TLS", a.transport());
            assertTrue(a.decrypted(), "lock on arrow " + i);
            assertFalse(a.retransmission());
            String label = r.get("method") != null ? (String) r.get("method") : String.valueOf(r.get("status_code"));
            assertTrue(a.label().startsWith(label), a.label());
        }
        // alice -> A -> B -> bob for the INVITE
        assertEquals(List.of(0, 1, 1, 2, 2, 3), List.of(m.arrows().get(0).from(), m.arrows().get(0).to(), m.arrows().get(2).from(),
                m.arrows().get(2).to(), m.arrows().get(4).from(), m.arrows().get(4).to()));
    }

    @Test
    void ackAndByeFromAToBAreRed() {
        LadderModel m = page.model();
        List<Long> red = new ArrayList<>();
        for (Arrow a : m.arrows()) {
            if (a.failing()) {
                red.add(a.message().frame());
                // on the hop between A (column 1) and B (column 2): requests A -> B, responses B -> A
                assertEquals(a.isRequest() ? List.of(1, 2) : List.of(2, 1), List.of(a.from(), a.to()), "frame " + a.message().frame());
            }
        }
        // README: alice's ACK and BYE carry Route <sip:127.0.0.12:5061;...>, so A reaches B by its IP literal
        // (frames 66 and 73); the 200 OK to that BYE (78) belongs to the same failing transaction.
        assertTrue(red.containsAll(List.of(66L, 73L)), red.toString());
        for (Arrow a : m.arrows()) {
            if (a.message().frame() == 66 || a.message().frame() == 73) {
                assertEquals("unauthenticatable", a.verdict().result());
                assertTrue(a.verdict().rules().contains("RFC 5922 §7.5"), a.verdict().rules().toString());
            }
            if (a.message().frame() == 52 || a.message().frame() == 49 || a.message().frame() == 54) {
                assertFalse(a.failing(), "the INVITE was routed by domain and matches: frame " + a.message().frame());
                assertEquals("match", a.verdict().result());
            }
        }
        assertEquals(List.of(66L, 73L, 78L), red);
    }

    @Test
    void clickingAnArrowShowsTheMessageAndSelectsItsFrameEverywhere() {
        LadderCanvas canvas = page.canvas();
        int row = page.model().indexOf(page.model().arrows().stream().filter(a -> a.message().frame() == 73).findFirst().orElseThrow().message());
        // a real click on the arrow
        canvas.select(row);
        int y = canvas.canvasArrowY(row);
        int x = (canvas.canvasColumnX(1) + canvas.canvasColumnX(2)) / 2;
        canvas.select(-1);
        Event down = new Event();
        down.x = x;
        down.y = y;
        down.button = 1;
        canvas.control().notifyListeners(SWT.MouseDown, down);
        Workbench.flush();
        assertEquals(row, canvas.selected());
        SipMessage m = page.model().arrows().get(row).message();
        assertEquals(73, m.frame());
        assertTrue(page.details().text().getText().startsWith("BYE sip:bob@bob-pc.biloxi.example.com:5061;transport=tls SIP/2.0"));
        MessageSelection s = assertInstanceOf(MessageSelection.class, editor.getSite().getSelectionProvider().getSelection());
        assertSame(m, s.first());
        assertEquals(List.of(73L), s.frames());
        MessagesPage messages = (MessagesPage) editor.page(FlowIds.PAGE_MESSAGES).orElseThrow();
        assertEquals(1, messages.table().getSelectionCount());
        assertSame(m, messages.table().getSelection()[0].getData());
        // the tooltip explains the colour
        canvas.control().notifyListeners(SWT.MouseMove, down);
        assertTrue(canvas.control().getToolTipText().contains("unauthenticatable"), canvas.control().getToolTipText());
        // arrow keys move along the ladder
        Event key = new Event();
        key.keyCode = SWT.ARROW_DOWN;
        canvas.control().notifyListeners(SWT.KeyDown, key);
        assertEquals(row + 1, canvas.selected());
    }

    @Test
    void aSelectionOfAnotherCallSwitchesTheLadderToIt() {
        // frame 33 is the MESSAGE from A to B: another Call-ID
        editor.reveal(FrameSelection.of(editor.analysis(), 33));
        Workbench.flush();
        assertEquals("MESSAGE", page.shownCall().initialRequest().method());
        assertEquals(33, page.model().arrows().get(page.canvas().selected()).message().frame());
        // back to the INVITE call
        editor.reveal(FrameSelection.of(editor.analysis(), 49));
        Workbench.flush();
        assertEquals(inviteCall, page.shownCall().callId());
        assertEquals(0, page.canvas().selected());
    }

    @Test
    void allCallsShowEveryMessage() {
        page.callCombo().select(0);
        page.callCombo().notifyListeners(SWT.Selection, new Event());
        Workbench.flush();
        try {
            assertEquals(30, page.model().arrows().size());
            assertEquals(4, page.model().columns().size(), "the REGISTERs use the same four elements");
            // bob -> B REGISTER (frame 9) is on the hop bob reached by B's IP literal: red too
            assertTrue(page.model().arrows().get(0).failing());
        } finally {
            page.showCall(LadderModel.biggestCall(editor.analysis().calls()));
        }
    }

    @Test
    void exportsPngAndSvgOfTheSamePicture(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("ladder.png");
        Path svg = dir.resolve("ladder.svg");
        page.export(png, false);
        page.export(svg, true);
        ImageData[] data = new ImageLoader().load(png.toString());
        LadderLayout layout = page.canvas().layout();
        assertEquals(layout.width(), data[0].width);
        assertEquals(layout.height(), data[0].height);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertEquals(String.valueOf((double) layout.width()), doc.getDocumentElement().getAttribute("width"));
        NodeList texts = doc.getElementsByTagName("text");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            strings.add(texts.item(i).getTextContent());
        }
        for (String label : List.of("alice-pc.atlanta.example.com", "atlanta.example.com", "biloxi.example.com",
                "bob-pc.biloxi.example.com", "127.0.0.10", "127.0.0.11:5061", "127.0.0.12:5061", "127.0.0.13:5061")) {
            assertTrue(strings.contains(label), label + " in " + strings);
        }
        assertTrue(strings.stream().anyMatch(t -> t.startsWith("INVITE sip:bob@biloxi.example.com")), strings.toString());
        assertTrue(strings.contains("#73"));
        // the red of the failing arrows is in the drawing too
        assertTrue(Files.readString(svg).contains("rgb(209,31,31)"));
        Files.createDirectories(FlowTestSupport.SCREENSHOTS);
        Files.copy(png, FlowTestSupport.SCREENSHOTS.resolve("ladder-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(svg, FlowTestSupport.SCREENSHOTS.resolve("ladder-export.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void screenshotOfTheLadder() throws Exception {
        // the ladder alone in the window (other views of the perspective are not in this test runtime)
        var wbPage = editor.getSite().getPage();
        var follow = wbPage.findViewReference(FlowIds.VIEW_FOLLOW_TLS);
        if (follow != null) {
            wbPage.hideView(follow);
        }
        Workbench.bigWindow();
        editor.showPage(FlowIds.PAGE_LADDER);
        page.showCall(LadderModel.biggestCall(editor.analysis().calls()));
        // the ACK that A sent to B's IP literal, selected: red arrow, its message below
        page.clickRow(page.model().indexOf(page.model().arrows().stream().filter(a -> a.message().frame() == 66).findFirst()
                .orElseThrow().message()));
        Workbench.settle(500);
        Path shot = FlowTestSupport.screenshot(editor.getSite().getShell(), "ladder-workbench");
        assertTrue(Files.size(shot) > 10_000, "a real picture");
        // the whole call at once: the ladder without the details pane
        page.showDetails(false);
        Workbench.settle(500);
        // SashForm moves the other controls out of sight with no size
        assertEquals(0, page.details().control().getSize().y, "the ladder takes the details' room");
        Path full = FlowTestSupport.screenshot(editor.getSite().getShell(), "ladder-full");
        assertTrue(Files.size(full) > 10_000);
        page.showDetails(true);
    }
}
