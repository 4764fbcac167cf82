package org.siptrust.ui.flow.internal.stream;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Analyze > Follow TLS Stream (Ctrl+Alt+Shift+S): the view, on the connection of the current selection. */
public final class FollowTlsStreamHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null && window.getActivePage() != null) {
            ISelection selection = HandlerUtil.getCurrentSelection(event);
            FollowTlsStreamView.open(window.getActivePage(), selection);
        }
        return null;
    }
}
