package org.siptrust.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, and the capture the start script asked for. */
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
        c.setInitialSize(new Point(1400, 900));
        c.setShowCoolBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setTitle(TITLE);
    }

    @Override
    public void postWindowOpen() {
        getWindowConfigurer().getWindow().getShell().setText(TITLE);
    }
}
