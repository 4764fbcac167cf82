package org.siptrust.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.ui.internal.editor.FramesPage;
import org.siptrust.ui.testing.Workbench;

/**
 * A capture of a million small UDP frames: the analysis runs in the background while the UI keeps
 * answering, the Frames table gets a million rows, and scrolling to the end decodes only the rows
 * that are shown.
 */
class MillionFramesTest {
    static final int FRAMES = 1_000_000;

    @TempDir
    static Path dir;
    static Path capture;

    @BeforeAll
    static void writeCapture() throws IOException {
        capture = dir.resolve("million.pcap");
        writeUdpCapture(capture, FRAMES);
    }

    @AfterEach
    void close() {
        Workbench.closeAllEditors();
    }

    /**
     * Little-endian microsecond pcap, Ethernet: frame i (1-based) is 10.0.0.1:(5000 + i % 8) ->
     * 10.0.0.2:5060 with the 4-byte payload i, one millisecond apart.
     */
    static void writeUdpCapture(Path file, int frames) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
            out.write(h.array());
            ByteBuffer r = ByteBuffer.allocate(16 + 46);
            for (int i = 1; i <= frames; i++) {
                r.clear();
                r.order(ByteOrder.LITTLE_ENDIAN);
                long micros = 1_700_000_000_000_000L + i * 1000L;
                r.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000)).putInt(46).putInt(46);
                r.order(ByteOrder.BIG_ENDIAN);
                r.put(new byte[] {0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
                r.put((byte) 0x45).put((byte) 0).putShort((short) 32).putShort((short) i).putShort((short) 0)
                        .put((byte) 64).put((byte) 17).putShort((short) 0);
                r.put(new byte[] {10, 0, 0, 1, 10, 0, 0, 2});
                r.putShort((short) (5000 + i % 8)).putShort((short) 5060).putShort((short) 12).putShort((short) 0);
                r.putInt(i);
                out.write(r.array(), 0, r.position());
            }
        }
    }

    @Test
    void aMillionFramesOpenAndScrollToTheEndQuickly() throws Exception {
        long opened = System.nanoTime();
        CaptureEditor editor = CaptureEditor.open(Workbench.page(), capture, AnalysisOptions.none());
        assertTrue(editor.isAnalysing());
        FramesPage frames = (FramesPage) editor.page(SipTrustIds.PAGE_FRAMES).orElseThrow();
        // the UI thread keeps answering while the capture is read and the table fills
        Display d = Display.getCurrent();
        long[] lastTick = {System.nanoTime()};
        long[] worstGap = {0};
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                long now = System.nanoTime();
                worstGap[0] = Math.max(worstGap[0], now - lastTick[0]);
                lastTick[0] = now;
                if (editor.isAnalysing() || !frames.isFilled()) {
                    d.timerExec(20, this);
                }
            }
        };
        d.timerExec(20, tick);
        Workbench.waitUntil("the analysis of a million frames", 300_000, () -> !editor.isAnalysing());
        assertNotNull(editor.analysis(), editor.statusText());
        Workbench.waitUntil("the table to have every row", 120_000, frames::isFilled);
        long busy = System.nanoTime() - opened;
        // Were the work on the UI thread, the longest pause would be most of the time spent; GC pauses and
        // a loaded build machine make absolute limits meaningless, so the pause is judged against the work.
        assertTrue(worstGap[0] < busy / 4, "the UI thread was blocked for " + worstGap[0] / 1_000_000 + " ms of the "
                + busy / 1_000_000 + " ms spent analysing and filling the table");

        Table table = frames.viewer().getTable();
        assertEquals(FRAMES, table.getItemCount());
        Workbench.flush();
        long decodedBefore = frames.model().decodedRows();

        long t0 = System.nanoTime();
        table.setTopIndex(FRAMES - 30);
        TableItem last = table.getItem(FRAMES - 1);
        table.showItem(last);
        Workbench.flush();
        String no = last.getText(0);
        String info = last.getText(6);
        String source = last.getText(2);
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertEquals("1000000", no);
        assertEquals("10.0.0.1", source);
        assertEquals((5000 + FRAMES % 8) + " → 5060 Len=4", info);
        assertEquals("999.999000", last.getText(1), "1 ms apart, relative to frame 1");
        assertTrue(ms < 5000, "scrolling to the end and rendering took " + ms + " ms");
        long decoded = frames.model().decodedRows() - decodedBefore;
        assertTrue(decoded < 500, "only the rows shown are decoded, not " + decoded);
        assertEquals("1000000 frames, 8 connections, no TLS", editor.statusText(), "8 UDP flows");
    }

    @Test
    void cancellingTheAnalysisLeavesAnEmptyEditorThatSaysSo() {
        CaptureEditor editor = open();
        assertTrue(editor.isAnalysing());
        org.eclipse.core.runtime.jobs.Job.getJobManager().cancel(CaptureEditor.JOB_FAMILY);
        Workbench.waitUntil("the cancelled analysis to end", 60_000, () -> !editor.isAnalysing());
        assertNull(editor.analysis());
        assertTrue(editor.statusText().startsWith("Analysis cancelled."), editor.statusText());
        FramesPage frames = (FramesPage) editor.page(SipTrustIds.PAGE_FRAMES).orElseThrow();
        assertEquals(0, frames.viewer().getTable().getItemCount());
    }

    private static CaptureEditor open() {
        try {
            return CaptureEditor.open(Workbench.page(), capture, AnalysisOptions.none());
        } catch (org.eclipse.ui.PartInitException e) {
            throw new AssertionError(e);
        }
    }

}
