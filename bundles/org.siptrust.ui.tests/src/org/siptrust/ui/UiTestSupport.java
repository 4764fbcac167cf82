package org.siptrust.ui;

import java.nio.file.Path;

import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.testing.TestCorpus;
import org.siptrust.ui.testing.Scenarios;
import org.siptrust.ui.testing.Workbench;

/**
 * Scenario B, the capture most shell tests open, and opening a capture the way EXTENDING.md tells
 * UI bundles to wait for it (join the analysis job, then let its result reach the editor).
 * Driving the workbench otherwise: {@link Workbench}.
 */
public final class UiTestSupport {
    public static final Path TESTDATA = TestCorpus.root();
    public static final Path SCENARIO_B = Scenarios.capture("b_ip_in_record_route");
    public static final Path SCENARIO_B_KEYS = Scenarios.keys("b_ip_in_record_route");

    private UiTestSupport() {
    }

    /** Opens {@code capture} in an editor and waits until its analysis job has finished. */
    public static CaptureEditor openAndWait(Path capture, AnalysisOptions options, long timeoutMillis) throws Exception {
        CaptureEditor editor = CaptureEditor.open(Workbench.page(), capture, options);
        waitForAnalysis(editor, timeoutMillis);
        return editor;
    }

    public static void waitForAnalysis(CaptureEditor editor, long timeoutMillis) {
        try {
            // the job itself needs no UI thread: join it, then let its result reach the editor (asyncExec)
            org.eclipse.core.runtime.jobs.Job.getJobManager().join(CaptureEditor.JOB_FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Workbench.waitUntil("the analysis of " + editor.captureInput().getName(), timeoutMillis, () -> !editor.isAnalysing());
        Workbench.flush();
    }
}
