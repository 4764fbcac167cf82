package org.siptrust.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.siptrust.ui.CaptureEditor;

/** File &gt; Keys… (Ctrl+K): the key material of the active capture. */
public final class KeysHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof CaptureEditor editor) {
            editor.openKeysDialog();
        }
        return null;
    }
}
