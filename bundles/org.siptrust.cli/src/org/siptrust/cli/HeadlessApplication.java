package org.siptrust.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind {@code ./siptrust analyze}. */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int code = CommandLine.run(args == null ? new String[0] : args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        // Equinox prints nothing for Integer results; the start script maps the value to the exit code.
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // analysis is synchronous; nothing to interrupt
    }
}
