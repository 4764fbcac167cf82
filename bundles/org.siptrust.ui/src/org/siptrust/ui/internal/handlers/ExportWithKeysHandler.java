package org.siptrust.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.SecretsExport;
import org.siptrust.ui.CaptureEditor;

/**
 * File &gt; Export Capture with Keys…: a pcapng copy of the capture with the key log lines of its own
 * TLS connections in a Decryption Secrets Block, so a colleague opens it in Wireshark with no key
 * file. The user asks for it explicitly; this is the only way key material leaves the workbench.
 */
public final class ExportWithKeysHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof CaptureEditor editor) || editor.analysis() == null) {
            return null;
        }
        Analysis analysis = editor.analysis();
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Capture with Keys");
        dialog.setFilterExtensions(new String[] {"*.pcapng"});
        String name = analysis.file().getFileName().toString().replaceFirst("\\.pcap(ng)?$", "");
        dialog.setFileName(name + "-with-keys.pcapng");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Display display = shell.getDisplay();
        export(analysis, Path.of(chosen), message -> display.asyncExec(() -> {
            if (!editor.isDisposed()) {
                editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
            }
        }));
        return null;
    }

    /** Runs the export in a Job; {@code done} receives one sentence saying what was written. */
    public static Job export(Analysis analysis, Path out, java.util.function.Consumer<String> done) {
        Job job = Job.create("Exporting " + out.getFileName() + " with keys", (IProgressMonitor monitor) -> {
            try {
                int lines = SecretsExport.write(analysis, out);
                done.accept("Wrote " + out + " with " + lines + " key log line" + (lines == 1 ? "" : "s")
                        + " embedded: Wireshark decrypts it with no key file.");
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Could not write " + out + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

}
