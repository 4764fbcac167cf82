package org.siptrust.ui.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.testing.TestCorpus;
import org.siptrust.ui.CaptureEditor;

/**
 * The generated corpus scenarios ({@code testdata/captures/<name>/}) as the UI tests open them:
 * with their key log and the corpus CA as trust anchor (testdata/ORIGIN.md).
 */
public final class Scenarios {
    /** The slowest scenario analysis on a loaded build machine, with room to spare. */
    public static final long ANALYSIS_TIMEOUT_MILLIS = 120_000;

    private Scenarios() {
    }

    public static Path ca() {
        return TestCorpus.root().resolve("pki/ca.crt");
    }

    public static Path capture(String scenario) {
        Path dir = TestCorpus.root().resolve("captures/" + scenario);
        Path pcap = dir.resolve(scenario + ".pcap");
        return Files.exists(pcap) ? pcap : dir.resolve(scenario + ".pcapng");
    }

    public static Path keys(String scenario) {
        return TestCorpus.root().resolve("captures/" + scenario + "/" + scenario + ".keys");
    }

    public static AnalysisOptions keysAndCa(String scenario) {
        return AnalysisOptions.builder().keyLog(keys(scenario)).trustAnchor(ca()).build();
    }

    /** Opens {@code scenario} with {@link #keysAndCa} and waits for an analysis. */
    public static CaptureEditor open(String scenario) throws Exception {
        return open(scenario, keysAndCa(scenario));
    }

    /** Opens {@code scenario} with {@code options} and waits for an analysis. */
    public static CaptureEditor open(String scenario, AnalysisOptions options) throws Exception {
        CaptureEditor editor = Workbench.open(capture(scenario), options, ANALYSIS_TIMEOUT_MILLIS);
        assertNotNull(editor.analysis(), editor.statusText());
        return editor;
    }
}
