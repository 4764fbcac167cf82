package org.siptrust.ui.flow.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.siptrust.ui.CaptureEditor;

/**
 * Activates a context on the editor's site while a page's tab shows (the editor tells pages nothing
 * about showing, but the tab folder shows and hides the page's holder), so key bindings such as
 * Ctrl+F can be page-specific.
 */
public final class PageContext {
    private PageContext() {
    }

    public static void install(CaptureEditor editor, Control holder, String contextId) {
        IContextService contexts = editor.getSite().getService(IContextService.class);
        if (contexts == null) {
            return;
        }
        IContextActivation[] active = new IContextActivation[1];
        Runnable on = () -> {
            if (active[0] == null) {
                active[0] = contexts.activateContext(contextId);
            }
        };
        Runnable off = () -> {
            if (active[0] != null) {
                contexts.deactivateContext(active[0]);
                active[0] = null;
            }
        };
        holder.addListener(SWT.Show, e -> on.run());
        holder.addListener(SWT.Hide, e -> off.run());
        holder.addListener(SWT.Dispose, e -> off.run());
        if (holder.isVisible()) {
            on.run();
        }
    }
}
