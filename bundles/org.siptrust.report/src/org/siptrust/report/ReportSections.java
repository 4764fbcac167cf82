package org.siptrust.report;

import java.io.IOException;

import org.siptrust.analysis.Analysis;

import com.fasterxml.jackson.core.JsonGenerator;

/** The sections of the JSON report that later stages fill: messages, certificates, hops, DNS. */
final class ReportSections {
    private ReportSections() {
    }

    static void writeAll(Analysis a, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("messages");
        g.writeEndArray();
        g.writeArrayFieldStart("certificates");
        g.writeEndArray();
        g.writeArrayFieldStart("hops");
        g.writeEndArray();
        g.writeArrayFieldStart("dns");
        g.writeEndArray();
        g.writeArrayFieldStart("dane");
        g.writeEndArray();
    }
}
