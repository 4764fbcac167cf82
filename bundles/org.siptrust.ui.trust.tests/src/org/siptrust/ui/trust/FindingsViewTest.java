package org.siptrust.ui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.siptrust.ui.testing.Workbench.assertContains;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siptrust.core.Finding;
import org.siptrust.core.Severity;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.FrameSelection;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.testing.Scenarios;
import org.siptrust.ui.testing.Workbench;
import org.siptrust.ui.trust.internal.findings.FindingColumn;

/**
 * The Findings view on scenario b: the same findings as the analysis, grouped by severity, sortable
 * and filterable, copied as text; double-click on the IP-literal finding selects frame 9 (bob's
 * REGISTER to B's address) in the capture editor and the bob to B hop in the Hops view.
 */
class FindingsViewTest {
    private static CaptureEditor editor;
    private static FindingsView view;

    @BeforeAll
    static void open() throws Exception {
        Workbench.closeAllEditors();
        editor = Scenarios.open("b_ip_in_record_route");
        view = TrustTestSupport.findingsView();
        Workbench.waitUntil("the findings", 10_000, () -> view.model() != null
                && view.analysis() == editor.analysis());
    }

    @AfterAll
    static void close() {
        Workbench.closeAllEditors();
    }

    @BeforeEach
    void reset() {
        view.filterText().setText("");
        for (Severity s : Severity.values()) {
            if (!view.severityButton(s).getSelection()) {
                view.severityButton(s).setSelection(true);
                view.severityButton(s).notifyListeners(SWT.Selection, new Event());
            }
        }
        if (!view.groupButton().getSelection()) {
            view.groupButton().setSelection(true);
            view.groupButton().notifyListeners(SWT.Selection, new Event());
        }
        Workbench.flush();
    }

    private static List<String> column(FindingColumn c) {
        Table t = view.table();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.getItemCount(); i++) {
            TableItem item = t.getItem(i);
            item.getText(0); // a virtual row gets its data when first shown
            if (item.getData() instanceof Finding) {
                out.add(item.getText(c.ordinal()));
            }
        }
        return out;
    }

    @Test
    void listsEveryFindingOfTheAnalysisGroupedBySeverity() {
        List<Finding> findings = editor.analysis().findings();
        // the analysis of scenario b: 2 errors (ip-literal-unauthenticatable on c1 and c3), the rest warnings and infos
        assertEquals(2, findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
        assertTrue((view.table().getStyle() & SWT.VIRTUAL) != 0);
        long groups = findings.stream().map(Finding::severity).distinct().count();
        assertEquals(findings.size() + groups, view.table().getItemCount());
        assertEquals(findings.size(), column(FindingColumn.ID).size());
        assertEquals("▾ Errors (2)", view.table().getItem(0).getText(FindingColumn.ID.ordinal()));
        assertEquals(List.of("ip-literal-unauthenticatable", "ip-literal-unauthenticatable"),
                column(FindingColumn.ID).subList(0, 2));
        TableItem first = view.table().getItem(1);
        assertEquals("error", first.getText(FindingColumn.SEVERITY.ordinal()));
        assertEquals("RFC 5922 §7.5", first.getText(FindingColumn.RULE.ordinal()));
        assertEquals("c1 bob-pc.biloxi.example.com -> biloxi.example.com (127.0.0.12:5061)",
                first.getText(FindingColumn.CONNECTION.ordinal()));
        assertEquals("9", first.getText(FindingColumn.FRAMES.ordinal()));
        assertEquals("66, 73", view.table().getItem(2).getText(FindingColumn.FRAMES.ordinal()));
        assertContains(first.getText(FindingColumn.MESSAGE.ordinal()), "through the IP literal 127.0.0.12");
        assertEquals("Errors (2)", view.severityButton(Severity.ERROR).getText());
    }

    @Test
    void sortsByAColumnAndBack() {
        view.groupButton().setSelection(false);
        view.groupButton().notifyListeners(SWT.Selection, new Event());
        view.sortBy(FindingColumn.ID);
        List<String> ids = column(FindingColumn.ID);
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(String::compareTo);
        assertEquals(sorted, ids);
        assertEquals(SWT.UP, view.table().getSortDirection());
        view.sortBy(FindingColumn.ID);
        assertEquals(SWT.DOWN, view.table().getSortDirection());
        List<String> reversed = new ArrayList<>(sorted);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, column(FindingColumn.ID));
        view.sortBy(FindingColumn.FRAMES);
        List<String> frames = column(FindingColumn.FRAMES);
        assertEquals("4", frames.get(0)); // no-sni, the ClientHello of c1
        assertEquals("66, 73", frames.get(frames.size() - 1));
    }

    @Test
    void filtersByTextAndBySeverity() {
        view.filterText().setText("server_name");
        Workbench.flush();
        assertEquals(List.of("no-sni"), column(FindingColumn.ID));
        view.filterText().setText("NO SNI"); // the IP-literal finding says "no SNI", the no-sni finding does not
        Workbench.flush();
        assertEquals(List.of("ip-literal-unauthenticatable"), column(FindingColumn.ID));
        view.filterText().setText("");
        view.severityButton(Severity.INFO).setSelection(false);
        view.severityButton(Severity.INFO).notifyListeners(SWT.Selection, new Event());
        long notInfo = editor.analysis().findings().stream().filter(f -> f.severity() != Severity.INFO).count();
        assertEquals(notInfo, column(FindingColumn.ID).size());
        assertTrue(column(FindingColumn.SEVERITY).stream().noneMatch("info"::equals));
        assertEquals(notInfo, view.model().shownFindings().size());
    }

    @Test
    void copiesTheSelectedRowsAsText() {
        int row = view.rowOf("no-sni");
        view.table().setSelection(row);
        Event copy = new Event();
        copy.keyCode = 'c';
        copy.stateMask = SWT.MOD1;
        view.table().notifyListeners(SWT.KeyDown, copy);
        Clipboard cb = new Clipboard(view.table().getDisplay());
        try {
            String text = (String) cb.getContents(TextTransfer.getInstance());
            assertContains(text, "Finding\tSeverity\tMessage\tRule\tConnection\tFrames\n");
            assertContains(text, "no-sni\twarning\t");
            assertContains(text, "\tRFC 5922 §7.8\tc1 ");
        } finally {
            cb.dispose();
        }
    }

    @Test
    void selectingAFindingPublishesItAndTheHopsViewFollows() throws Exception {
        HopsView hops = TrustTestSupport.hopsView();
        TrustTestSupport.waitForGraph(hops, editor);
        Workbench.page().activate(view);
        hops.selectConnection("c2");
        int row = view.rowOf("no-sni");
        view.table().setSelection(row);
        view.table().notifyListeners(SWT.Selection, new Event());
        Workbench.flush();
        FindingSelection s = assertInstanceOf(FindingSelection.class, view.currentSelection());
        assertEquals("no-sni", s.findings().get(0).id());
        assertEquals(List.of(4L), s.frames());
        // no-sni is about bob's ClientHello on c1
        Workbench.waitUntil("the Hops view to follow", 5_000, () -> "c1".equals(hops.canvas().selectedId()));
    }

    @Test
    void doubleClickOnTheIpLiteralFindingSelectsFrame9AndTheBobToBHop() throws Exception {
        HopsView hops = TrustTestSupport.hopsView();
        TrustTestSupport.waitForGraph(hops, editor);
        hops.selectConnection("c2");
        editor.showPage(SipTrustIds.PAGE_FRAMES);
        Workbench.page().activate(view);
        int row = view.rowOf("ip-literal-unauthenticatable");
        assertEquals("c1", ((Finding) view.table().getItem(row).getData()).connection());
        view.table().setSelection(row);
        view.table().notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.flush();
        FrameSelection fs = assertInstanceOf(FrameSelection.class, editor.getSite().getSelectionProvider().getSelection());
        assertEquals(List.of(9L), fs.frames());
        assertEquals(editor, Workbench.page().getActivePart());
        assertEquals("c1", hops.canvas().selectedId());
        assertEquals("c1", hops.panel().edge().id());
        assertContains(hops.panel().summaryText(), "Outbound proxy (IP literal, no SNI)");
    }

    @Test
    void doubleClickOnAGroupHeaderFoldsIt() {
        view.table().setSelection(0);
        view.table().notifyListeners(SWT.DefaultSelection, new Event());
        int findings = editor.analysis().findings().size();
        long groups = editor.analysis().findings().stream().map(Finding::severity).distinct().count();
        assertEquals("▸ Errors (2)", view.table().getItem(0).getText(FindingColumn.ID.ordinal()));
        assertEquals(findings - 2 + groups, view.table().getItemCount());
        view.table().setSelection(0);
        view.table().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(findings + groups, view.table().getItemCount());
    }
}
