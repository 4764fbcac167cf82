package org.siptrust.report;

import java.io.PrintWriter;
import java.io.Writer;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.analysis.TlsFacts;
import org.siptrust.core.Finding;
import org.siptrust.core.Times;

/** A plain-text report for terminals: what the capture holds, each connection, each finding. */
public final class TextReport {
    private TextReport() {
    }

    public static void write(Analysis a, Writer w) {
        PrintWriter out = new PrintWriter(w);
        out.printf("SIP Trust Workbench report for %s%n", a.file().getFileName());
        out.printf("  %s, %d frames, %s .. %s%n", a.summary().format(), a.summary().frames(),
                a.summary().frames() > 0 ? Times.iso(a.summary().firstNanos()) : "-",
                a.summary().frames() > 0 ? Times.iso(a.summary().lastNanos()) : "-");
        out.printf("  validity judged at %s%n%n", Times.iso(a.evaluationTimeNanos()));
        out.printf("Connections (%d)%n", a.connections().size());
        for (Connection c : a.connections()) {
            out.printf("  %-4s %-4s %s -> %s  first frame %d%n", c.id(), c.transport().toUpperCase(java.util.Locale.ROOT),
                    c.client(), c.server(), c.firstFrame());
            TlsFacts t = c.tls();
            if (t != null) {
                out.printf("         %s %s%s, %s%n", t.version(), t.cipherSuite(),
                        t.sni() == null ? ", no SNI" : ", SNI " + t.sni(),
                        t.decrypted() ? "decrypted" : "NOT decrypted: " + t.undecryptedReason());
            }
        }
        TextSections.write(a, out);
        out.printf("%nFindings (%d)%n", a.findings().size());
        for (Finding f : a.findings()) {
            out.printf("  %-7s %-32s %s%s%n", f.severity().word(), f.id(), f.connection() == null ? "" : f.connection() + " ",
                    f.rule() == null ? "" : "[" + f.rule() + "]");
            out.printf("          %s%n", f.message());
        }
        out.flush();
    }
}
