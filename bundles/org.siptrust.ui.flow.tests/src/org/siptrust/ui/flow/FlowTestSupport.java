package org.siptrust.ui.flow;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Control;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.testing.TestCorpus;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.testing.Scenarios;
import org.siptrust.ui.testing.Workbench;

/**
 * The captures these tests show (scenario B and Zeek's SIP capture) with their tshark references,
 * and where their screenshots go ({@code target/screenshots}). Driving the workbench: {@link Workbench}.
 */
public final class FlowTestSupport {
    private static final String SCENARIO_B_NAME = "b_ip_in_record_route";
    public static final Path SCENARIO_B = Scenarios.capture(SCENARIO_B_NAME);
    public static final Path SCENARIO_B_SIP = SCENARIO_B.resolveSibling("reference/" + SCENARIO_B_NAME + ".sip.json");
    public static final Path ZEEK_SIP = TestCorpus.root().resolve("public/zeek/sip_wireshark.pcap");
    public static final Path ZEEK_SIP_REFERENCE = TestCorpus.root().resolve("public/zeek/reference/sip_wireshark.sip.json");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private FlowTestSupport() {
    }

    public static AnalysisOptions scenarioBOptions() {
        return Scenarios.keysAndCa(SCENARIO_B_NAME);
    }

    /** Opens {@code capture} in a capture editor and waits for its analysis. */
    public static CaptureEditor open(Path capture, AnalysisOptions options) throws Exception {
        return Workbench.open(capture, options, 90_000);
    }

    /** Saves what the screen shows of {@code control} as {@code target/screenshots/<name>.png}; returns the file. */
    public static Path screenshot(Control control, String name) throws IOException {
        return Workbench.screenshot(control, SCREENSHOTS.resolve(name + ".png"));
    }
}
