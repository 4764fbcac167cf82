package org.siptrust.ui.parts;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * The listener bookkeeping every selection provider of the workbench needs: selection and post
 * selection listeners, told by {@link #fireSelectionChanged} and {@link #firePostSelectionChanged}.
 * Subclasses say what the selection is and when it changes.
 */
public abstract class AbstractPostSelectionProvider implements IPostSelectionProvider {
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();

    @Override
    public final void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public final void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public final void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.add(listener);
    }

    @Override
    public final void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.remove(listener);
    }

    /** Tells the selection listeners that the selection is now {@code selection}. */
    protected final void fireSelectionChanged(ISelection selection) {
        fire(listeners, selection);
    }

    /** Tells the post selection listeners that the selection is now {@code selection}. */
    protected final void firePostSelectionChanged(ISelection selection) {
        fire(postListeners, selection);
    }

    private void fire(ListenerList<ISelectionChangedListener> list, ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener l : list) {
            l.selectionChanged(event);
        }
    }
}
