package org.siptrust.ui.internal.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.CaptureEditorInput;
import org.siptrust.ui.internal.jobs.Failure;
import org.siptrust.ui.internal.keys.CaptureKeys;
import org.siptrust.ui.internal.keys.KeyPreferences;
import org.siptrust.ui.internal.keys.SecretStore;

/**
 * Opens a capture the way every entry point does (File menu, recent list, drop, command line):
 * with the key files remembered for it plus those given now, and records it as recent.
 */
public final class CaptureOpener {
    private CaptureOpener() {
    }

    /**
     * Opens {@code file}; {@code given} is key material from the command line (or null). Problems
     * are told to the user in a dialog; returns the editor or null.
     */
    public static CaptureEditor open(IWorkbenchPage page, Path file, AnalysisOptions given) {
        Path p = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) {
            RecentCaptures.standard().remove(p);
            Failure.of(Files.isDirectory(p) ? p + " is a folder, not a capture file." : "There is no capture file at " + p + ".",
                    null).show(page.getWorkbenchWindow().getShell(), "Cannot open capture");
            return null;
        }
        if (page.findEditor(new CaptureEditorInput(p, null)) instanceof CaptureEditor open) {
            // already open: keep its key material (it may have come from the command line), add what is given
            page.activate(open);
            RecentCaptures.standard().add(p);
            if (given != null) {
                AnalysisOptions merged = CaptureKeys.merge(given, open.captureInput().options());
                if (!CaptureKeys.sameFiles(merged, open.captureInput().options())) {
                    open.reanalyse(merged);
                }
            }
            return open;
        }
        KeyPreferences prefs = KeyPreferences.standard();
        SecretStore secrets = prefs.load(p).rememberPasswords() ? secretsOrNull() : null;
        AnalysisOptions remembered = CaptureKeys.remembered(p, prefs, secrets);
        AnalysisOptions options = given == null ? remembered : CaptureKeys.merge(given, remembered);
        RecentCaptures.standard().add(p);
        try {
            return CaptureEditor.open(page, p, options);
        } catch (PartInitException e) {
            Failure.of("The capture editor for " + p.getFileName() + " could not be opened.", e)
                    .show(page.getWorkbenchWindow().getShell(), "Cannot open capture");
            return null;
        }
    }

    private static SecretStore secretsOrNull() {
        try {
            return SecretStore.standard();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
