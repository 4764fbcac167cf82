package org.siptrust.ui.internal.jobs;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;
import org.siptrust.analysis.InputException;
import org.siptrust.ui.CaptureEditorInput;
import org.siptrust.ui.SipTrustIds;

/**
 * A failure told as a sentence for humans ({@link #sentence()}), with the technical detail in an
 * {@link IStatus} that the error dialog shows only when asked ("Details").
 */
public record Failure(String sentence, IStatus detail) {

    static Failure of(CaptureEditorInput input, InputException e) {
        String reason = e.getMessage() == null ? "the file cannot be used" : e.getMessage();
        String sentence = "Could not analyse " + input.getName() + ": " + reason + (reason.endsWith(".") ? "" : ".");
        return new Failure(sentence, status(sentence, "File: " + input.file(), null));
    }

    static Failure outOfMemory(CaptureEditorInput input, OutOfMemoryError e) {
        String sentence = input.getName() + " is too large for the memory this workbench may use; "
                + "start it with a larger -Xmx (SIPTRUST_VMARGS) or analyse it with 'siptrust analyze'.";
        return new Failure(sentence, status(sentence, "File: " + input.file(), e));
    }

    static Failure internal(CaptureEditorInput input, Throwable e) {
        String sentence = "The analysis of " + input.getName() + " stopped because of an internal error.";
        ILog.of(Failure.class).error(sentence, e);
        return new Failure(sentence, status(sentence, "File: " + input.file(), e));
    }

    /** A failure that is not about an analysis (a file that cannot be read, a dialog action). */
    public static Failure of(String sentence, Throwable cause) {
        return new Failure(sentence, status(sentence, cause == null ? null : String.valueOf(cause.getMessage()), cause));
    }

    private static IStatus status(String sentence, String detail, Throwable cause) {
        MultiStatus m = new MultiStatus(SipTrustIds.PLUGIN_ID, 0, sentence);
        if (detail != null) {
            m.add(Status.error(detail));
        }
        if (cause != null) {
            m.add(new Status(IStatus.ERROR, SipTrustIds.PLUGIN_ID, cause.getClass().getName() + ": " + cause.getMessage(), cause));
        }
        return m;
    }

    /** Shows the sentence in a dialog; the detail sits behind the dialog's Details button. */
    public void show(Shell shell, String title) {
        ErrorDialog.openError(shell, title, null, detail); // null message: the status' sentence is the message
    }
}
