package org.siptrust.cli.internal;

import java.io.PrintStream;

import org.siptrust.core.ProgressMonitor;

/**
 * Progress on stderr: one line per stage; on a terminal also a percentage that rewrites itself.
 * Never prints key material (stages only name files and steps).
 */
final class StderrProgress implements ProgressMonitor {
    private final PrintStream err;
    private final boolean tty = System.console() != null;
    private String task = "";
    private long total = -1;
    private long done;
    private int lastPercent = -1;

    StderrProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void begin(String name, long totalWork) {
        finishLine();
        task = name;
        total = totalWork;
        done = 0;
        lastPercent = -1;
        if (!tty) {
            err.println("siptrust: " + name);
        }
    }

    @Override
    public void worked(long units) {
        done += units;
        if (tty && total > 0) {
            int p = (int) Math.min(100, done * 100 / total);
            if (p != lastPercent) {
                lastPercent = p;
                err.print("\rsiptrust: " + task + " " + p + "%");
            }
        }
    }

    void finishLine() {
        if (tty && lastPercent >= 0) {
            err.println();
            lastPercent = -1;
        }
    }

    @Override
    public boolean isCanceled() {
        return false;
    }
}
