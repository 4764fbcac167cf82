package org.siptrust.ui.trust.internal.graph;

import java.util.List;

import org.siptrust.analysis.Connection;
import org.siptrust.core.Finding;
import org.siptrust.trust.Hop;

/**
 * One transport connection that carried SIP, drawn from its client (who opened it) to its server.
 *
 * @param connection the connection
 * @param hop        its trust evaluation; null for plain UDP/TCP
 * @param client     the element that opened it
 * @param server     the element that accepted it
 * @param findings   the analysis findings about this connection, worst first
 */
public record GraphEdge(Connection connection, Hop hop, GraphNode client, GraphNode server, List<Finding> findings) {

    public GraphEdge {
        findings = List.copyOf(findings);
    }

    public String id() {
        return connection.id();
    }

    public boolean isTls() {
        return connection.isTls();
    }

    /** {@code c1 bob-pc.biloxi.example.com → biloxi.example.com}: the hop as people name it. */
    public String label() {
        return id() + " " + client.title() + " → " + server.title();
    }
}
