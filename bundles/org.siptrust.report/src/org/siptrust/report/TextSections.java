package org.siptrust.report;

import java.io.PrintWriter;

import org.siptrust.analysis.Analysis;

/** Text sections that later stages fill (messages, certificates, hops, DNS). */
final class TextSections {
    private TextSections() {
    }

    static void write(Analysis a, PrintWriter out) {
        // filled by the SIP, certificate, DNS and trust stages as they land
    }
}
