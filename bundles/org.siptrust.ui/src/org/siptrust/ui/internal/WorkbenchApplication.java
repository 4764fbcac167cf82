package org.siptrust.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the e3 workbench; application arguments (capture, keys) are handed to the advisor. */
public final class WorkbenchApplication implements IApplication {
    /** The start script's exit code for input the program cannot use, as for unreadable captures. */
    static final int EXIT_NO_DISPLAY = 3;

    static String noDisplayMessage(String display, SWTError cause) {
        String where = display == null || display.isBlank() ? "no DISPLAY is set" : "the display '" + display + "' cannot be opened";
        return "siptrust: cannot open the workbench window: " + where + " (" + cause.getMessage() + ")."
                + " Start it from a desktop session or under xvfb-run; 'siptrust analyze' needs no display.";
    }

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        StartupArguments startup = StartupArguments.parse(args == null ? new String[0] : args);
        Display display;
        try {
            display = PlatformUI.createDisplay();
        } catch (SWTError e) {
            // Without this the launcher only says "An error has occurred. See the log file".
            System.err.println(noDisplayMessage(System.getenv("DISPLAY"), e));
            return Integer.valueOf(EXIT_NO_DISPLAY);
        }
        try {
            int rc = PlatformUI.createAndRunWorkbench(display, new SipTrustWorkbenchAdvisor(startup));
            return rc == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
