package org.siptrust.ui.internal.editor;

import java.util.List;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.core.Finding;
import org.siptrust.core.Severity;

/**
 * The status sentence of a capture editor (UI.md): what the capture holds and, when TLS
 * connections cannot be decrypted, a link to the Keys dialog.
 */
public final class StatusText {
    private StatusText() {
    }

    /** Link markup; {@code keysHref} is the href of the link that opens the Keys dialog. */
    public static String of(Analysis a, String keysHref) {
        long frames = a.summary().frames();
        List<Connection> all = a.connections();
        long tls = all.stream().filter(Connection::isTls).count();
        long decrypted = all.stream().filter(c -> c.isTls() && c.tls().decrypted()).count();
        StringBuilder s = new StringBuilder();
        s.append(count(frames, "frame"));
        if (tls == 0) {
            s.append(", ").append(count(all.size(), "connection")).append(", no TLS");
        } else if (decrypted == tls) {
            s.append(", ").append(count(tls, "TLS connection")).append(", ").append(decrypted).append(" decrypted");
        } else {
            s.append(" — ").append(tls - decrypted).append(" of ").append(count(tls, "TLS connection"))
                    .append(" cannot be decrypted — ")
                    .append("<a href=\"").append(keysHref).append("\">add a key log…</a>");
        }
        List<Finding> findings = a.findings();
        if (!findings.isEmpty()) {
            long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
            s.append(", ").append(count(findings.size(), "finding"));
            if (errors > 0) {
                s.append(" (").append(count(errors, "error")).append(')');
            }
        }
        return s.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
