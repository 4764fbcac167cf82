package org.siptrust.ui.internal.editor;

/** One row of the Frames table, as shown. */
public record FrameRow(long number, String time, String source, String destination, String protocol, int length, String info) {

    /** Column texts in table order: No., Time, Source, Destination, Protocol, Length, Info. */
    public String column(int index) {
        return switch (index) {
            case 0 -> Long.toString(number);
            case 1 -> time;
            case 2 -> source;
            case 3 -> destination;
            case 4 -> protocol;
            case 5 -> Integer.toString(length);
            case 6 -> info;
            default -> "";
        };
    }

    public static final String[] TITLES = {"No.", "Time", "Source", "Destination", "Protocol", "Length", "Info"};
}
