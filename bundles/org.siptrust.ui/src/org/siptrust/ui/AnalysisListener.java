package org.siptrust.ui;

/** Told on the UI thread when the analysis that views should show changes (see {@link AnalysisService}). */
@FunctionalInterface
public interface AnalysisListener {
    void analysisChanged(AnalysisEvent event);
}
