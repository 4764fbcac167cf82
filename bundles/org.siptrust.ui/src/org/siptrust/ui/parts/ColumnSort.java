package org.siptrust.ui.parts;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;

/**
 * Which column a table is sorted by, chosen by clicking a header (again: the other way round). The
 * table's comparator asks {@link #column()} and passes its ascending result through {@link #directed}.
 */
public final class ColumnSort {
    private final TableViewer viewer;
    private int column = -1;
    private int direction = SWT.UP;

    /** The table starts unsorted; call {@link #sortBy} from each column's selection listener. */
    public ColumnSort(TableViewer viewer) {
        this.viewer = viewer;
    }

    /** The column to sort by, or -1 (the rows' own order). */
    public int column() {
        return column;
    }

    /** {@code ascending} (a comparison result in ascending order) as the user wants it. */
    public int directed(int ascending) {
        return direction == SWT.UP ? ascending : -ascending;
    }

    /** The user clicked the header of {@code index}: sort by it, or turn its order round. */
    public void sortBy(int index) {
        if (column == index) {
            direction = direction == SWT.UP ? SWT.DOWN : SWT.UP;
        } else {
            column = index;
            direction = SWT.UP;
        }
        showIndicator();
        viewer.refresh();
    }

    /** Sorts ascending by {@code index} from the start (before the table has rows). */
    public void initially(int index) {
        column = index;
        direction = SWT.UP;
        showIndicator();
    }

    private void showIndicator() {
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(direction);
    }
}
