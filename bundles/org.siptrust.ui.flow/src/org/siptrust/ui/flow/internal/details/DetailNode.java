package org.siptrust.ui.flow.internal.details;

import java.util.ArrayList;
import java.util.List;

/** A line of the parsed-headers tree, with the part of the raw text it comes from (or none). */
public final class DetailNode {
    private final String label;
    private final List<DetailNode> children = new ArrayList<>();
    private final int start;
    private final int end;

    public DetailNode(String label, int start, int end) {
        this.label = label;
        this.start = start;
        this.end = end;
    }

    public DetailNode(String label) {
        this(label, -1, -1);
    }

    public DetailNode add(DetailNode child) {
        children.add(child);
        return child;
    }

    /** Adds a leaf {@code name: value} when value is not null; returns this. */
    public DetailNode field(String name, Object value) {
        if (value != null) {
            children.add(new DetailNode(name + ": " + value, start, end));
        }
        return this;
    }

    public String label() {
        return label;
    }

    public List<DetailNode> children() {
        return children;
    }

    public boolean hasRange() {
        return start >= 0 && end > start;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    @Override
    public String toString() {
        return label;
    }
}
