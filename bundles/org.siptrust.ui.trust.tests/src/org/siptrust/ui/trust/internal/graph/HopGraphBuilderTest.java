package org.siptrust.ui.trust.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.siptrust.ui.testing.Workbench.assertContains;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.analysis.Analysis;
import org.siptrust.core.Severity;
import org.siptrust.trust.Hop;
import org.siptrust.trust.Profile;
import org.siptrust.trust.Verdict;
import org.siptrust.ui.testing.Scenarios;
import org.siptrust.ui.testing.Workbench;

/**
 * The graph of scenario b (proxy B reached by its IP address; README "Expected findings"): four
 * elements alice, proxy A, proxy B, bob in the order the INVITE travelled, four TLS hops, and the
 * hops into 127.0.0.12:5061 failing as the trust model says.
 */
class HopGraphBuilderTest {
    private static Analysis analysis;
    private static HopGraph graph;

    @BeforeAll
    static void open() throws Exception {
        Workbench.closeAllEditors();
        analysis = Scenarios.open("b_ip_in_record_route").analysis();
        graph = HopGraphBuilder.build(analysis);
    }

    @AfterAll
    static void close() {
        Workbench.closeAllEditors();
    }

    @Test
    void fourElementsInTheOrderTheInviteTravelled() {
        // README: alice 127.0.0.10 -> A 127.0.0.11 -> B 127.0.0.12 -> bob 127.0.0.13 (INVITE frames 49, 52, 54)
        assertEquals(List.of("127.0.0.10", "127.0.0.11", "127.0.0.12", "127.0.0.13"),
                graph.nodes().stream().map(GraphNode::ip).toList());
        GraphNode alice = graph.nodes().get(0);
        GraphNode a = graph.nodes().get(1);
        GraphNode b = graph.nodes().get(2);
        GraphNode bob = graph.nodes().get(3);
        assertContains(alice.title(), "alice");
        assertContains(a.title(), "atlanta.example.com");
        assertContains(b.title(), "biloxi.example.com");
        assertContains(bob.title(), "bob");
        // the proxies forwarded the INVITE, the end points did not
        assertEquals(List.of("UA", "proxy", "proxy", "UA"), graph.nodes().stream().map(GraphNode::role).toList());
    }

    @Test
    void anElementWithManyClientPortsAndOneListeningPortIsOneNode() {
        // B listens on 5061 (streams 0 and 2) and opened stream 3 from 40599; bob listens on 5061 and opened stream 0 from 35011
        GraphNode b = graph.node("127.0.0.12").orElseThrow();
        assertEquals(List.of(5061), b.listeningPorts());
        assertEquals(List.of(40599), b.clientPorts());
        assertEquals("127.0.0.12:5061", b.address());
        GraphNode bob = graph.node("127.0.0.13").orElseThrow();
        assertEquals(List.of(5061), bob.listeningPorts());
        assertEquals(List.of(35011), bob.clientPorts());
        assertEquals(1, graph.nodes().stream().filter(n -> n.ip().equals("127.0.0.12")).count());
    }

    @Test
    void nodesShowTheIdentitiesTheirCertificatesProve() {
        // README: B's certificate URI sip:biloxi.example.com, DNS biloxi.example.com, sip.biloxi.example.com;
        // RFC 5922 §7.1 (TRUST-RULES R2): the URI SAN is the identity, dNSNames count only without one
        GraphNode b = graph.node("127.0.0.12").orElseThrow();
        assertEquals(List.of("biloxi.example.com"), b.identities());
        List<String> lines = b.lines();
        assertTrue(lines.contains("proxy · 127.0.0.12:5061"), lines.toString());
        assertTrue(lines.contains("proves biloxi.example.com"), lines.toString());
        // bob's certificate: URI sip:bob@biloxi.example.com (a user, no SIP identity) + DNS bob-pc.biloxi.example.com
        assertEquals(List.of("bob-pc.biloxi.example.com"), graph.node("127.0.0.13").orElseThrow().identities());
    }

    @Test
    void fourTlsEdgesFromClientToServer() {
        assertEquals(4, graph.edges().size());
        assertTrue(graph.edges().stream().allMatch(GraphEdge::isTls));
        // README TLS table, streams 0..3
        assertEquals(List.of("c1 127.0.0.13->127.0.0.12", "c2 127.0.0.10->127.0.0.11", "c3 127.0.0.11->127.0.0.12",
                "c4 127.0.0.12->127.0.0.13"),
                graph.edges().stream().map(e -> e.id() + " " + e.client().ip() + "->" + e.server().ip()).toList());
        for (GraphEdge e : graph.edges()) {
            assertNotNull(e.hop(), e.id());
        }
    }

    @Test
    void theEdgesIntoProxyBsIpAreFailingUnderRfc5922() {
        for (String id : List.of("c1", "c3")) {
            GraphEdge e = graph.edge(id).orElseThrow();
            Verdict worst = e.hop().worst(Profile.RFC5922);
            assertEquals(Verdict.UNAUTHENTICATABLE, worst.result(), id);
            EdgeJudgement j = EdgeJudge.judge(e, Profile.RFC5922);
            assertEquals(EdgeState.FAILING, j.state(), id);
            assertEquals("✘ unauthenticatable: IP literal 127.0.0.12", j.text(), id);
            assertTrue(j.rules().contains("RFC 5922 §7.5"), j.rules().toString());
            assertEquals("127.0.0.12", j.reference().name());
            assertTrue(j.reference().ipLiteral());
        }
        // c1: bob's first request, the REGISTER of frame 9, went to the outbound proxy by IP; c3: the ACK of frame 66 by Route
        assertEquals(9, EdgeJudge.judge(graph.edge("c1").orElseThrow(), Profile.RFC5922).frame());
        assertEquals("Outbound proxy (IP literal, no SNI)",
                EdgeJudge.judge(graph.edge("c1").orElseThrow(), Profile.RFC5922).reference().source());
        assertEquals(66, EdgeJudge.judge(graph.edge("c3").orElseThrow(), Profile.RFC5922).frame());
        assertEquals("Route", EdgeJudge.judge(graph.edge("c3").orElseThrow(), Profile.RFC5922).reference().source());
    }

    @Test
    void theOtherEdgesMatch() {
        EdgeJudgement c2 = EdgeJudge.judge(graph.edge("c2").orElseThrow(), Profile.RFC5922);
        assertEquals(EdgeState.VERIFIED, c2.state());
        assertEquals("✔ match: sip.atlanta.example.com", c2.text());
        // c4 matches bob-pc.biloxi.example.com; amber exactly when the model holds a warning on the connection
        GraphEdge c4 = graph.edge("c4").orElseThrow();
        assertTrue(c4.hop().worst(Profile.RFC5922).isMatch());
        boolean warned = c4.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING);
        assertEquals(warned ? EdgeState.WARNING : EdgeState.VERIFIED, EdgeJudge.judge(c4, Profile.RFC5922).state());
    }

    @Test
    void underTheLenientProfileTheIpHopsStillFailBecauseNoCertificateNamesTheAddress() {
        // the model: lenient accepts iPAddress SANs, but B's certificate has none, so 127.0.0.12 is a mismatch
        for (String id : List.of("c1", "c3")) {
            Hop hop = graph.edge(id).orElseThrow().hop();
            assertEquals(Verdict.MISMATCH, hop.worst(Profile.LENIENT).result(), id);
            EdgeJudgement j = EdgeJudge.judge(graph.edge(id).orElseThrow(), Profile.LENIENT);
            assertEquals(EdgeState.FAILING, j.state(), id);
            assertEquals("✘ mismatch: IP literal 127.0.0.12", j.text(), id);
            assertEquals(List.of("vendor practice"), j.rules());
        }
        assertEquals(EdgeState.VERIFIED, EdgeJudge.judge(graph.edge("c2").orElseThrow(), Profile.LENIENT).state());
    }

    @Test
    void edgeFindingsAreTheAnalysisFindingsOfTheConnection() {
        int total = 0;
        for (GraphEdge e : graph.edges()) {
            assertTrue(e.findings().stream().allMatch(f -> e.id().equals(f.connection())));
            total += e.findings().size();
        }
        assertEquals(analysis.findings().stream().filter(f -> f.connection() != null).count(), total);
        assertTrue(graph.edge("c1").orElseThrow().findings().stream().anyMatch(f -> f.id().equals("no-sni")));
    }
}
