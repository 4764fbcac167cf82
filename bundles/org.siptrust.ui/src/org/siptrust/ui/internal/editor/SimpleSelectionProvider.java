package org.siptrust.ui.internal.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A page's selection as analysis selections ({@code FrameSelection}, ...): the page translates its
 * viewer's rows and calls {@link #changed}; {@link #setSelection} goes back to the page.
 */
public final class SimpleSelectionProvider implements IPostSelectionProvider {
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private final java.util.function.Consumer<ISelection> setter;
    private ISelection selection = StructuredSelection.EMPTY;

    public SimpleSelectionProvider(java.util.function.Consumer<ISelection> setter) {
        this.setter = setter;
    }

    /** The page's selection is now {@code s}: tell the listeners. */
    public void changed(ISelection s) {
        selection = s == null ? StructuredSelection.EMPTY : s;
        SelectionChangedEvent e = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(e);
        }
        for (ISelectionChangedListener l : postListeners) {
            l.selectionChanged(e);
        }
    }

    /** Records {@code s} without telling anyone (the page followed someone else's selection). */
    public void quietly(ISelection s) {
        selection = s == null ? StructuredSelection.EMPTY : s;
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection s) {
        setter.accept(s);
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.add(listener);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.remove(listener);
    }
}
