package org.siptrust.ui.certs.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.siptrust.ui.certs.internal.model.FieldComparison;
import org.siptrust.ui.certs.internal.model.InspectedCertificate;
import org.siptrust.ui.certs.internal.model.Inventory;
import org.siptrust.ui.parts.CopySupport;

/**
 * Two certificates side by side: every field of both, paired by name, the fields that differ
 * highlighted (and, on request, alone).
 */
final class CompareDialog extends Dialog {
    private final InspectedCertificate left;
    private final InspectedCertificate right;
    private final List<FieldComparison.Row> rows;
    private Table table;
    private Button onlyDifferences;

    CompareDialog(Shell parent, InspectedCertificate left, InspectedCertificate right, Inventory inv) {
        super(parent);
        this.left = left;
        this.right = right;
        this.rows = FieldComparison.compare(left.info(), right.info(), inv.at(), inv.atWord());
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare " + left.commonName() + " and " + right.commonName());
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1100, 700);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        long differing = rows.stream().filter(FieldComparison.Row::differs).count();
        Label summary = new Label(area, SWT.WRAP);
        summary.setText(differing + " of " + rows.size() + " fields differ (highlighted).");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        onlyDifferences = new Button(area, SWT.CHECK);
        onlyDifferences.setText("Show only differences");
        onlyDifferences.addListener(SWT.Selection, e -> fill());

        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        table.setLayoutData(gd);
        column("Field", 280);
        column(left.commonName() + " (" + left.source() + ")", 380);
        column(right.commonName() + " (" + right.source() + ")", 380);
        CopySupport.install(table, () -> {
            StringBuilder sb = new StringBuilder();
            for (TableItem item : table.getSelection()) {
                sb.append(item.getText(0)).append('\t').append(item.getText(1)).append('\t').append(item.getText(2)).append('\n');
            }
            return sb.toString();
        });
        fill();
        return area;
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    private void fill() {
        table.setRedraw(false);
        try {
            table.removeAll();
            boolean only = onlyDifferences.getSelection();
            for (FieldComparison.Row r : rows) {
                if (only && !r.differs()) {
                    continue;
                }
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {r.field(), r.left(), r.right()});
                if (r.differs()) {
                    item.setBackground(UiColors.DIFFERENT);
                    item.setFont(0, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    List<FieldComparison.Row> rows() {
        return rows;
    }

    Table table() {
        return table;
    }
}
