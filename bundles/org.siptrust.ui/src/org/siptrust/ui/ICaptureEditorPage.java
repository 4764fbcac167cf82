package org.siptrust.ui;

import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.siptrust.analysis.Analysis;

/**
 * One page (tab) of the {@link CaptureEditor}: Frames, Connections, and those other bundles add
 * (Messages, Ladder, ...). Pages are contributed through the extension point
 * {@code org.siptrust.ui.captureEditorPages} (one instance per editor, created with the no-argument
 * constructor) or added in code with {@link CaptureEditor#addPage}. All methods run on the UI thread.
 *
 * <p>The life of a page: {@link #createControl} once, then {@link #analysisChanged} whenever the
 * editor's analysis changes (null while an analysis runs or after it failed), {@link #reveal} when
 * something elsewhere was selected, and {@link #dispose} when the editor closes.
 */
public interface ICaptureEditorPage {

    /** Builds the page's widgets under {@code parent} (which has a FillLayout) and returns the top control. */
    Control createControl(Composite parent, CaptureEditor editor);

    /** Shows {@code analysis}; null means "no analysis (yet)": clear the page. */
    void analysisChanged(Analysis analysis);

    /**
     * Where the page's selection comes from: the editor forwards it to the workbench selection
     * service while the page is showing. Its selections should be {@link AnalysisSelection}s (for
     * instance {@link FrameSelection}). Null when the page selects nothing.
     */
    default ISelectionProvider getSelectionProvider() {
        return null;
    }

    /**
     * Follows a selection made in another page or view: select and show the same things if the page
     * can, without firing a selection of its own back. Returns true when it showed something.
     */
    default boolean reveal(AnalysisSelection selection) {
        return false;
    }

    /** Gives the keyboard focus to the page's main control. */
    default void setFocus() {
    }

    default void dispose() {
    }
}
