package org.siptrust.ui.trust.internal.nav;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A view's selection as analysis selections: the view calls {@link #changed} when the user selects
 * something, {@link #quietly} when it only follows someone else's selection (no echo), and
 * {@link #setSelection} from outside goes back to the view.
 */
public final class ViewSelectionProvider implements IPostSelectionProvider {
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private final Consumer<ISelection> setter;
    private ISelection selection = StructuredSelection.EMPTY;

    public ViewSelectionProvider(Consumer<ISelection> setter) {
        this.setter = setter;
    }

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
    public void addSelectionChangedListener(ISelectionChangedListener l) {
        listeners.add(l);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) {
        listeners.remove(l);
    }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener l) {
        postListeners.add(l);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener l) {
        postListeners.remove(l);
    }
}
