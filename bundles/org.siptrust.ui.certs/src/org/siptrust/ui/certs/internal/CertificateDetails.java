package org.siptrust.ui.certs.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.siptrust.ui.certs.internal.model.CertificateFields;
import org.siptrust.ui.certs.internal.model.ChainNode;
import org.siptrust.ui.certs.internal.model.Chains;
import org.siptrust.ui.certs.internal.model.FieldNode;
import org.siptrust.ui.certs.internal.model.IdentityRow;
import org.siptrust.ui.certs.internal.model.InspectedCertificate;
import org.siptrust.ui.certs.internal.model.Inventory;
import org.siptrust.ui.certs.internal.model.ProblemRow;
import org.siptrust.ui.certs.internal.model.Problems;
import org.siptrust.ui.parts.CopySupport;

/**
 * The selected certificate from four sides, one tab each: every field, the chains (validation path
 * and what the peers sent), the SIP identities with the names rejected and why, and the lint and
 * validation problems.
 */
final class CertificateDetails {
    static final String TAB_FIELDS = "Fields";
    static final String TAB_CHAIN = "Chain";
    static final String TAB_IDENTITIES = "SIP identities";
    static final String TAB_PROBLEMS = "Lint and validation";

    private final CTabFolder folder;
    private final NodeTree<FieldNode> fields;
    private final NodeTree<ChainNode> chain;
    private final NodeTree<IdentityRow> identities;
    private final Label problemsRole;
    private final TableViewer problems;
    private InspectedCertificate shown;

    CertificateDetails(Composite parent, Consumer<String> selectCertificate) {
        folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);

        fields = new NodeTree<>(folder, FieldNode.class, FieldNode::children, List.of(
                new NodeTree.Col<FieldNode>("Field", 230, FieldNode::name),
                new NodeTree.Col<FieldNode>("Value", 420, FieldNode::value)),
                n -> UiColors.tone(n.tone()), n -> n.children().isEmpty() ? null : bold);
        tab(TAB_FIELDS, fields.viewer().getControl(), "Every field of the certificate, extensions decoded");

        chain = new NodeTree<>(folder, ChainNode.class, ChainNode::children, List.of(
                new NodeTree.Col<ChainNode>("Certificate", 300, ChainNode::label),
                new NodeTree.Col<ChainNode>("Status", 140, ChainNode::status),
                new NodeTree.Col<ChainNode>("Note", 360, ChainNode::note)),
                n -> n.bad() ? UiColors.BAD : n.sha256() != null ? UiColors.GOOD : null,
                n -> n.current() || n.sha256() == null ? bold : null);
        chain.viewer().addDoubleClickListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof ChainNode n && n.sha256() != null) {
                selectCertificate.accept(n.sha256());
            }
        });
        tab(TAB_CHAIN, chain.viewer().getControl(), "The validation path and the chains the peers sent (double-click a certificate to inspect it)");

        identities = new NodeTree<>(folder, IdentityRow.class, IdentityRow::children, List.of(
                new NodeTree.Col<IdentityRow>("Name", 260, IdentityRow::name),
                new NodeTree.Col<IdentityRow>("Verdict", 200, IdentityRow::verdict),
                new NodeTree.Col<IdentityRow>("Why", 520, IdentityRow::reason)),
                r -> UiColors.tone(r.tone()), r -> r.children().isEmpty() ? null : bold);
        tab(TAB_IDENTITIES, identities.viewer().getControl(), "The SIP domain identities under RFC 5922 §7.1");

        Composite p = new Composite(folder, SWT.NONE);
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 0;
        gl.marginHeight = 2;
        p.setLayout(gl);
        problemsRole = new Label(p, SWT.WRAP);
        problemsRole.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problems = problemsTable(p);
        problems.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tab(TAB_PROBLEMS, p, "org.siptrust.x509 lint results for the role it was presented in, and validation problems");
        folder.setSelection(0);
    }

    private void tab(String title, org.eclipse.swt.widgets.Control control, String tip) {
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(title);
        item.setToolTipText(tip);
        item.setControl(control);
    }

    private static TableViewer problemsTable(Composite parent) {
        TableViewer v = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        Table t = v.getTable();
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        String[] titles = {"Severity", "Kind", "Id", "About", "Rule", "Message"};
        int[] widths = {80, 80, 170, 160, 120, 600};
        for (int i = 0; i < titles.length; i++) {
            int col = i;
            TableViewerColumn c = new TableViewerColumn(v, SWT.LEFT);
            c.getColumn().setText(titles[i]);
            c.getColumn().setWidth(widths[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    ProblemRow r = (ProblemRow) element;
                    return switch (col) {
                        case 0 -> r.severity().word();
                        case 1 -> r.kind();
                        case 2 -> r.id();
                        case 3 -> r.subject();
                        case 4 -> r.rule();
                        default -> r.message();
                    };
                }

                @Override
                public Color getForeground(Object element) {
                    return col == 0 ? UiColors.severity(((ProblemRow) element).severity()) : null;
                }

                @Override
                public String getToolTipText(Object element) {
                    return ((ProblemRow) element).message();
                }
            });
        }
        v.setContentProvider(ArrayContentProvider.getInstance());
        CopySupport.install(t, () -> {
            StringBuilder sb = new StringBuilder();
            for (TableItem item : t.getSelection()) {
                for (int i = 0; i < titles.length; i++) {
                    sb.append(i == 0 ? "" : "\t").append(item.getText(i));
                }
                sb.append('\n');
            }
            return sb.toString();
        });
        return v;
    }

    CTabFolder folder() {
        return folder;
    }

    /** Shows {@code c} (null clears every tab). */
    void show(InspectedCertificate c, Inventory inv) {
        shown = c;
        if (c == null) {
            fields.setInput(List.of());
            chain.setInput(List.of());
            identities.setInput(List.of());
            problems.setInput(new ProblemRow[0]);
            problemsRole.setText("Select a certificate to see its lint results and validation problems.");
            return;
        }
        List<FieldNode> f = CertificateFields.of(c.info(), inv.at(), inv.atWord());
        fields.setInput(f);
        fields.viewer().expandToLevel(1);
        for (FieldNode n : f) {
            if (n.name().equals(CertificateFields.VALIDITY) || n.name().equals(CertificateFields.SANS)
                    || n.name().equals(CertificateFields.EKU)) {
                fields.viewer().expandToLevel(n, org.eclipse.jface.viewers.AbstractTreeViewer.ALL_LEVELS);
            }
        }
        chain.setInput(Chains.of(c, inv));
        chain.viewer().expandAll();
        identities.setInput(IdentityRow.of(c.identities()));
        identities.viewer().expandAll();
        List<ProblemRow> rows = Problems.of(c, inv);
        problems.setInput(rows.toArray(new ProblemRow[0]));
        String where = c.presentations().isEmpty() ? "" : " (seen as: " + String.join(", ", c.presentations()) + ")";
        problemsRole.setText("Linted as " + Problems.roleWord(c.role()) + where + "; validated at " + inv.atWord() + ". "
                + (rows.isEmpty() ? "No problems." : rows.size() + (rows.size() == 1 ? " line." : " lines.")));
        problemsRole.getParent().layout(true);
    }

    InspectedCertificate shown() {
        return shown;
    }

    /** Brings the tab titled {@code title} to the front. */
    void showTab(String title) {
        for (CTabItem item : folder.getItems()) {
            if (item.getText().equals(title)) {
                folder.setSelection(item);
            }
        }
    }

    NodeTree<FieldNode> fields() {
        return fields;
    }

    NodeTree<ChainNode> chain() {
        return chain;
    }

    NodeTree<IdentityRow> identities() {
        return identities;
    }

    TableViewer problems() {
        return problems;
    }
}
