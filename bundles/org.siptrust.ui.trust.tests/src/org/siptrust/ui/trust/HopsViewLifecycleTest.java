package org.siptrust.ui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.siptrust.trust.Profile;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.testing.Scenarios;
import org.siptrust.ui.testing.Workbench;
import org.siptrust.ui.trust.internal.graph.EdgeState;
import org.siptrust.ui.trust.internal.graph.GraphLayout;
import org.siptrust.ui.trust.internal.graph.GraphLayout.EdgeShape;

/**
 * The Hops view follows the capture editors: the multi-hop scenario where every certificate is right
 * (six TLS hops, every verdict a match), switching between two open captures, and no capture at all.
 */
class HopsViewLifecycleTest {

    @AfterAll
    static void close() {
        Workbench.closeAllEditors();
    }

    @Test
    void multihopOkHasSixTlsEdgesAndNoneFailsUnderRfc5922() throws Exception {
        Workbench.closeAllEditors();
        CaptureEditor editor = Scenarios.open("a_multihop_tls13_ok");
        HopsView view = TrustTestSupport.hopsView();
        TrustTestSupport.waitForGraph(view, editor);
        view.setProfile(Profile.RFC5922);
        GraphLayout layout = view.canvas().graphLayout();
        // README: alice -> A -> B -> bob, plus B -> A and A -> alice (new connections, not reuse)
        assertEquals(List.of("127.0.0.10", "127.0.0.11", "127.0.0.12", "127.0.0.13"),
                layout.nodes().stream().map(n -> n.node().ip()).toList());
        assertEquals(6, layout.edges().size());
        for (EdgeShape e : layout.edges()) {
            assertTrue(e.edge().isTls(), e.id());
            assertTrue(e.edge().hop().worst(Profile.RFC5922).isMatch(), e.id() + " verdict");
            assertTrue(e.judgement().state() != EdgeState.FAILING, e.id());
        }
        // README "FLAG NOTHING": every hop green
        assertEquals(List.of("VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED"),
                layout.edges().stream().map(e -> e.judgement().state().name()).toList());
        // B -> A (c5) goes right to left, A -> alice (c6) too
        assertTrue(layout.edge("c5").orElseThrow().path()[0] > layout.edge("c5").orElseThrow().path()[2]);
    }

    @Test
    void reanalysingKeepsTheSelectedHop() throws Exception {
        Workbench.closeAllEditors();
        CaptureEditor editor = Scenarios.open("b_ip_in_record_route");
        HopsView view = TrustTestSupport.hopsView();
        TrustTestSupport.waitForGraph(view, editor);
        view.clickConnection("c3");
        var before = editor.analysis();
        editor.reanalyse(); // F5
        Workbench.waitUntil("the new analysis", 90_000, () -> !editor.isAnalysing() && editor.analysis() != null);
        TrustTestSupport.waitForGraph(view, editor);
        assertTrue(before != view.graph().analysis());
        assertEquals("c3", view.canvas().selectedId());
        assertEquals("c3", view.panel().edge().id());
    }

    @Test
    void theViewFollowsTheActiveEditorAndEmptiesWhenTheLastCloses() throws Exception {
        Workbench.closeAllEditors();
        HopsView view = TrustTestSupport.hopsView();
        CaptureEditor a = Scenarios.open("a_multihop_tls13_ok");
        CaptureEditor b = Scenarios.open("b_ip_in_record_route");
        TrustTestSupport.waitForGraph(view, b);
        assertEquals(4, view.graph().edges().size());
        Workbench.page().activate(a);
        TrustTestSupport.waitForGraph(view, a);
        assertSame(a.analysis(), view.graph().analysis());
        assertEquals(6, view.graph().edges().size());
        Workbench.closeAllEditors();
        Workbench.waitUntil("an empty Hops view", 5_000, () -> view.graph() == null);
        assertNull(view.canvas().graph());
        assertNull(view.panel().edge());
    }
}
