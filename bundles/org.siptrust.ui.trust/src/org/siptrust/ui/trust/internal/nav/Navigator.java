package org.siptrust.ui.trust.internal.nav;

import java.util.List;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.siptrust.analysis.Analysis;
import org.siptrust.ui.AnalysisService;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.FrameSelection;

/** Takes the user from a trust view to the evidence: frames in the capture editor, other views. */
public final class Navigator {
    private Navigator() {
    }

    /** The open capture editor that holds {@code analysis}, or null. */
    public static CaptureEditor editorOf(IWorkbenchPage page, Analysis analysis) {
        CaptureEditor active = AnalysisService.get().activeEditor();
        if (active != null && !active.isDisposed() && active.analysis() == analysis) {
            return active;
        }
        if (page != null) {
            for (CaptureEditor e : CaptureEditor.openEditors(page)) {
                if (e.analysis() == analysis) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Selects {@code frames} in the capture editor of {@code analysis} and brings it forward
     * ({@code activate}: also gives it the focus, as the Problems view does on double-click).
     * False when no editor holds that analysis any more.
     */
    public static boolean showFrames(IWorkbenchPage page, Analysis analysis, List<Long> frames, boolean activate) {
        CaptureEditor editor = editorOf(page, analysis);
        if (editor == null || frames.isEmpty()) {
            return false;
        }
        editor.reveal(new FrameSelection(analysis, frames));
        if (page != null) {
            if (activate) {
                page.activate(editor);
            } else {
                page.bringToTop(editor);
            }
        }
        return true;
    }

    /** Shows view {@code id} without taking the focus; null when it is not installed. */
    public static IViewPart showView(IWorkbenchPage page, String id) {
        if (page == null || org.eclipse.ui.PlatformUI.getWorkbench().getViewRegistry().find(id) == null) {
            return null;
        }
        try {
            return page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(Navigator.class).warn("cannot show view " + id, e);
            return null;
        }
    }
}
