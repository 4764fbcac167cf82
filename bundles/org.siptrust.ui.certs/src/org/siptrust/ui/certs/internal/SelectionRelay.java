package org.siptrust.ui.certs.internal;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The view's selection provider: it tells the workbench about selections the user made here, and
 * can change its current selection quietly when following a selection made elsewhere (no echo).
 */
final class SelectionRelay implements ISelectionProvider {
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection current = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) {
        listeners.add(l);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) {
        listeners.remove(l);
    }

    @Override
    public ISelection getSelection() {
        return current;
    }

    @Override
    public void setSelection(ISelection selection) {
        changed(selection);
    }

    void changed(ISelection selection) {
        current = selection == null ? StructuredSelection.EMPTY : selection;
        SelectionChangedEvent e = new SelectionChangedEvent(this, current);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(e);
        }
    }

    void quietly(ISelection selection) {
        current = selection == null ? StructuredSelection.EMPTY : selection;
    }
}
