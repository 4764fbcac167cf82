package org.siptrust.ui.internal.editor;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;

/** Ctrl+C on a table copies its selected rows as text (UI.md: every table copies its selection). */
public final class TableCopy {
    private TableCopy() {
    }

    public static void install(Control control, Supplier<String> text) {
        control.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                String t = text.get();
                if (t != null && !t.isEmpty()) {
                    Clipboard cb = new Clipboard(control.getDisplay());
                    try {
                        cb.setContents(new Object[] {t}, new Transfer[] {TextTransfer.getInstance()});
                    } finally {
                        cb.dispose();
                    }
                }
                e.doit = false;
            }
        });
    }
}
