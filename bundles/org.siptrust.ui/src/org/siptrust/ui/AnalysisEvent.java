package org.siptrust.ui;

import org.siptrust.analysis.Analysis;

/**
 * Something happened to the analysis of a capture editor.
 *
 * @param kind     what happened
 * @param editor   the editor concerned (null when {@code ACTIVATED} reports that no capture editor is left)
 * @param analysis the editor's analysis now (null while analysing, after a failure, or when none is left)
 */
public record AnalysisEvent(Kind kind, CaptureEditor editor, Analysis analysis) {

    public enum Kind {
        ACTIVATED(SipTrustTopics.ANALYSIS_ACTIVATED),
        STARTED(SipTrustTopics.ANALYSIS_STARTED),
        UPDATED(SipTrustTopics.ANALYSIS_UPDATED),
        FAILED(SipTrustTopics.ANALYSIS_FAILED),
        CLOSED(SipTrustTopics.ANALYSIS_CLOSED);

        private final String topic;

        Kind(String topic) {
            this.topic = topic;
        }

        /** The {@link SipTrustTopics} topic this kind is posted under. */
        public String topic() {
            return topic;
        }
    }
}
