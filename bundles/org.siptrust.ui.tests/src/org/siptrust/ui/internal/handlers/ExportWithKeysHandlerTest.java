package org.siptrust.ui.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.analysis.Analyzer;
import org.siptrust.analysis.Connection;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.testing.TestCorpus;

/** File > Export Capture with Keys…: the exported copy of the demo capture decrypts with no key. */
class ExportWithKeysHandlerTest {
    static final Path DATA = TestCorpus.root();

    @Test
    void exportedCopyDecryptsWithoutKeys(@TempDir Path tmp) throws Exception {
        Path dir = DATA.resolve("captures/b_ip_in_record_route");
        Analysis a = Analyzer.analyze(dir.resolve("b_ip_in_record_route.pcap"),
                AnalysisOptions.builder().keyLog(dir.resolve("b_ip_in_record_route.keys")).build(), ProgressMonitor.NULL);
        Path out = tmp.resolve("b-with-keys.pcapng");
        List<String> said = new ArrayList<>();
        Job job = ExportWithKeysHandler.export(a, out, said::add);
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(1, said.size());
        assertTrue(said.get(0).contains("20 key log lines embedded"), said.get(0));
        Analysis again = Analyzer.analyze(out, AnalysisOptions.none(), ProgressMonitor.NULL);
        assertEquals(30, again.messages().size());
        assertTrue(again.connections().stream().filter(Connection::isTls).allMatch(c -> c.tls().decrypted()));
    }
}
