package org.siptrust.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.siptrust.analysis.AnalysisOptions;

/**
 * Drives the real workbench from tests that run on the UI thread (SWTBot is not available): opens
 * capture editors, and waits by running the event loop until a condition holds or time runs out.
 */
public final class UiTestSupport {
    public static final Path TESTDATA = Path.of(System.getProperty("siptrust.testdata", "../../testdata"));
    public static final Path SCENARIO_B = TESTDATA.resolve("captures/b_ip_in_record_route/b_ip_in_record_route.pcap");
    public static final Path SCENARIO_B_KEYS = TESTDATA.resolve("captures/b_ip_in_record_route/b_ip_in_record_route.keys");

    private UiTestSupport() {
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until {@code condition} is true; fails after {@code timeoutMillis}. */
    public static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (!d.readAndDispatch()) {
                d.timerExec(20, () -> {
                });
                d.sleep();
            }
        }
    }

    /** Processes pending UI events (layout, paint, asyncExec). */
    public static void flush() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // drain
        }
    }

    /** Opens {@code capture} in an editor and waits until its analysis job has finished. */
    public static CaptureEditor openAndWait(Path capture, AnalysisOptions options, long timeoutMillis) throws Exception {
        CaptureEditor editor = CaptureEditor.open(page(), capture, options);
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
        waitUntil("the analysis of " + editor.captureInput().getName(), timeoutMillis, () -> !editor.isAnalysing());
        flush();
    }

    public static void closeAllEditors() {
        page().closeAllEditors(false);
        flush();
    }

    public static void assertContains(String text, String part) {
        assertTrue(text != null && text.contains(part), "expected <" + part + "> in <" + text + ">");
    }
}
