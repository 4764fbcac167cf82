package org.siptrust.ui.trust;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.trust.Hop;

/**
 * A hop selected in the Hops view: the element is the {@link Hop} (or the {@link Connection} for a
 * plain UDP/TCP hop, which has no trust evaluation); the frames are those of its connection, so the
 * capture editor and the other views follow.
 */
public final class HopSelection extends StructuredSelection implements org.siptrust.ui.AnalysisSelection {
    private final Analysis analysis;
    private final Connection connection;
    private final Hop hop;

    public HopSelection(Analysis analysis, Connection connection, Hop hop) {
        super(hop != null ? hop : connection);
        this.analysis = analysis;
        this.connection = connection;
        this.hop = hop;
    }

    @Override
    public Analysis analysis() {
        return analysis;
    }

    public Connection connection() {
        return connection;
    }

    /** The trust evaluation of the hop; null for plain UDP/TCP. */
    public Hop hop() {
        return hop;
    }

    @Override
    public List<Long> frames() {
        return connection.frames();
    }
}
