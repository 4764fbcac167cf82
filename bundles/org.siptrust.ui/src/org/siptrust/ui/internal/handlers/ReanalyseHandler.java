package org.siptrust.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.siptrust.ui.CaptureEditor;

/** File &gt; Re-analyse (F5): runs the active capture's analysis again (files may have changed). */
public final class ReanalyseHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof CaptureEditor editor) {
            editor.reanalyse();
        }
        return null;
    }
}
