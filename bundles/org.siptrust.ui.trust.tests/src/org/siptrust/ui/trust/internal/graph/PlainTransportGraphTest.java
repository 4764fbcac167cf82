package org.siptrust.ui.trust.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.siptrust.analysis.Connection;
import org.siptrust.core.Endpoint;
import org.siptrust.trust.Profile;
import org.siptrust.ui.trust.TrustTestSupport;
import org.siptrust.ui.trust.internal.graph.GraphLayout.EdgeShape;

/**
 * SIP over plain UDP/TCP (no corpus capture has it, so the graph is put together by hand): grey
 * dashed edges without a lock, one that skips an element routed below the row, and the same
 * picture in SVG (dashes there too).
 */
class PlainTransportGraphTest {

    private static HopGraph graph() {
        GraphNode ua = new GraphNode(0, "192.0.2.1", List.of(5060), List.of(), List.of("ua.example.com"), List.of(), "UA");
        GraphNode proxy = new GraphNode(1, "192.0.2.2", List.of(5060), List.of(), List.of(), List.of(), "proxy");
        GraphNode gw = new GraphNode(2, "192.0.2.3", List.of(5060), List.of(), List.of(), List.of(), "UA");
        Connection udp = new Connection("c1", "udp", new Endpoint("192.0.2.1", 5060), new Endpoint("192.0.2.2", 5060), 1, 9,
                List.of(1L, 2L, 9L), null);
        Connection tcp = new Connection("c2", "tcp", new Endpoint("192.0.2.2", 40000), new Endpoint("192.0.2.3", 5060), 3, 8,
                List.of(3L, 8L), null);
        Connection skip = new Connection("c3", "udp", new Endpoint("192.0.2.1", 5060), new Endpoint("192.0.2.3", 5060), 10,
                11, List.of(10L, 11L), null);
        return new HopGraph(null, List.of(ua, proxy, gw), List.of(new GraphEdge(udp, null, ua, proxy, List.of()),
                new GraphEdge(tcp, null, proxy, gw, List.of()), new GraphEdge(skip, null, ua, gw, List.of())));
    }

    @Test
    void plainTransportsAreGreyDashedAndSayWhy() {
        Display display = Display.getCurrent();
        Font font = display.getSystemFont();
        Image probe = new Image(display, 10, 10);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(probe);
        SwtCanvas2D measure = new SwtCanvas2D(gc, font);
        GraphLayout layout;
        try {
            layout = GraphLayout.compute(graph(), Profile.RFC5922, measure);
        } finally {
            measure.dispose();
            gc.dispose();
            probe.dispose();
        }
        for (EdgeShape e : layout.edges()) {
            assertEquals(EdgeState.NEUTRAL, e.judgement().state(), e.id());
            assertEquals("not TLS", e.judgement().headline());
            assertEquals(List.of("RFC 3261 §26.2"), e.judgement().rules());
        }
        assertEquals("SIP over UDP", layout.edge("c1").orElseThrow().judgement().detail());
        assertEquals("SIP over TCP", layout.edge("c2").orElseThrow().judgement().detail());
        // c3 skips the proxy: routed below the row of elements
        int rowBottom = layout.nodes().get(0).box().bottom();
        int[] skip = layout.edge("c3").orElseThrow().path();
        assertEquals(8, skip.length);
        assertTrue(skip[3] > rowBottom && skip[5] > rowBottom, java.util.Arrays.toString(skip));

        // dashed: along the middle of c1 there are grey pixels and background pixels
        Image image = GraphExport.image(display, layout, null, font);
        try {
            ImageData data = image.getImageData();
            int[] p = layout.edge("c1").orElseThrow().path();
            int grey = 0;
            int white = 0;
            for (int x = p[0] + 2; x < p[2] - 15; x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, p[1]));
                if (TrustTestSupport.near(rgb, Palette.GREY, 30)) {
                    grey++;
                } else if (TrustTestSupport.near(rgb, Palette.BACKGROUND, 10)) {
                    white++;
                }
            }
            assertTrue(grey > 10 && white > 10, "dashes: " + grey + " grey, " + white + " white pixels");
        } finally {
            image.dispose();
        }
        String svg = GraphExport.svg(display, layout, null, font);
        assertTrue(svg.contains("stroke-dasharray"), "dashes in the SVG");
        assertTrue(svg.contains("SIP over UDP"));
    }
}
