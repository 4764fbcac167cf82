package org.siptrust.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.siptrust.analysis.Analysis;

/** The report formats of {@code --format}. */
public enum ReportFormat {
    JSON, TEXT, HTML;

    public static ReportFormat byName(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    public void write(Analysis a, OutputStream out) throws IOException {
        switch (this) {
            case JSON -> JsonReport.write(a, out);
            case HTML -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                HtmlReport.write(a, w);
                w.flush();
            }
            case TEXT -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                TextReport.write(a, w);
                w.flush();
            }
        }
    }
}
