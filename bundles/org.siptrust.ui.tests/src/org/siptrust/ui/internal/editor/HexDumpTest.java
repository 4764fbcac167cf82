package org.siptrust.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.analysis.Analyzer;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.testing.Tshark;
import org.siptrust.ui.UiTestSupport;

/** The hex view's text is tshark -x's for real frames, and byte positions point at the right characters. */
class HexDumpTest {

    @Test
    void everyFrameOfScenarioBDumpsLikeTshark() throws Exception {
        assumeTrue(Tshark.available(), "tshark not installed");
        String all = Tshark.output("-r", UiTestSupport.SCENARIO_B.toString(), "-x");
        // tshark separates frames by a blank line
        List<String> dumps = List.of(all.split("\n\n"));
        Analysis a = Analyzer.analyze(UiTestSupport.SCENARIO_B, AnalysisOptions.none(), ProgressMonitor.NULL);
        assertEquals(95, dumps.size());
        for (int i = 0; i < dumps.size(); i++) {
            byte[] data = a.capture().readFrame(i + 1L).data();
            assertEquals(dumps.get(i).strip(), HexDump.format(data), "frame " + (i + 1));
        }
    }

    @Test
    void positionsPointAtTheBytesHexAndAscii() {
        byte[] data = new byte[40];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) ('A' + i % 26);
        }
        String text = HexDump.format(data);
        for (int i = 0; i < data.length; i++) {
            int h = HexDump.hexPosition(i, data.length);
            assertEquals(String.format("%02x", data[i]), text.substring(h, h + 2), "byte " + i);
            assertEquals((char) data[i], text.charAt(HexDump.asciiPosition(i, data.length)), "byte " + i);
        }
    }
}
