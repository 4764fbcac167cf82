package org.siptrust.ui.internal.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.siptrust.core.ProgressMonitor;

/**
 * Lets the analysis report to an Eclipse progress monitor. The analysis announces its stages one
 * after the other with their own amounts of work (bytes of the capture, records, ...) without
 * saying how many stages follow, so the first stage (reading the capture, the bulk of the work)
 * gets most of the bar and each later one half of what is left. Cancel is read from the Eclipse
 * monitor; the analysis then throws {@link org.siptrust.core.CancelledException}.
 */
public final class EclipseProgressMonitor implements ProgressMonitor {
    private static final int TICKS = 10_000;
    private static final double FIRST_STAGE_SHARE = 0.8;

    private final IProgressMonitor monitor;
    private int ticksReported;
    private double stageStart;
    private double stageShare;
    private long stageTotal;
    private long stageDone;
    private volatile double fraction;

    public EclipseProgressMonitor(IProgressMonitor monitor, String taskName) {
        this.monitor = monitor;
        monitor.beginTask(taskName, TICKS);
    }

    @Override
    public void begin(String task, long totalWork) {
        double used = stageStart + stageShare;
        stageStart = used;
        stageShare = used == 0 ? FIRST_STAGE_SHARE : (1 - used) / 2;
        stageTotal = totalWork;
        stageDone = 0;
        monitor.subTask(task);
        report(stageStart);
    }

    @Override
    public void worked(long units) {
        if (stageTotal <= 0 || units <= 0) {
            return;
        }
        stageDone = Math.min(stageTotal, stageDone + units);
        report(stageStart + stageShare * ((double) stageDone / stageTotal));
    }

    @Override
    public void subTask(String name) {
        monitor.subTask(name);
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }

    /** How much of the whole work is done, 0..1 (read from any thread, e.g. an inline progress bar). */
    public double fraction() {
        return fraction;
    }

    /** Marks the whole task done. */
    public void done() {
        report(1);
        monitor.done();
    }

    private void report(double f) {
        fraction = Math.min(1, f);
        int target = (int) Math.round(fraction * TICKS);
        if (target > ticksReported) {
            monitor.worked(target - ticksReported);
            ticksReported = target;
        }
    }
}
