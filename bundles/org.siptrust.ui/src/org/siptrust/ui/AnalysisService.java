package org.siptrust.ui;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.siptrust.analysis.Analysis;

/**
 * Which analysis the views show: that of the capture editor the user activated last. Views ask
 * {@link #activeAnalysis()} when they open and listen for changes with {@link #addListener} (or
 * subscribe to {@link SipTrustTopics} on the {@code IEventBroker}). Follows editor activation in
 * every workbench window by itself; use it on the UI thread only.
 */
public final class AnalysisService {
    private static AnalysisService instance;

    private final ListenerList<AnalysisListener> listeners = new ListenerList<>();
    private CaptureEditor current;

    private AnalysisService() {
    }

    /** The service (created, and hooked to the workbench windows, on first use). */
    public static synchronized AnalysisService get() {
        if (instance == null) {
            instance = new AnalysisService();
            instance.hook();
        }
        return instance;
    }

    /** The analysis of the active capture editor, or null (no capture open, or still analysing). */
    public Analysis activeAnalysis() {
        return current == null ? null : current.analysis();
    }

    /** The capture editor whose analysis the views show, or null. */
    public CaptureEditor activeEditor() {
        return current;
    }

    public void addListener(AnalysisListener listener) {
        listeners.add(listener);
    }

    public void removeListener(AnalysisListener listener) {
        listeners.remove(listener);
    }

    // --- called by CaptureEditor -------------------------------------------------------------------

    void editorActivated(CaptureEditor editor) {
        if (current != editor) {
            current = editor;
            fire(new AnalysisEvent(AnalysisEvent.Kind.ACTIVATED, editor, editor.analysis()));
        }
    }

    void editorChanged(CaptureEditor editor, AnalysisEvent.Kind kind) {
        if (current == null || current.isDisposed()) {
            current = editor;
        }
        if (current == editor) {
            fire(new AnalysisEvent(kind, editor, editor.analysis()));
        }
    }

    void editorClosed(CaptureEditor editor) {
        fire(new AnalysisEvent(AnalysisEvent.Kind.CLOSED, editor, null));
        if (current == editor) {
            current = null;
            CaptureEditor next = findOpenEditor(editor);
            current = next;
            fire(new AnalysisEvent(AnalysisEvent.Kind.ACTIVATED, next, next == null ? null : next.analysis()));
        }
    }

    private void fire(AnalysisEvent event) {
        for (AnalysisListener l : listeners) {
            try {
                l.analysisChanged(event);
            } catch (RuntimeException e) {
                org.eclipse.core.runtime.ILog.of(AnalysisService.class).error("analysis listener failed", e);
            }
        }
        if (PlatformUI.isWorkbenchRunning()) {
            IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
            if (broker != null) {
                broker.send(event.kind().topic(), event);
            }
        }
    }

    private static CaptureEditor findOpenEditor(CaptureEditor closing) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = w == null ? null : w.getActivePage();
        if (page == null) {
            return null;
        }
        if (page.getActiveEditor() instanceof CaptureEditor e && e != closing && !e.isDisposed()) {
            return e;
        }
        for (var ref : page.getEditorReferences()) {
            if (ref.getEditor(false) instanceof CaptureEditor e && e != closing && !e.isDisposed()) {
                return e;
            }
        }
        return null;
    }

    private void hook() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench wb = PlatformUI.getWorkbench();
        IPartListener2 parts = new IPartListener2() {
            @Override
            public void partActivated(IWorkbenchPartReference ref) {
                IWorkbenchPart p = ref.getPart(false);
                if (p instanceof CaptureEditor e) {
                    editorActivated(e);
                }
            }

            @Override
            public void partBroughtToTop(IWorkbenchPartReference ref) {
                partActivated(ref);
            }
        };
        for (IWorkbenchWindow w : wb.getWorkbenchWindows()) {
            w.getPartService().addPartListener(parts);
        }
        wb.addWindowListener(new IWindowListener() {
            @Override
            public void windowOpened(IWorkbenchWindow window) {
                window.getPartService().addPartListener(parts);
            }

            @Override
            public void windowClosed(IWorkbenchWindow window) {
                window.getPartService().removePartListener(parts);
            }

            @Override
            public void windowActivated(IWorkbenchWindow window) {
            }

            @Override
            public void windowDeactivated(IWorkbenchWindow window) {
            }
        });
    }
}
