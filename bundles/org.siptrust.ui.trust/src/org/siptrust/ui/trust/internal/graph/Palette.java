package org.siptrust.ui.trust.internal.graph;

/** The colours of the hop graph as {@code 0xRRGGBB}: one per edge state, and the neutral ones. */
public final class Palette {
    private Palette() {
    }

    public static final int GREEN = 0x2E7D32;
    public static final int RED = 0xD32F2F;
    public static final int AMBER = 0xF29100;
    public static final int GREY = 0x9E9E9E;

    public static final int BACKGROUND = 0xFFFFFF;
    public static final int NODE_FILL = 0xF3F6F9;
    public static final int NODE_BORDER = 0x607D8B;
    public static final int TEXT = 0x212121;
    public static final int SECONDARY_TEXT = 0x5F6B73;
    public static final int SELECTION = 0x64B5F6;

    public static int of(EdgeState state) {
        return switch (state) {
            case FAILING -> RED;
            case WARNING -> AMBER;
            case VERIFIED -> GREEN;
            case NEUTRAL -> GREY;
        };
    }

    /** {@code #rrggbb}, for SVG and HTML. */
    public static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xFFFFFF);
    }
}
