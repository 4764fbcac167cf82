package org.siptrust.ui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.siptrust.ui.testing.Workbench.assertContains;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siptrust.trust.Profile;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.FrameSelection;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.testing.Scenarios;
import org.siptrust.ui.testing.Workbench;
import org.siptrust.ui.trust.internal.graph.EdgeState;
import org.siptrust.ui.trust.internal.graph.GraphLayout;
import org.siptrust.ui.trust.internal.graph.GraphLayout.EdgeShape;
import org.siptrust.ui.trust.internal.graph.GraphNode;
import org.siptrust.ui.trust.internal.graph.HopGraphCanvas;
import org.siptrust.ui.trust.internal.graph.Palette;

/**
 * The Hops view on scenario b in the real workbench: the graph appears when the capture opens,
 * the IP-literal hops to proxy B are drawn red, the profile switcher recolours, clicking the bob to B
 * edge explains it in the hop panel (reference, source, RFC 5922 §7.5), the panel's requests lead to
 * the frame, and the export writes the same picture as PNG and SVG.
 */
class HopsViewTest {
    private static CaptureEditor editor;
    private static HopsView view;

    @TempDir
    Path tmp;

    @BeforeAll
    static void open() throws Exception {
        Workbench.closeAllEditors();
        editor = Scenarios.open("b_ip_in_record_route");
        view = TrustTestSupport.hopsView();
        TrustTestSupport.waitForGraph(view, editor);
    }

    @AfterAll
    static void close() {
        view.setProfile(Profile.RFC5922);
        Workbench.closeAllEditors();
    }

    @BeforeEach
    void strictProfile() {
        view.setProfile(Profile.RFC5922);
        Workbench.page().bringToTop(view);
        Workbench.flush();
    }

    private static HopGraphCanvas canvas() {
        return view.canvas();
    }

    /** Clicks the middle of an edge's line, as the user does. */
    private static void click(String connectionId) {
        EdgeShape e = canvas().graphLayout().edge(connectionId).orElseThrow();
        int[] m = e.midpoint();
        Point p = canvas().layoutToControl(m[0], m[1]);
        Event down = new Event();
        down.button = 1;
        down.x = p.x;
        down.y = p.y;
        canvas().notifyListeners(SWT.MouseDown, down);
        Workbench.flush();
    }

    /**
     * The colour on the screen in the middle of an edge's line: of the pixels a little above and below
     * the middle (the scaled line may fall between two rows), the most saturated.
     */
    private static RGB colourOf(String connectionId) {
        Workbench.settle(150);
        EdgeShape e = canvas().graphLayout().edge(connectionId).orElseThrow();
        int[] m = e.midpoint();
        Point p = canvas().layoutToControl(m[0], m[1]);
        ImageData shot = TrustTestSupport.snapshot(canvas());
        RGB best = null;
        int bestSaturation = -1;
        for (int dy = -3; dy <= 3; dy++) {
            RGB rgb = TrustTestSupport.pixel(shot, p.x, p.y + dy);
            int saturation = Math.max(rgb.red, Math.max(rgb.green, rgb.blue)) - Math.min(rgb.red, Math.min(rgb.green, rgb.blue));
            if (saturation > bestSaturation) {
                best = rgb;
                bestSaturation = saturation;
            }
        }
        return best;
    }

    @Test
    void theViewIsInTheTrustPerspectiveOnceAndVisible() {
        assertEquals(SipTrustIds.PERSPECTIVE_TRUST, Workbench.page().getPerspective().getId());
        int count = 0;
        for (IViewReference ref : Workbench.page().getViewReferences()) {
            if (ref.getId().equals(HopsView.ID)) {
                count++;
            }
        }
        assertEquals(1, count);
        assertTrue(Workbench.page().isPartVisible(view));
    }

    @Test
    void theGraphShowsAsSoonAsTheCaptureIsOpen() {
        assertSame(editor.analysis(), view.graph().analysis());
        GraphLayout layout = canvas().graphLayout();
        assertEquals(List.of("127.0.0.10", "127.0.0.11", "127.0.0.12", "127.0.0.13"),
                layout.nodes().stream().map(n -> n.node().ip()).toList());
        // left to right
        for (int i = 1; i < layout.nodes().size(); i++) {
            assertTrue(layout.nodes().get(i).box().x() > layout.nodes().get(i - 1).box().right());
        }
        GraphNode b = layout.nodes().get(2).node();
        assertTrue(layout.nodes().get(2).lines().contains("proxy · 127.0.0.12:5061"), layout.nodes().get(2).lines().toString());
        assertEquals("biloxi.example.com", b.title());
        assertEquals(4, layout.edges().size());
        assertContains(view.profileSwitcher().getText(), "RFC 5922");
    }

    @Test
    void theIpLiteralHopsAreRedOnTheScreenAndTheOthersAreNot() {
        for (String id : List.of("c1", "c3")) {
            EdgeShape e = canvas().graphLayout().edge(id).orElseThrow();
            assertEquals(EdgeState.FAILING, e.judgement().state());
            assertEquals(List.of(id, "✘ unauthenticatable", "IP literal 127.0.0.12"), e.labelLines());
            assertEquals(2, e.strongLines());
            RGB rgb = colourOf(id);
            assertTrue(TrustTestSupport.near(rgb, Palette.RED, 40), id + " drawn " + rgb);
        }
        RGB c2 = colourOf("c2");
        assertTrue(TrustTestSupport.near(c2, Palette.GREEN, 40), "c2 drawn " + c2);
        // c4 (B -> bob) matches bob-pc.biloxi.example.com; amber only if the model holds a warning on it
        boolean warned = canvas().graphLayout().edge("c4").orElseThrow().edge().findings().stream()
                .anyMatch(f -> f.severity() == org.siptrust.core.Severity.WARNING);
        RGB c4 = colourOf("c4");
        assertTrue(TrustTestSupport.near(c4, warned ? Palette.AMBER : Palette.GREEN, 40), "c4 drawn " + c4);
    }

    @Test
    void theProfileSwitcherRecoloursTheGraph() {
        // lenient: c1 and c3 stay red (no iPAddress SAN names 127.0.0.12), per the model
        selectProfileInCombo(Profile.LENIENT);
        assertEquals(Profile.LENIENT, view.profile());
        assertEquals(Profile.LENIENT, canvas().profile());
        EdgeShape c1 = canvas().graphLayout().edge("c1").orElseThrow();
        assertEquals(EdgeState.FAILING, c1.judgement().state());
        assertEquals("✘ mismatch: IP literal 127.0.0.12", c1.judgement().text());
        assertTrue(TrustTestSupport.near(colourOf("c1"), Palette.RED, 40));
        assertContains(canvas().graphLayout().caption().get(0), "Vendor-lenient");

        selectProfileInCombo(Profile.RFC9525);
        assertEquals("✘ unauthenticatable: IP literal 127.0.0.12",
                canvas().graphLayout().edge("c1").orElseThrow().judgement().text());
        assertEquals(List.of("RFC 9525 §6.2", "RFC 3263 §4.2"), canvas().graphLayout().edge("c1").orElseThrow().judgement().rules());
    }

    private static void selectProfileInCombo(Profile p) {
        view.profileSwitcher().select(p.ordinal());
        view.profileSwitcher().notifyListeners(SWT.Selection, new Event());
        Workbench.flush();
    }

    @Test
    void clickingTheBobToBEdgeExplainsItInTheHopPanel() {
        click("c1");
        assertEquals("c1", canvas().selectedId());
        assertEquals("c1", view.panel().edge().id());
        String summary = view.panel().summaryText();
        assertContains(summary, "c1 bob-pc.biloxi.example.com → biloxi.example.com");
        assertContains(summary, "✘ unauthenticatable: IP literal 127.0.0.12");
        assertContains(summary, "Reference identity: 127.0.0.12 (IP literal)");
        assertContains(summary, "from: Outbound proxy (IP literal, no SNI) in frame 9");
        assertContains(summary, "RFC 5922 §7.5 — A proxy that Record-Routes");
        assertContains(summary, "Presented identities: biloxi.example.com (URI SAN)");
        assertContains(summary, "no-sni");
        assertContains(summary, "SNI none");

        // the verdict under every profile
        Table verdicts = view.panel().verdictTable();
        assertEquals(Profile.values().length, verdicts.getItemCount());
        TableItem strict = verdicts.getItem(0);
        assertContains(strict.getText(0), "RFC 5922");
        assertEquals("unauthenticatable", strict.getText(1));
        assertEquals("RFC 5922 §7.5, RFC 3263 §4.2", strict.getText(2));
        assertContains(strict.getText(3), "RFC 5922 has no IP identity type");
        assertEquals("mismatch", verdicts.getItem(Profile.LENIENT.ordinal()).getText(1));

        // the RFC text of every clause cited
        String rules = view.panel().rulesText();
        assertContains(rules, "RFC 5922 §7.5\nA proxy that Record-Routes");
        assertContains(rules, "RFC 3263 §4.2\nWhen the target is a numeric IP address");
        assertContains(rules, "RFC 5922 §7.8");
        assertContains(rules, "vendor practice");

        // the workbench sees the hop
        HopSelection s = assertInstanceOf(HopSelection.class, view.getSite().getSelectionProvider().getSelection());
        assertEquals("c1", s.connection().id());
        assertEquals(editor.analysis().connection("c1").orElseThrow().frames(), s.frames());

        // links to the certificate and the frames
        assertContains(view.panel().linksText(), "Server certificate (valid)</a>");
        assertContains(view.panel().linksText(), "frame:9");
        assertContains(view.panel().linksToolTip(), "CN=sip.biloxi.example.com, SHA-256 9ba20577773ef8cf");
    }

    @Test
    void theRequestsOfTheHopLeadToTheirFrames() {
        click("c3");
        Table checks = view.panel().checksTable();
        // README: on stream 2 the MESSAGE (33) and INVITE (52) by Request-URI, the ACK (66) and BYE (73) by the IP Route
        assertEquals(4, checks.getItemCount());
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < checks.getItemCount(); i++) {
            TableItem item = checks.getItem(i);
            rows.add(item.getText(0) + " " + item.getText(3) + " " + item.getText(4) + " " + item.getText(5));
        }
        assertEquals(List.of("33 biloxi.example.com Request-URI match", "52 biloxi.example.com Request-URI match",
                "66 127.0.0.12 Route unauthenticatable", "73 127.0.0.12 Route unauthenticatable"), rows);
        editor.showPage(SipTrustIds.PAGE_FRAMES);
        view.panel().openCheck(2);
        Workbench.flush();
        FrameSelection fs = assertInstanceOf(FrameSelection.class, editor.getSite().getSelectionProvider().getSelection());
        assertEquals(List.of(66L), fs.frames());
    }

    @Test
    void theViewFollowsAFrameSelectedInTheEditor() {
        view.selectConnection("c2");
        editor.showPage(SipTrustIds.PAGE_FRAMES);
        // frame 41 is B -> bob's MESSAGE on c4; the editor publishes it as the workbench selection
        editor.getSite().getSelectionProvider().setSelection(FrameSelection.of(editor.analysis(), 41));
        Workbench.page().activate(editor);
        Workbench.flush();
        Workbench.waitUntil("the Hops view to follow frame 41", 5_000, () -> "c4".equals(canvas().selectedId()));
        assertEquals("c4", view.panel().edge().id());
    }

    @Test
    void keyboardMovesBetweenEdges() {
        view.selectConnection("c1");
        Event right = new Event();
        right.keyCode = SWT.ARROW_RIGHT;
        canvas().notifyListeners(SWT.KeyDown, right);
        Workbench.flush();
        assertEquals("c2", canvas().selectedId());
        assertEquals("c2", view.panel().edge().id());
    }

    @Test
    void exportWritesTheSamePictureAsPngAndSvg() throws Exception {
        view.selectConnection("c1");
        Path png = tmp.resolve("hops.png");
        Path svg = tmp.resolve("hops.svg");
        view.exportTo(png, "png");
        view.exportTo(svg, "svg");
        GraphLayout layout = canvas().graphLayout();
        ImageData[] images = new ImageLoader().load(png.toString());
        assertEquals(layout.width(), images[0].width);
        assertEquals(layout.height(), images[0].height);
        // the red of c1 in the middle of its line
        int[] m = layout.edge("c1").orElseThrow().midpoint();
        RGB rgb = images[0].palette.getRGB(images[0].getPixel(m[0], m[1]));
        assertTrue(TrustTestSupport.near(rgb, Palette.RED, 40), "PNG pixel " + rgb);

        String doc = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(doc.startsWith("<svg") || doc.startsWith("<?xml"), doc.substring(0, 40));
        assertContains(doc, "width='" + layout.width());
        assertContains(doc, "unauthenticatable");
        assertContains(doc, "IP literal 127.0.0.12");
        assertContains(doc, "proxy · 127.0.0.12:5061");
        assertContains(doc, "rgb(211,47,47)"); // Palette.RED, the failing hops
        Files.copy(png, Path.of("target", "hops-b.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(svg, Path.of("target", "hops-b.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anUnknownConnectionSelectsNothing() {
        view.selectConnection("c2");
        assertTrue(!view.selectConnection("c99"));
        assertEquals("c2", canvas().selectedId());
    }
}
