package org.siptrust.ui.internal.editor;

import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.siptrust.ui.parts.AbstractPostSelectionProvider;

/**
 * The editor's selection provider: passes on the selection of whichever page shows, and announces
 * a change when another page comes to the front.
 */
public final class ForwardingSelectionProvider extends AbstractPostSelectionProvider {
    private final ISelectionChangedListener forward = e -> fireSelectionChanged(e.getSelection());
    private final ISelectionChangedListener forwardPost = e -> firePostSelectionChanged(e.getSelection());
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
        fireSelectionChanged(s);
        firePostSelectionChanged(s);
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
}
