package org.siptrust.ui.parts;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The content of a tree viewer whose input is the list of root nodes and whose nodes (all of one
 * type) know their children. Nodes are not asked for their parent: the trees only expand downwards.
 *
 * @param <T> the node type
 */
public final class ListTreeContent<T> implements ITreeContentProvider {
    private final Class<T> type;
    private final Function<? super T, ? extends List<?>> children;

    public ListTreeContent(Class<T> type, Function<? super T, ? extends List<?>> children) {
        this.type = type;
        this.children = children;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> l ? l.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parentElement) {
        return children.apply(type.cast(parentElement)).toArray();
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return !children.apply(type.cast(element)).isEmpty();
    }
}
