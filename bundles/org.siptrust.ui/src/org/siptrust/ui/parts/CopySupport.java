package org.siptrust.ui.parts;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;

/** Ctrl+C on a table or tree copies its selection as text (UI.md: every table copies its selection). */
public final class CopySupport {
    private CopySupport() {
    }

    public static void install(Control control, Supplier<String> text) {
        control.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                copy(control, text.get());
                e.doit = false;
            }
        });
    }

    public static void copy(Control control, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Clipboard cb = new Clipboard(control.getDisplay());
        try {
            cb.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            cb.dispose();
        }
    }
}
