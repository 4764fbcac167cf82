package org.siptrust.ui.flow.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.siptrust.ui.CaptureEditor;

/** Ctrl+F on a Messages (or other filterable) page: the keyboard goes to its filter field. */
public final class FocusFilterHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (editor instanceof CaptureEditor ce && ce.activePage() instanceof FilterablePage p) {
            p.focusFilter();
        }
        return null;
    }
}
