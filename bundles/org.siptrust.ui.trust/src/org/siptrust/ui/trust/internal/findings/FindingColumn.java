package org.siptrust.ui.trust.internal.findings;

/** The columns of the Findings table, with their titles and initial widths. */
public enum FindingColumn {
    ID("Finding", 240),
    SEVERITY("Severity", 80),
    MESSAGE("Message", 620),
    RULE("Rule", 120),
    CONNECTION("Connection", 330),
    FRAMES("Frames", 120);

    private final String title;
    private final int width;

    FindingColumn(String title, int width) {
        this.title = title;
        this.width = width;
    }

    public String title() {
        return title;
    }

    public int width() {
        return width;
    }
}
