/**
 * The workbench's API for UI bundles: the {@link org.siptrust.ui.CaptureEditor} (one capture, one
 * analysis) and its pages ({@link org.siptrust.ui.ICaptureEditorPage}, contributed through the
 * extension point {@code org.siptrust.ui.captureEditorPages}), the selections every view shares
 * ({@link org.siptrust.ui.AnalysisSelection}, {@link org.siptrust.ui.FrameSelection},
 * {@link org.siptrust.ui.ConnectionSelection}), and {@link org.siptrust.ui.AnalysisService} with its
 * events ({@link org.siptrust.ui.SipTrustTopics}) through which views find the active analysis.
 */
package org.siptrust.ui;
