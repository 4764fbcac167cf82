package org.siptrust.ui.certs.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.siptrust.ui.certs.CertsIds;
import org.siptrust.ui.certs.internal.model.OpenedCertificates;
import org.siptrust.x509.TrustAnchorException;

/**
 * File > Open Certificate…: reads PEM, DER, CRT/CER (and PKCS#12/JKS without password) files
 * outside any capture and lists them in the inspector, validated against the active capture's anchors.
 */
public final class OpenCertificateHandler extends AbstractHandler {
    static final String[] EXTENSIONS = {"*.pem;*.crt;*.cer;*.der;*.p12;*.pfx;*.jks", "*"};
    static final String[] NAMES = {"Certificates (*.pem, *.crt, *.cer, *.der, *.p12, *.pfx, *.jks)", "All files"};

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? HandlerUtil.getActiveShell(event) : window.getShell();
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Open Certificate");
        dialog.setFilterExtensions(EXTENSIONS);
        dialog.setFilterNames(NAMES);
        if (dialog.open() == null) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        openInView(window == null ? null : window.getActivePage(), shell, files);
        return null;
    }

    /**
     * Lists {@code files} in the inspector (shown on {@code page}) and selects the first certificate
     * opened; files that hold no certificate are reported in one dialog.
     */
    static List<String> openInView(IWorkbenchPage page, Shell shell, List<Path> files) {
        List<String> errors = open(files);
        if (page != null) {
            try {
                CertificateInspectorView view = (CertificateInspectorView) page.showView(CertsIds.VIEW_INSPECTOR);
                if (!files.isEmpty()) {
                    view.selectFileWhenListed(files.get(0));
                }
            } catch (PartInitException e) {
                errors.add("The certificate inspector cannot be shown: " + e.getMessage());
            }
        }
        if (!errors.isEmpty() && shell != null) {
            MessageDialog.openWarning(shell, "Open Certificate", String.join("\n", errors));
        }
        return errors;
    }

    /** Reads each file into {@link OpenedCertificates}; returns one sentence per file that failed. */
    static List<String> open(List<Path> files) {
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                OpenedCertificates.get().open(f);
            } catch (TrustAnchorException e) {
                String why = e.getMessage();
                String prefix = e.path() == null ? "" : e.path() + ": ";
                if (why != null && why.startsWith(prefix)) {
                    why = why.substring(prefix.length());
                }
                errors.add(f.getFileName() + " cannot be opened as a certificate: " + why + ".");
            }
        }
        return errors;
    }
}
