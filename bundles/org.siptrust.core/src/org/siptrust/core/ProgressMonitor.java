package org.siptrust.core;

/**
 * Progress and cancellation callback taken by every long operation. The workbench maps it to an
 * Eclipse Job's monitor, the command line to a progress line on stderr. Implementations must be
 * cheap: stages call {@link #worked(long)} often.
 */
public interface ProgressMonitor {

    /** Starts a task of {@code totalWork} units (-1 when unknown). */
    void begin(String task, long totalWork);

    /** Reports {@code units} more units done. */
    void worked(long units);

    /** Names the current step of the task. */
    default void subTask(String name) {
    }

    /** True once the user asked to stop; stages then throw {@link CancelledException}. */
    boolean isCanceled();

    /** Throws {@link CancelledException} when cancellation was requested. */
    default void checkCanceled() {
        if (isCanceled()) {
            throw new CancelledException();
        }
    }

    /** A monitor that reports nowhere and never cancels. */
    ProgressMonitor NULL = new ProgressMonitor() {
        @Override
        public void begin(String task, long totalWork) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };
}
