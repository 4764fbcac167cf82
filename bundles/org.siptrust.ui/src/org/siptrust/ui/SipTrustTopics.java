package org.siptrust.ui;

/**
 * Event topics the workbench posts on the e4 {@code IEventBroker} when the analysis that views
 * show changes; the event's {@code IEventBroker.DATA} is an {@link AnalysisEvent}. Views written
 * in e3 style can use {@link AnalysisService#addListener} instead: both carry the same events.
 */
public final class SipTrustTopics {
    private SipTrustTopics() {
    }

    /** Every analysis topic (for subscribing with a wildcard). */
    public static final String ANALYSIS_ALL = "org/siptrust/ui/analysis/*";
    /** Another capture editor became the active one (or the last one closed: analysis null). */
    public static final String ANALYSIS_ACTIVATED = "org/siptrust/ui/analysis/activated";
    /** An analysis job started for a capture (views may show "analysing…"). */
    public static final String ANALYSIS_STARTED = "org/siptrust/ui/analysis/started";
    /** The active editor's analysis was (re)computed: new keys, F5, first open. */
    public static final String ANALYSIS_UPDATED = "org/siptrust/ui/analysis/updated";
    /** An analysis job failed or was cancelled; the editor keeps no analysis. */
    public static final String ANALYSIS_FAILED = "org/siptrust/ui/analysis/failed";
    /** A capture editor closed. */
    public static final String ANALYSIS_CLOSED = "org/siptrust/ui/analysis/closed";
}
