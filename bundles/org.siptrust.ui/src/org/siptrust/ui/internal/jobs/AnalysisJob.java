package org.siptrust.ui.internal.jobs;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Analyzer;
import org.siptrust.analysis.InputException;
import org.siptrust.core.CancelledException;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.CaptureEditorInput;

/**
 * Analyses one capture with its key material in the background. The outcome goes to a callback
 * (still on the job's thread); the job itself always ends OK or CANCEL so that the workbench does
 * not add a second, technical error dialog to the one the editor shows.
 */
public final class AnalysisJob extends Job {

    /** What came out of a run. Exactly one of analysis, failure and cancelled is set. */
    public record Outcome(Analysis analysis, Failure failure, boolean cancelled) {
    }

    private final CaptureEditorInput input;
    private final Consumer<Outcome> onDone;
    private volatile EclipseProgressMonitor progress;

    public AnalysisJob(CaptureEditorInput input, Consumer<Outcome> onDone) {
        super("Analysing " + input.getName());
        this.input = input;
        this.onDone = onDone;
        setPriority(LONG);
        setUser(false);
    }

    /** 0..1, for an inline progress bar. */
    public double fraction() {
        EclipseProgressMonitor p = progress;
        return p == null ? 0 : p.fraction();
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == CaptureEditor.JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        EclipseProgressMonitor p = new EclipseProgressMonitor(monitor, getName());
        progress = p;
        Outcome outcome;
        try {
            Analysis a = Analyzer.analyze(input.file(), input.options(), p);
            outcome = new Outcome(a, null, false);
        } catch (CancelledException e) {
            outcome = new Outcome(null, null, true);
        } catch (InputException e) {
            outcome = new Outcome(null, Failure.of(input, e), false);
        } catch (OutOfMemoryError e) {
            outcome = new Outcome(null, Failure.outOfMemory(input, e), false);
        } catch (RuntimeException | LinkageError e) {
            outcome = new Outcome(null, Failure.internal(input, e), false);
        } finally {
            p.done();
        }
        onDone.accept(outcome);
        return outcome.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
