package org.siptrust.ui.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.analysis.Analyzer;
import org.siptrust.core.CancelledException;
import org.siptrust.ui.UiTestSupport;

/** The bridge from the analysis' progress callback to Eclipse monitors, on a real analysis. */
class EclipseProgressMonitorTest {

    /** Records the ticks an Eclipse monitor receives. */
    static final class Recorder extends NullProgressMonitor {
        int total;
        int worked;
        String task;

        @Override
        public void beginTask(String name, int totalWork) {
            task = name;
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }
    }

    @Test
    void aRealAnalysisFillsTheBarWithoutOverflowing() throws Exception {
        Recorder r = new Recorder();
        EclipseProgressMonitor p = new EclipseProgressMonitor(r, "Analysing b");
        Analyzer.analyze(UiTestSupport.SCENARIO_B, AnalysisOptions.none(), p);
        assertTrue(p.fraction() >= 0.8 - 1e-9, "reading the capture is the first 80%: " + p.fraction());
        p.done();
        assertEquals(r.total, r.worked);
        assertEquals(1.0, p.fraction());
        assertEquals("Analysing b", r.task);
    }

    @Test
    void laterStagesShareWhatIsLeft() {
        Recorder r = new Recorder();
        EclipseProgressMonitor p = new EclipseProgressMonitor(r, "x");
        p.begin("read", 100);
        p.worked(50);
        assertEquals(0.4, p.fraction(), 1e-9);
        p.worked(500); // more than announced: capped
        assertEquals(0.8, p.fraction(), 1e-9);
        p.begin("tls", 10);
        p.worked(10);
        assertEquals(0.9, p.fraction(), 1e-9);
        p.begin("sip", -1); // unknown amount: no movement
        p.worked(5);
        assertEquals(0.9, p.fraction(), 1e-9);
    }

    @Test
    void cancelInEclipseIsCancelForTheAnalysis() {
        Recorder r = new Recorder();
        r.setCanceled(true);
        EclipseProgressMonitor p = new EclipseProgressMonitor(r, "x");
        assertTrue(p.isCanceled());
        assertThrows(CancelledException.class, p::checkCanceled);
    }
}
