package org.siptrust.ui.parts;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A view's or page's selection as analysis selections ({@code FrameSelection}, ...): the part
 * translates its viewer's rows and calls {@link #changed} when the user selects something, and
 * {@link #quietly} when it only followed someone else's selection (no echo back to them).
 * {@link #setSelection} from outside goes to the part's setter; a part without one announces it
 * as if the user had selected it.
 */
public final class PartSelectionProvider extends AbstractPostSelectionProvider {
    private final Consumer<ISelection> setter;
    private ISelection selection = StructuredSelection.EMPTY;

    /** {@link #setSelection} goes to {@code setter} (the part shows it and calls {@link #changed} or {@link #quietly}). */
    public PartSelectionProvider(Consumer<ISelection> setter) {
        this.setter = setter;
    }

    /** {@link #setSelection} is announced like a selection the user made. */
    public PartSelectionProvider() {
        this.setter = this::changed;
    }

    /** The part's selection is now {@code s}: tell the listeners. */
    public void changed(ISelection s) {
        quietly(s);
        fireSelectionChanged(selection);
        firePostSelectionChanged(selection);
    }

    /** Records {@code s} without telling anyone (the part followed someone else's selection). */
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
}
