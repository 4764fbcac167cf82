package org.siptrust.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.siptrust.capture.CaptureFormatException;
import org.siptrust.capture.PcapngSecretsWriter;
import org.siptrust.tls.TlsSession;

/**
 * "Export capture with keys": a pcapng copy of the analysed capture with the key log lines of just
 * its own TLS connections embedded (no unrelated secrets from the user's key log file), which
 * Wireshark and this tool decrypt without any key option.
 */
public final class SecretsExport {
    private SecretsExport() {
    }

    /** Writes the copy; returns the number of key log lines embedded. */
    public static int write(Analysis analysis, Path out) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (Connection c : analysis.connections()) {
            TlsSession s = analysis.tlsSession(c.id()).orElse(null);
            if (s != null) {
                s.secretsForExport().lines().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        }
        StringBuilder text = new StringBuilder("# TLS key log exported by SIP Trust Workbench for ")
                .append(analysis.file().getFileName()).append('\n');
        lines.forEach(l -> text.append(l).append('\n'));
        try {
            PcapngSecretsWriter.write(analysis.file(), out, text.toString());
        } catch (CaptureFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        return lines.size();
    }
}
