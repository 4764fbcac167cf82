package org.siptrust.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.testing.Tshark;

/** "Export capture with keys": the copy decrypts with no key option, here and in tshark. */
class SecretsExportTest {

    @Test
    void exportedPcapngDecryptsWithoutKeys(@TempDir Path tmp) throws Exception {
        Scenario s = Scenario.named("b_ip_in_record_route");
        Analysis a = s.analyse();
        Path out = tmp.resolve("b-with-keys.pcapng");
        int lines = SecretsExport.write(a, out);
        assertEquals(20, lines, "4 TLS 1.3 connections x (2 handshake + 2 traffic + exporter) secrets");
        Analysis again = Analyzer.analyze(out, AnalysisOptions.none(), ProgressMonitor.NULL);
        assertEquals(a.summary().frames(), again.summary().frames());
        assertEquals("pcapng", again.summary().format());
        assertEquals(a.messages().size(), again.messages().size());
        assertTrue(again.connections().stream().filter(Connection::isTls).allMatch(c -> c.tls().decrypted()));
        if (Tshark.available()) {
            List<String> frames = Tshark.lines("-r", out.toString(), "-Y", "sip", "-T", "fields", "-e", "frame.number");
            assertEquals(30, frames.size(), "tshark decodes every SIP message from the embedded secrets");
        }
    }

    @Test
    void rsaKeyExchangeExportsTheRecoveredMasterSecrets(@TempDir Path tmp) throws Exception {
        Analysis a = Scenario.named("d1_tls12_rsa_kx").analyse();
        Path out = tmp.resolve("d1.pcapng");
        assertEquals(6, SecretsExport.write(a, out), "one CLIENT_RANDOM line per connection");
        Analysis again = Analyzer.analyze(out, AnalysisOptions.none(), ProgressMonitor.NULL);
        assertEquals(36, again.messages().size());
    }
}
