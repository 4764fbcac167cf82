package org.siptrust.ui.flow.internal;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;

/** Ctrl+C on a control copies what {@code text} gives (the selected rows as text). */
public final class RowCopy {
    private RowCopy() {
    }

    public static void install(Control control, Supplier<String> text) {
        control.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                copy(control, text.get());
                e.doit = false;
            }
        });
    }

    public static void copy(Control control, String t) {
        if (t == null || t.isEmpty()) {
            return;
        }
        Clipboard cb = new Clipboard(control.getDisplay());
        try {
            cb.setContents(new Object[] {t}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            cb.dispose();
        }
    }
}
