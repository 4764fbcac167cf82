package org.siptrust.ui.certs.internal.model;

import java.util.List;

/**
 * One line of the field tree: a name, its value (may be empty for a group), how it reads (a
 * problem is {@link Tone#BAD}), and the lines below it.
 */
public record FieldNode(String name, String value, Tone tone, List<FieldNode> children) {

    /** How a value should be coloured. */
    public enum Tone {
        NORMAL, GOOD, WARN, BAD
    }

    public FieldNode {
        value = value == null ? "" : value;
        children = List.copyOf(children);
    }

    public static FieldNode leaf(String name, String value) {
        return new FieldNode(name, value, Tone.NORMAL, List.of());
    }

    public static FieldNode leaf(String name, String value, Tone tone) {
        return new FieldNode(name, value, tone, List.of());
    }

    public static FieldNode group(String name, String value, List<FieldNode> children) {
        return new FieldNode(name, value, Tone.NORMAL, children);
    }

    /** The child named {@code name}, or null. */
    public FieldNode child(String name) {
        for (FieldNode c : children) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }
}
