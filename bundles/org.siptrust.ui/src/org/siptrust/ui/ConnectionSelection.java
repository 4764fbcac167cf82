package org.siptrust.ui;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.jface.viewers.StructuredSelection;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;

/** Connections (TCP, TLS or UDP conversations) selected in a capture; the elements are {@link Connection}s. */
public final class ConnectionSelection extends StructuredSelection implements AnalysisSelection {
    private final Analysis analysis;
    private final List<Connection> connections;

    public ConnectionSelection(Analysis analysis, List<Connection> connections) {
        super(List.copyOf(connections));
        this.analysis = analysis;
        this.connections = List.copyOf(connections);
    }

    @Override
    public Analysis analysis() {
        return analysis;
    }

    public List<Connection> connections() {
        return connections;
    }

    /** Every frame of the selected connections, ascending. */
    @Override
    public List<Long> frames() {
        if (connections.size() == 1) {
            return connections.get(0).frames();
        }
        TreeSet<Long> all = new TreeSet<>();
        connections.forEach(c -> all.addAll(c.frames()));
        return List.copyOf(all);
    }
}
