package org.siptrust.ui.internal;

import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.siptrust.ui.AnalysisEvent;
import org.siptrust.ui.AnalysisService;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.internal.editor.CaptureDrop;
import org.siptrust.ui.internal.handlers.CaptureOpener;

/** The main window: title, size, capture files dropped on it, and the capture the start script asked for. */
final class SipTrustWindowAdvisor extends WorkbenchWindowAdvisor {
    static final String TITLE = "SIP Trust Workbench";
    private final StartupArguments startup;

    SipTrustWindowAdvisor(IWorkbenchWindowConfigurer configurer, StartupArguments startup) {
        super(configurer);
        this.startup = startup;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new SipTrustActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        // not larger than the screen (a small virtual display, a laptop)
        org.eclipse.swt.graphics.Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
        c.setInitialSize(new Point(Math.min(1600, screen.width), Math.min(1000, screen.height)));
        c.setShowCoolBar(false);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowPerspectiveBar(false);
        c.setTitle(TITLE);
        IWorkbenchWindow window = c.getWindow();
        c.addEditorAreaTransfer(FileTransfer.getInstance());
        c.configureEditorAreaDropListener(new CaptureDrop(window::getActivePage));
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        window.getShell().setText(TITLE);
        ReadyMarker.installIfAsked();
        // the title names the capture the views show
        AnalysisService.get().addListener(e -> {
            if (e.kind() == AnalysisEvent.Kind.ACTIVATED || e.kind() == AnalysisEvent.Kind.CLOSED) {
                CaptureEditor active = AnalysisService.get().activeEditor();
                String title = active == null || active.isDisposed() ? TITLE : active.captureInput().getName() + " — " + TITLE;
                getWindowConfigurer().setTitle(title);
                if (!window.getShell().isDisposed()) {
                    window.getShell().setText(title);
                }
            }
        });
        if (startup != null && startup.capture() != null) {
            // after the window is on screen, so the user sees the analysis progress
            Display display = window.getShell().getDisplay();
            display.asyncExec(() -> {
                if (window.getActivePage() != null) {
                    CaptureOpener.open(window.getActivePage(), startup.capture(), startup.options());
                }
            });
        }
    }
}
