package org.siptrust.ui.trust.internal.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.siptrust.core.Finding;
import org.siptrust.core.RuleRef;
import org.siptrust.core.Severity;

/** Sorting, filtering, grouping and copying of finding rows, and frame lists as ranges. */
class FindingsModelTest {
    private static final List<Finding> FINDINGS = List.of(
            new Finding("ip-literal-unauthenticatable", Severity.ERROR, RuleRef.rfc(5922, "7.5"), "hop by IP", "c1",
                    List.of(9L), null),
            new Finding("identity-mismatch", Severity.ERROR, RuleRef.rfc(5922, "7.3"), "wrong name", "c10", List.of(33L, 51L),
                    null),
            new Finding("no-sni", Severity.WARNING, RuleRef.rfc(5922, "7.8"), "no server_name", "c2", List.of(4L), null),
            new Finding("capture-truncated", Severity.INFO, null, "short frames", null, List.of(), null));

    private static FindingsModel model() {
        return new FindingsModel(FINDINGS, Map.of("c1", "c1 bob -> B", "c2", "c2 alice -> A", "c10", "c10 A -> B"));
    }

    @Test
    void groupsBySeverityInTheAnalysisOrder() {
        FindingsModel m = model();
        List<FindingRow> rows = m.rows();
        assertEquals(7, rows.size());
        assertEquals("▾ Errors (2)", assertInstanceOf(FindingRow.Group.class, rows.get(0)).title());
        assertEquals("ip-literal-unauthenticatable", ((FindingRow.Item) rows.get(1)).finding().id());
        assertEquals("▾ Warning (1)", ((FindingRow.Group) rows.get(3)).title());
        m.toggleCollapsed(Severity.ERROR);
        assertEquals(5, m.rows().size());
        assertEquals("▸ Errors (2)", ((FindingRow.Group) m.rows().get(0)).title());
    }

    @Test
    void sortsConnectionsByNumberAndTurnsAround() {
        FindingsModel m = model();
        m.setGrouped(false);
        m.sortBy(FindingColumn.CONNECTION);
        assertEquals(java.util.Arrays.asList("c1", "c2", "c10", null), m.shownFindings().stream().map(Finding::connection).toList());
        m.sortBy(FindingColumn.CONNECTION);
        assertEquals(java.util.Arrays.asList(null, "c10", "c2", "c1"), m.shownFindings().stream().map(Finding::connection).toList());
    }

    @Test
    void filtersOnAnyColumnCaseInsensitively() {
        FindingsModel m = model();
        m.setFilter("ALICE");
        assertEquals(List.of("no-sni"), m.shownFindings().stream().map(Finding::id).toList());
        m.setFilter("§7.3");
        assertEquals(List.of("identity-mismatch"), m.shownFindings().stream().map(Finding::id).toList());
        m.setFilter("51");
        assertEquals(List.of("identity-mismatch"), m.shownFindings().stream().map(Finding::id).toList());
        m.setFilter("");
        m.show(Severity.ERROR, false);
        assertEquals(List.of("no-sni", "capture-truncated"), m.shownFindings().stream().map(Finding::id).toList());
    }

    @Test
    void copiesRowsAsTabSeparatedText() {
        FindingsModel m = model();
        assertEquals("Finding\tSeverity\tMessage\tRule\tConnection\tFrames\nErrors (2)\n"
                + "identity-mismatch\terror\twrong name\tRFC 5922 §7.3\tc10 A -> B\t33, 51\n", m.copyText(new int[] {0, 2}));
    }

    @Test
    void framesAsRanges() {
        assertEquals("", FrameRanges.format(List.of()));
        assertEquals("9", FrameRanges.format(List.of(9L)));
        assertEquals("66, 73", FrameRanges.format(List.of(66L, 73L)));
        assertEquals("1–3, 7", FrameRanges.format(List.of(1L, 2L, 3L, 7L)));
        assertEquals("1, 3, 5, 7, 9, 11, … (8 frames)", FrameRanges.format(List.of(1L, 3L, 5L, 7L, 9L, 11L, 13L, 15L)));
    }
}
