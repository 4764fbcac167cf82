package org.siptrust.ui.flow.internal;

/** A page with a filter field that Ctrl+F focuses. */
public interface FilterablePage {
    void focusFilter();
}
