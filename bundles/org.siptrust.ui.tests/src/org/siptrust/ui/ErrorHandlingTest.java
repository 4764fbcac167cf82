package org.siptrust.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.ui.internal.editor.FramesPage;
import org.siptrust.ui.internal.handlers.CaptureOpener;
import org.siptrust.ui.internal.handlers.RecentCaptures;
import org.siptrust.ui.testing.Workbench;

/** Files that are not captures end in a sentence for humans, not a stack trace, and the editor stays usable. */
class ErrorHandlingTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void noModalDialogs() {
        ErrorDialog.AUTOMATED_MODE = true; // the error dialogs are logged instead of blocking the test
    }

    @AfterEach
    void close() {
        Workbench.closeAllEditors();
        ErrorDialog.AUTOMATED_MODE = false;
    }

    @Test
    void aTextFileIsNotACaptureAndTheStatusLineSaysSo() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.pcap"), "INVITE sip:bob@biloxi.example.com SIP/2.0\r\n");
        CaptureEditor editor = UiTestSupport.openAndWait(notes, AnalysisOptions.none(), 30_000);
        assertNull(editor.analysis());
        String s = editor.statusText();
        assertTrue(s.startsWith("Could not analyse notes.pcap: not a pcap or pcapng file"), s);
        assertTrue(!s.contains("Exception") && !s.contains("\tat "), "no stack trace: " + s);
        FramesPage frames = (FramesPage) editor.page(SipTrustIds.PAGE_FRAMES).orElseThrow();
        assertEquals(0, frames.viewer().getTable().getItemCount());

        // the user fixes the file and tries again
        Files.copy(UiTestSupport.SCENARIO_B, notes, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        editor.reanalyse();
        UiTestSupport.waitForAnalysis(editor, 60_000);
        assertEquals(95, frames.viewer().getTable().getItemCount());
    }

    @Test
    void aMissingFileIsToldAndLeavesTheRecentList() {
        Path gone = tmp.resolve("gone.pcap");
        RecentCaptures.standard().add(gone);
        assertNull(CaptureOpener.open(Workbench.page(), gone, null));
        assertTrue(!RecentCaptures.standard().list().contains(gone.toAbsolutePath().normalize()));
        assertEquals(0, CaptureEditor.openEditors(Workbench.page()).size());
    }

    @Test
    void openingTheSameCaptureTwiceBringsItsEditorBack() throws Exception {
        CaptureEditor first = UiTestSupport.openAndWait(UiTestSupport.SCENARIO_B, AnalysisOptions.none(), 60_000);
        CaptureEditor second = CaptureOpener.open(Workbench.page(), UiTestSupport.SCENARIO_B, null);
        assertTrue(first == second);
        assertEquals(1, CaptureEditor.openEditors(Workbench.page()).size());
        assertEquals(UiTestSupport.SCENARIO_B.toAbsolutePath().normalize(), RecentCaptures.standard().list().get(0));
    }
}
