package org.siptrust.ui.parts;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The frame of a view that lists things: a status line on the left and a search field on the
 * right, with the view's content below them across the whole width ({@link #contentData()}).
 */
public final class StatusAndFilter {
    private final Composite root;
    private final Label status;
    private final Text filter;

    /** @param onFilter gets the search field's text after each change */
    public StatusAndFilter(Composite parent, String filterHint, Consumer<String> onFilter) {
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        status = new Label(root, SWT.NONE);
        GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        sd.horizontalIndent = 4;
        status.setLayoutData(sd);
        filter = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(filterHint);
        GridData fd = new GridData(SWT.END, SWT.CENTER, false, false);
        fd.widthHint = 200;
        filter.setLayoutData(fd);
        filter.addListener(SWT.Modify, e -> onFilter.accept(filter.getText()));
    }

    /** The parent of the view's content. */
    public Composite root() {
        return root;
    }

    public Label status() {
        return status;
    }

    public Text filter() {
        return filter;
    }

    /** Layout data for the view's content (a child of {@link #root()}): all the room below, both columns. */
    public static GridData contentData() {
        return new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
    }

    /** Shows {@code text} in the status line (literally: no mnemonics), in full as its tooltip. */
    public void setStatus(String text) {
        status.setText(text.replace("&", "&&"));
        status.setToolTipText(text);
    }
}
