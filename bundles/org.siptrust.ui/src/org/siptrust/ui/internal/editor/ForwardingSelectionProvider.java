package org.siptrust.ui.internal.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The editor's selection provider: passes on the selection of whichever page shows, and announces
 * a change when another page comes to the front.
 */
public final class ForwardingSelectionProvider implements IPostSelectionProvider {
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private final ISelectionChangedListener forward = e -> fire(listeners, e.getSelection());
    private final ISelectionChangedListener forwardPost = e -> fire(postListeners, e.getSelection());
    private ISelectionProvider delegate;

    /** Follows {@code provider} from now on (null: the showing page selects nothing). */
    public void setDelegate(ISelectionProvider provider) {
        if (provider == delegate) {
            return;
        }
        if (delegate != null) {
            delegate.removeSelectionChangedListener(forward);
            if (delegate instanceof IPostSelectionProvider p) {
                p.removePostSelectionChangedListener(forwardPost);
            }
        }
        delegate = provider;
        if (provider != null) {
            provider.addSelectionChangedListener(forward);
            if (provider instanceof IPostSelectionProvider p) {
                p.addPostSelectionChangedListener(forwardPost);
            }
        }
        refire();
    }

    /** Tells the listeners the current selection again (after the analysis changed). */
    public void refire() {
        ISelection s = getSelection();
        fire(listeners, s);
        fire(postListeners, s);
    }

    @Override
    public ISelection getSelection() {
        return delegate == null ? StructuredSelection.EMPTY : delegate.getSelection();
    }

    @Override
    public void setSelection(ISelection selection) {
        if (delegate != null) {
            delegate.setSelection(selection);
        }
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

    private void fire(ListenerList<ISelectionChangedListener> list, ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener l : list) {
            l.selectionChanged(event);
        }
    }
}
