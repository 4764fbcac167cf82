package org.siptrust.ui.trust;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.jface.viewers.StructuredSelection;
import org.siptrust.analysis.Analysis;
import org.siptrust.core.Finding;

/** Findings selected in the Findings view; the elements are the {@link Finding}s, the frames their evidence. */
public final class FindingSelection extends StructuredSelection implements org.siptrust.ui.AnalysisSelection {
    private final Analysis analysis;
    private final List<Finding> findings;

    public FindingSelection(Analysis analysis, List<Finding> findings) {
        super(List.copyOf(findings));
        this.analysis = analysis;
        this.findings = List.copyOf(findings);
    }

    @Override
    public Analysis analysis() {
        return analysis;
    }

    public List<Finding> findings() {
        return findings;
    }

    @Override
    public List<Long> frames() {
        TreeSet<Long> all = new TreeSet<>();
        findings.forEach(f -> all.addAll(f.frames()));
        return List.copyOf(all);
    }
}
