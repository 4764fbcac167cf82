package org.siptrust.analysis;

import org.siptrust.core.ProgressMonitor;

/** Passes a stage's progress on to the caller's monitor under the stage's name. */
final class SubMonitor implements ProgressMonitor {
    private final ProgressMonitor parent;
    private final String stage;

    SubMonitor(ProgressMonitor parent, String stage) {
        this.parent = parent;
        this.stage = stage;
    }

    @Override
    public void begin(String task, long totalWork) {
        parent.begin(stage + ": " + task, totalWork);
    }

    @Override
    public void worked(long units) {
        parent.worked(units);
    }

    @Override
    public void subTask(String name) {
        parent.subTask(name);
    }

    @Override
    public boolean isCanceled() {
        return parent.isCanceled();
    }
}
