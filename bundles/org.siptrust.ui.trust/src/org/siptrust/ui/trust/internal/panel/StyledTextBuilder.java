package org.siptrust.ui.trust.internal.panel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;

/** Builds the text of a {@link StyledText} with its style ranges, piece by piece. */
final class StyledTextBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<StyleRange> ranges = new ArrayList<>();

    StyledTextBuilder plain(String s) {
        text.append(s);
        return this;
    }

    StyledTextBuilder bold(String s) {
        return styled(s, null, SWT.BOLD);
    }

    StyledTextBuilder italic(String s, Color colour) {
        return styled(s, colour, SWT.ITALIC);
    }

    StyledTextBuilder coloured(String s, Color colour, boolean bold) {
        return styled(s, colour, bold ? SWT.BOLD : SWT.NORMAL);
    }

    StyledTextBuilder line() {
        text.append('\n');
        return this;
    }

    private StyledTextBuilder styled(String s, Color colour, int fontStyle) {
        StyleRange r = new StyleRange();
        r.start = text.length();
        r.length = s.length();
        r.foreground = colour;
        r.fontStyle = fontStyle;
        text.append(s);
        if (r.length > 0) {
            ranges.add(r);
        }
        return this;
    }

    void applyTo(StyledText widget) {
        widget.setText(text.toString());
        widget.setStyleRanges(ranges.toArray(new StyleRange[0]));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
