package org.siptrust.ui.trust;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.ui.CaptureEditor;

/**
 * Drives the real workbench from tests that run on the UI thread (a copy of what the shell's tests
 * do, as fragments cannot share test code): opens corpus captures with their keys and the corpus
 * CA as trust anchor, waits by running the event loop, and takes screenshots of widgets.
 */
public final class TrustTestSupport {
    public static final Path TESTDATA = Path.of(System.getProperty("siptrust.testdata", "../../testdata"));
    public static final Path CA = TESTDATA.resolve("pki/ca.crt");

    private TrustTestSupport() {
    }

    public static Path capture(String scenario) {
        return TESTDATA.resolve("captures/" + scenario + "/" + scenario + ".pcap");
    }

    public static AnalysisOptions keysAndCa(String scenario) {
        return AnalysisOptions.builder().keyLog(TESTDATA.resolve("captures/" + scenario + "/" + scenario + ".keys"))
                .trustAnchor(CA).build();
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Opens a corpus scenario with its key log and the corpus CA, and waits for the analysis. */
    public static CaptureEditor open(String scenario) throws Exception {
        CaptureEditor editor = CaptureEditor.open(page(), capture(scenario), keysAndCa(scenario));
        waitUntil("the analysis of " + scenario, 90_000, () -> !editor.isAnalysing());
        flush();
        assertNotNull(editor.analysis(), editor.statusText());
        return editor;
    }

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

    public static void flush() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // drain
        }
    }

    /** Runs the event loop for a while (lets the window system paint). */
    public static void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        waitUntil("time to pass", millis + 5_000, () -> System.currentTimeMillis() >= end);
    }

    public static void closeAllEditors() {
        page().closeAllEditors(false);
        flush();
    }

    public static HopsView hopsView() throws Exception {
        HopsView v = (HopsView) page().showView(HopsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        flush();
        return v;
    }

    public static FindingsView findingsView() throws Exception {
        FindingsView v = (FindingsView) page().showView(FindingsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        flush();
        return v;
    }

    /** Waits until the Hops view shows the graph of {@code editor}'s analysis. */
    public static void waitForGraph(HopsView view, CaptureEditor editor) {
        waitUntil("the hop graph", 30_000, () -> view.graph() != null && view.graph().analysis() == editor.analysis());
        flush();
    }

    /** What {@code control} shows now, read back from the screen. */
    public static ImageData snapshot(Control control) {
        Rectangle r = control.getBounds();
        Image image = new Image(control.getDisplay(), Math.max(1, r.width), Math.max(1, r.height));
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    public static RGB pixel(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    /** True when {@code rgb} is within {@code tolerance} of {@code 0xRRGGBB} in every channel. */
    public static boolean near(RGB rgb, int expected, int tolerance) {
        return Math.abs(rgb.red - ((expected >> 16) & 0xFF)) <= tolerance
                && Math.abs(rgb.green - ((expected >> 8) & 0xFF)) <= tolerance
                && Math.abs(rgb.blue - (expected & 0xFF)) <= tolerance;
    }

    public static Path save(ImageData data, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    public static void assertContains(String text, String part) {
        assertTrue(text != null && text.contains(part), "expected <" + part + "> in <" + text + ">");
    }
}
