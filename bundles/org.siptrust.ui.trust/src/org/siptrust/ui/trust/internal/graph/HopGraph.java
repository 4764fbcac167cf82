package org.siptrust.ui.trust.internal.graph;

import java.util.List;
import java.util.Optional;

import org.siptrust.analysis.Analysis;

/**
 * The SIP path of a capture as a graph: elements left to right in the order the request travelled,
 * and the connections between them. Immutable; build it with {@link HopGraphBuilder#build}.
 */
public final class HopGraph {
    private final Analysis analysis;
    private final List<GraphNode> nodes;
    private final List<GraphEdge> edges;

    HopGraph(Analysis analysis, List<GraphNode> nodes, List<GraphEdge> edges) {
        this.analysis = analysis;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
    }

    public Analysis analysis() {
        return analysis;
    }

    /** Elements, left to right. */
    public List<GraphNode> nodes() {
        return nodes;
    }

    /** Connections, in the order of the analysis (first frame). */
    public List<GraphEdge> edges() {
        return edges;
    }

    public Optional<GraphEdge> edge(String connectionId) {
        return edges.stream().filter(e -> e.id().equals(connectionId)).findFirst();
    }

    public Optional<GraphNode> node(String ip) {
        return nodes.stream().filter(n -> n.ip().equals(ip)).findFirst();
    }

    public boolean isEmpty() {
        return edges.isEmpty();
    }
}
