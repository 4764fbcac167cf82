package org.siptrust.ui.flow.internal;

import java.util.Optional;

import org.eclipse.jface.viewers.ISelection;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.sip.SipMessage;
import org.siptrust.ui.AnalysisSelection;
import org.siptrust.ui.ConnectionSelection;
import org.siptrust.ui.flow.MessageSelection;

/** The connection a selection is about: the selected connection, the connection of a message, or of the first frame. */
public final class SelectedConnection {
    private SelectedConnection() {
    }

    public static Optional<Connection> of(ISelection selection) {
        if (!(selection instanceof AnalysisSelection a) || a.analysis() == null) {
            return Optional.empty();
        }
        Analysis analysis = a.analysis();
        if (a instanceof ConnectionSelection cs) {
            return cs.connections().stream().findFirst();
        }
        if (a instanceof MessageSelection ms && ms.first() != null) {
            SipMessage m = ms.first();
            if (m.context() != null && m.context().connectionId() != null) {
                Optional<Connection> c = analysis.connection(m.context().connectionId());
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        for (Long f : a.frames()) {
            Optional<Connection> c = analysis.connectionOfFrame(f);
            if (c.isPresent()) {
                return c;
            }
            break;
        }
        return Optional.empty();
    }
}
