package org.siptrust.ui.certs.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.ui.CaptureEditor;

/**
 * Drives the real workbench from tests on the UI thread (a copy of what the shell's UI tests do):
 * opens capture editors, waits by running the event loop, and takes screenshots of the window.
 */
final class CertsTestSupport {
    static final Path TESTDATA = Path.of(System.getProperty("siptrust.testdata", "../../testdata"));
    static final Path CA = TESTDATA.resolve("pki/ca.crt");

    private CertsTestSupport() {
    }

    static Path capture(String scenario) {
        Path dir = TESTDATA.resolve("captures/" + scenario);
        Path pcap = dir.resolve(scenario + ".pcap");
        return Files.exists(pcap) ? pcap : dir.resolve(scenario + ".pcapng");
    }

    static Path keys(String scenario) {
        return TESTDATA.resolve("captures/" + scenario + "/" + scenario + ".keys");
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (!d.readAndDispatch()) {
                d.timerExec(20, () -> {
                });
                d.sleep();
            }
        }
    }

    static void flush() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // drain
        }
    }

    /** Opens a corpus capture with its key log and the corpus CA as trust anchor, and waits for the analysis. */
    static CaptureEditor open(String scenario) throws Exception {
        AnalysisOptions options = AnalysisOptions.builder().keyLog(keys(scenario)).trustAnchor(CA).build();
        CaptureEditor editor = CaptureEditor.open(page(), capture(scenario), options);
        waitUntil("the analysis of " + scenario, 120_000, () -> !editor.isAnalysing());
        flush();
        return editor;
    }

    static void closeAllEditors() {
        page().closeAllEditors(false);
        flush();
    }

    /** A big window, so that screenshots show the views at a useful size. */
    static void bigWindow() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        shell.setBounds(screen.x, screen.y, Math.min(1800, screen.width), Math.min(1100, screen.height));
        flush();
    }

    /** Saves the workbench window as PNG under target/ (and returns the path). */
    static Path screenshot(String name) throws IOException {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        // GTK paints on its frame clock: let it run a little before reading the screen
        shell.layout(true, true);
        shell.redraw();
        long until = System.currentTimeMillis() + 400;
        waitUntil("the window to paint", 5_000, () -> System.currentTimeMillis() >= until);
        shell.update();
        flush();
        Display d = shell.getDisplay();
        Rectangle b = shell.getBounds();
        Image image = new Image(d, b.width, b.height);
        GC gc = new GC(d);
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        Path dir = Path.of("target");
        Files.createDirectories(dir);
        Path out = dir.resolve(name).toAbsolutePath();
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
        loader.save(out.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return out;
    }
}
