package org.siptrust.ui.trust.internal.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.siptrust.core.Finding;
import org.siptrust.core.Severity;

/**
 * The rows of the Findings table: the analysis findings filtered (by severity and by a text that
 * any column may contain), sorted by a column, and grouped under a header per severity as the
 * Problems view does. Recomputes {@link #rows()} on every change; cheap next to the table.
 */
public final class FindingsModel {
    private final List<Finding> findings;
    private final Map<String, String> connectionLabels;
    private FindingColumn sortColumn;
    private boolean ascending = true;
    private boolean grouped = true;
    private String filter = "";
    private final Set<Severity> shown = EnumSet.allOf(Severity.class);
    private final Set<Severity> collapsed = EnumSet.noneOf(Severity.class);
    private List<FindingRow> rows;

    /**
     * @param findings         the analysis findings (worst first)
     * @param connectionLabels connection id to the label shown in the Connection column
     */
    public FindingsModel(List<Finding> findings, Map<String, String> connectionLabels) {
        this.findings = List.copyOf(findings);
        this.connectionLabels = Map.copyOf(connectionLabels);
        recompute();
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<FindingRow> rows() {
        return rows;
    }

    /** The findings shown, in row order (without group headers). */
    public List<Finding> shownFindings() {
        List<Finding> out = new ArrayList<>();
        for (FindingRow r : rows) {
            if (r instanceof FindingRow.Item i) {
                out.add(i.finding());
            }
        }
        return out;
    }

    public String text(Finding f, FindingColumn c) {
        return switch (c) {
            case SEVERITY -> f.severity().word();
            case ID -> f.id();
            case MESSAGE -> f.message();
            case RULE -> f.rule() == null ? "" : f.rule().toString();
            case CONNECTION -> f.connection() == null ? "" : connectionLabels.getOrDefault(f.connection(), f.connection());
            case FRAMES -> FrameRanges.format(f.frames());
        };
    }

    // --- settings -----------------------------------------------------------------------------------

    /** Sorts by {@code c}; the same column again turns the direction around. */
    public void sortBy(FindingColumn c) {
        if (c == sortColumn) {
            ascending = !ascending;
        } else {
            sortColumn = c;
            ascending = true;
        }
        recompute();
    }

    public FindingColumn sortColumn() {
        return sortColumn;
    }

    public boolean ascending() {
        return ascending;
    }

    public void setGrouped(boolean on) {
        grouped = on;
        recompute();
    }

    public boolean grouped() {
        return grouped;
    }

    public void setFilter(String text) {
        filter = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        recompute();
    }

    public void show(Severity s, boolean on) {
        if (on) {
            shown.add(s);
        } else {
            shown.remove(s);
        }
        recompute();
    }

    public boolean isShown(Severity s) {
        return shown.contains(s);
    }

    public void toggleCollapsed(Severity s) {
        if (!collapsed.remove(s)) {
            collapsed.add(s);
        }
        recompute();
    }

    // --- computing ----------------------------------------------------------------------------------

    private boolean matches(Finding f) {
        if (!shown.contains(f.severity())) {
            return false;
        }
        if (filter.isEmpty()) {
            return true;
        }
        for (FindingColumn c : FindingColumn.values()) {
            if (text(f, c).toLowerCase(Locale.ROOT).contains(filter)) {
                return true;
            }
        }
        return false;
    }

    private Comparator<Finding> comparator() {
        if (sortColumn == null) {
            return (a, b) -> 0; // the analysis order: worst first, then by frame
        }
        Comparator<Finding> c = switch (sortColumn) {
            case SEVERITY -> Comparator.comparing(Finding::severity);
            case FRAMES -> Comparator.comparingLong(f -> f.frames().isEmpty() ? Long.MAX_VALUE : f.frames().get(0));
            case CONNECTION -> Comparator.comparingLong(f -> connectionNumber(f.connection()));
            default -> Comparator.comparing(f -> text(f, sortColumn).toLowerCase(Locale.ROOT));
        };
        return ascending ? c : c.reversed();
    }

    /** {@code c12} sorts after {@code c2}. */
    private static long connectionNumber(String id) {
        if (id == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(id.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE - 1;
        }
    }

    private void recompute() {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            if (matches(f)) {
                kept.add(f);
            }
        }
        kept.sort(comparator());
        List<FindingRow> out = new ArrayList<>();
        if (!grouped) {
            kept.forEach(f -> out.add(new FindingRow.Item(f)));
        } else {
            for (Severity s : Severity.values()) {
                List<Finding> group = kept.stream().filter(f -> f.severity() == s).toList();
                if (group.isEmpty()) {
                    continue;
                }
                boolean closed = collapsed.contains(s);
                out.add(new FindingRow.Group(s, group.size(), closed));
                if (!closed) {
                    group.forEach(f -> out.add(new FindingRow.Item(f)));
                }
            }
        }
        rows = List.copyOf(out);
    }

    /** The rows at {@code indices} as tab-separated text with a header line (for the clipboard). */
    public String copyText(int[] indices) {
        StringBuilder s = new StringBuilder();
        FindingColumn[] columns = FindingColumn.values();
        for (int i = 0; i < columns.length; i++) {
            s.append(i == 0 ? "" : "\t").append(columns[i].title());
        }
        s.append('\n');
        for (int index : indices) {
            if (index < 0 || index >= rows.size()) {
                continue;
            }
            FindingRow r = rows.get(index);
            if (r instanceof FindingRow.Group g) {
                s.append(g.title().substring(2)).append('\n');
                continue;
            }
            Finding f = ((FindingRow.Item) r).finding();
            for (int i = 0; i < columns.length; i++) {
                s.append(i == 0 ? "" : "\t").append(text(f, columns[i]).replace('\t', ' ').replace('\n', ' '));
            }
            s.append('\n');
        }
        return s.toString();
    }
}
