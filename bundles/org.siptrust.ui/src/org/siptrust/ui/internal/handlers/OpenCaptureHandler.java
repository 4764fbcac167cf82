package org.siptrust.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Open Capture… (Ctrl+O). */
public final class OpenCaptureHandler extends AbstractHandler {
    static final String[] EXTENSIONS = {"*.pcap;*.pcapng;*.cap", "*"};
    static final String[] NAMES = {"Captures (*.pcap, *.pcapng, *.cap)", "All files"};

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        FileDialog fd = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        fd.setText("Open Capture");
        fd.setFilterExtensions(EXTENSIONS);
        fd.setFilterNames(NAMES);
        List<Path> recent = RecentCaptures.standard().list();
        if (!recent.isEmpty() && recent.get(0).getParent() != null) {
            fd.setFilterPath(recent.get(0).getParent().toString());
        }
        if (fd.open() == null) {
            return null;
        }
        for (String name : fd.getFileNames()) {
            CaptureOpener.open(window.getActivePage(), Path.of(fd.getFilterPath(), name), null);
        }
        return null;
    }
}
