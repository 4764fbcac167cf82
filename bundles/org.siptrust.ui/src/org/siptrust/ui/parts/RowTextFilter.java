package org.siptrust.ui.parts;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * The search field's filter on a table: a row stays when the text it shows in some column contains
 * what the user typed, ignoring case and surrounding blanks.
 *
 * @param <T> the row type
 */
public final class RowTextFilter<T> extends ViewerFilter {
    private final StructuredViewer viewer;
    private final Class<T> type;
    private final List<? extends Function<T, String>> columns;
    private final BiPredicate<T, String> alsoMatches;
    private String text = "";

    private RowTextFilter(StructuredViewer viewer, Class<T> type, List<? extends Function<T, String>> columns,
            BiPredicate<T, String> alsoMatches) {
        this.viewer = viewer;
        this.type = type;
        this.columns = columns;
        this.alsoMatches = alsoMatches;
    }

    /**
     * Filters {@code viewer}'s rows by the text of {@code columns}.
     *
     * @param alsoMatches keeps a row that no column matches (gets the lower-case filter text), or null
     */
    public static <T> RowTextFilter<T> install(StructuredViewer viewer, Class<T> type,
            List<? extends Function<T, String>> columns, BiPredicate<T, String> alsoMatches) {
        RowTextFilter<T> filter = new RowTextFilter<>(viewer, type, columns, alsoMatches);
        viewer.addFilter(filter);
        return filter;
    }

    /** The user typed {@code typed} (null: nothing): show the rows that match it. */
    public void setText(String typed) {
        text = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        viewer.refresh();
    }

    @Override
    public boolean select(Viewer v, Object parentElement, Object element) {
        if (text.isEmpty()) {
            return true;
        }
        T row = type.cast(element);
        for (Function<T, String> column : columns) {
            String shown = column.apply(row);
            if (shown != null && shown.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return alsoMatches != null && alsoMatches.test(row, text);
    }
}
