package org.siptrust.ui.trust.internal.nav;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;

/** Errors as a sentence for the user, with the technical detail one click away ("Details"). */
public final class ErrorDialogs {
    private ErrorDialogs() {
    }

    public static void show(Shell shell, String sentence, Throwable cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        IStatus status = new Status(IStatus.ERROR, "org.siptrust.ui.trust", detail, cause);
        ErrorDialog.openError(shell, "SIP Trust Workbench", sentence, status);
    }
}
