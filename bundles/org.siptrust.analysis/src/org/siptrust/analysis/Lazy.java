package org.siptrust.analysis;

import java.util.function.Supplier;

/**
 * A value computed on first use, once, even when several threads ask at the same time: the
 * headless JSON report never needs the call index or the frame notes, the UI and the text/HTML
 * reports do, so they are built only when asked for.
 */
final class Lazy<T> {
    private Supplier<T> supplier;
    private volatile T value;

    Lazy(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = supplier.get();
                    value = v;
                    supplier = null; // let go of what the computation captured
                }
            }
        }
        return v;
    }
}
