package org.siptrust.ui.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.ui.CaptureEditor;

/**
 * Drives the real workbench from tests that run on the UI thread (SWTBot is not available): opens
 * capture editors, waits by running the event loop until a condition holds or time runs out, and
 * reads what the screen shows.
 */
public final class Workbench {
    private Workbench() {
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until {@code condition} is true; fails after {@code timeoutMillis}. */
    public static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
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

    /** Processes pending UI events (layout, paint, asyncExec). */
    public static void flush() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // drain
        }
    }

    /** Runs the event loop for {@code millis} (layouts and paints after a resize). */
    public static void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        waitUntil("time to pass", millis + 5_000, () -> System.currentTimeMillis() >= end);
    }

    /** Opens {@code capture} in a capture editor and waits until its analysis has finished. */
    public static CaptureEditor open(Path capture, AnalysisOptions options, long timeoutMillis) throws Exception {
        CaptureEditor editor = CaptureEditor.open(page(), capture, options);
        waitUntil("the analysis of " + capture.getFileName(), timeoutMillis, () -> !editor.isAnalysing());
        flush();
        return editor;
    }

    public static void closeAllEditors() {
        page().closeAllEditors(false);
        flush();
    }

    /** A large workbench window, so that screenshots show the views at a useful size. */
    public static void bigWindow() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        shell.setBounds(screen.x, screen.y, Math.min(1800, screen.width), Math.min(1100, screen.height));
        settle(300);
    }

    /** Saves what the screen shows of {@code control} as PNG {@code file}; returns the file. */
    public static Path screenshot(Control control, Path file) throws IOException {
        Shell shell = control.getShell();
        shell.forceActive();
        // GTK paints on its frame clock: let it run a little before reading the screen
        shell.redraw();
        settle(400);
        shell.update();
        flush();
        Display d = control.getDisplay();
        Rectangle r = control == shell ? shell.getBounds() : d.map(control.getParent(), null, control.getBounds());
        Image image = new Image(d, Math.max(1, r.width), Math.max(1, r.height));
        GC gc = new GC(d);
        try {
            gc.copyArea(image, r.x, r.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return savePng(data, file);
    }

    /** Saves the whole workbench window, laid out afresh, as {@code target/<fileName>}; returns the file. */
    public static Path screenshotWindow(String fileName) throws IOException {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.layout(true, true);
        return screenshot(shell, Path.of("target").resolve(fileName).toAbsolutePath());
    }

    public static Path savePng(ImageData data, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    public static void assertContains(String text, String part) {
        assertTrue(text != null && text.contains(part), "expected <" + part + "> in <" + text + ">");
    }
}
