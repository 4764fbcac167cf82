package org.siptrust.ui;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.siptrust.analysis.Analysis;

/** Frames selected in a capture: the elements are the frame numbers as {@link Long}s. */
public final class FrameSelection extends StructuredSelection implements AnalysisSelection {
    private final Analysis analysis;
    private final List<Long> frames;

    public FrameSelection(Analysis analysis, List<Long> frames) {
        super(List.copyOf(frames));
        this.analysis = analysis;
        this.frames = List.copyOf(frames);
    }

    public static FrameSelection of(Analysis analysis, long frame) {
        return new FrameSelection(analysis, List.of(frame));
    }

    @Override
    public Analysis analysis() {
        return analysis;
    }

    @Override
    public List<Long> frames() {
        return frames;
    }

    /** The first selected frame, or 0 when none. */
    public long firstFrame() {
        return frames.isEmpty() ? 0 : frames.get(0);
    }
}
