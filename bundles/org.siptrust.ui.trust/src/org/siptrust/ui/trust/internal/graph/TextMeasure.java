package org.siptrust.ui.trust.internal.graph;

/** Measures text for the layout: the same fonts the painter will use. */
public interface TextMeasure {

    /** Width and height in pixels of {@code text} in the normal or bold font. */
    Extent extent(String text, boolean bold);

    /** A size in pixels. */
    record Extent(int width, int height) {
    }
}
