/**
 * Building blocks for the views and capture editor pages that UI bundles contribute, so that each
 * behaves like the others: {@link org.siptrust.ui.parts.PartSelectionProvider} (a part's selection
 * as analysis selections, followed quietly when it comes from elsewhere; its listener bookkeeping
 * is {@link org.siptrust.ui.parts.AbstractPostSelectionProvider}),
 * {@link org.siptrust.ui.parts.CopySupport} (Ctrl+C copies a table's or tree's selection as text),
 * {@link org.siptrust.ui.parts.ColumnSort} (sort a table by clicking its headers),
 * {@link org.siptrust.ui.parts.RowTextFilter} (a table's rows filtered by the search field),
 * {@link org.siptrust.ui.parts.ListTreeContent} (a tree of nodes that know their children) and
 * {@link org.siptrust.ui.parts.StatusAndFilter} (a status line and a search field above a view's content).
 */
package org.siptrust.ui.parts;
