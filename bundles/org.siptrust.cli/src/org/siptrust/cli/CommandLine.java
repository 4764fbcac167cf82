package org.siptrust.cli;

import java.io.PrintStream;

import org.siptrust.cli.internal.AnalyzeCommand;
import org.siptrust.cli.internal.TopCommand;

/** Parses the arguments, runs the command and returns the process exit code. */
public final class CommandLine {
    public static final int OK = 0;
    public static final int FAIL_ON_TRIPPED = 1;
    public static final int USAGE = 2;
    public static final int INPUT_UNREADABLE = 3;

    private CommandLine() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        picocli.CommandLine cl = new picocli.CommandLine(new TopCommand());
        cl.addSubcommand("analyze", new AnalyzeCommand(out, err));
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("siptrust: " + ex.getMessage());
            err.println("Try 'siptrust analyze --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("siptrust: internal error: " + ex);
            return INPUT_UNREADABLE;
        });
        return cl.execute(args);
    }
}
