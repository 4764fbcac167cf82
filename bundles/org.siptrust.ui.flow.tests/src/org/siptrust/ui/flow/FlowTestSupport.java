package org.siptrust.ui.flow;

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
 * Drives the real workbench from tests on the UI thread: opens captures in capture editors and
 * waits by running the event loop; takes screenshots of controls into {@code target/screenshots}.
 */
public final class FlowTestSupport {
    public static final Path TESTDATA = Path.of(System.getProperty("siptrust.testdata", "../../testdata"));
    public static final Path SCENARIO_B_DIR = TESTDATA.resolve("captures/b_ip_in_record_route");
    public static final Path SCENARIO_B = SCENARIO_B_DIR.resolve("b_ip_in_record_route.pcap");
    public static final Path SCENARIO_B_KEYS = SCENARIO_B_DIR.resolve("b_ip_in_record_route.keys");
    public static final Path SCENARIO_B_SIP = SCENARIO_B_DIR.resolve("reference/b_ip_in_record_route.sip.json");
    public static final Path CA = TESTDATA.resolve("pki/ca.crt");
    public static final Path ZEEK_SIP = TESTDATA.resolve("public/zeek/sip_wireshark.pcap");
    public static final Path ZEEK_SIP_REFERENCE = TESTDATA.resolve("public/zeek/reference/sip_wireshark.sip.json");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private FlowTestSupport() {
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    public static AnalysisOptions scenarioBOptions() {
        return AnalysisOptions.builder().keyLog(SCENARIO_B_KEYS).trustAnchor(CA).build();
    }

    /** Opens {@code capture} in a capture editor and waits for its analysis. */
    public static CaptureEditor open(Path capture, AnalysisOptions options) throws Exception {
        CaptureEditor editor = CaptureEditor.open(page(), capture, options);
        waitUntil("the analysis of " + capture.getFileName(), 90_000, () -> !editor.isAnalysing());
        flush();
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

    /** Lets the UI settle for {@code millis} (layouts and paints after a resize). */
    public static void settle(long millis) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!d.readAndDispatch()) {
                d.timerExec(20, () -> {
                });
                d.sleep();
            }
        }
    }

    public static void closeAllEditors() {
        page().closeAllEditors(false);
        flush();
    }

    /** A large workbench window, so that screenshots show something. */
    public static void bigWindow() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getBounds();
        shell.setBounds(screen.x, screen.y, Math.min(1800, screen.width), Math.min(1150, screen.height));
        settle(300);
    }

    /** Saves what the screen shows of {@code control} as {@code target/screenshots/<name>.png}; returns the file. */
    public static Path screenshot(Control control, String name) throws IOException {
        Display d = control.getDisplay();
        control.getShell().forceActive();
        settle(400);
        Rectangle r = d.map(control.getParent(), null, control.getBounds());
        Image image = new Image(d, r.width, r.height);
        GC gc = new GC(d);
        try {
            gc.copyArea(image, r.x, r.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }
}
