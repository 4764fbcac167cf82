package org.siptrust.ui;

import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.siptrust.analysis.Analysis;

/**
 * A selection of something in an analysis (a frame, a connection, and later a message, a
 * certificate, a hop). Every kind can say which frames it is about, so any view can follow any
 * other view's selection through frames even when it does not know the selected kind: this is how
 * "one selection everywhere" works across bundles.
 */
public interface AnalysisSelection extends ISelection {

    /** The analysis the selected things belong to. */
    Analysis analysis();

    /** Frame numbers (1-based, ascending) the selection is about; empty when it is about none. */
    List<Long> frames();
}
