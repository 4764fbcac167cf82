package org.siptrust.ui.trust.internal.findings;

import java.util.List;

/** Frame lists as people read them: {@code 4}, {@code 66, 73}, {@code 1–3, 7}; long lists are cut. */
public final class FrameRanges {
    static final int MAX_PARTS = 6;

    private FrameRanges() {
    }

    /** @param frames ascending frame numbers */
    public static String format(List<Long> frames) {
        StringBuilder s = new StringBuilder();
        int parts = 0;
        int i = 0;
        while (i < frames.size()) {
            int j = i;
            while (j + 1 < frames.size() && frames.get(j + 1) == frames.get(j) + 1) {
                j++;
            }
            if (parts == MAX_PARTS) {
                s.append(", … (").append(frames.size()).append(" frames)");
                return s.toString();
            }
            if (parts > 0) {
                s.append(", ");
            }
            s.append(frames.get(i));
            if (j > i) {
                s.append('–').append(frames.get(j));
            }
            parts++;
            i = j + 1;
        }
        return s.toString();
    }
}
