package org.siptrust.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Workbench-wide behaviour: the default perspective and layout restore between sessions. */
final class SipTrustWorkbenchAdvisor extends WorkbenchAdvisor {
    private final StartupArguments startup;

    SipTrustWorkbenchAdvisor(StartupArguments startup) {
        this.startup = startup;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return TrustPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new SipTrustWindowAdvisor(configurer, startup);
    }
}
