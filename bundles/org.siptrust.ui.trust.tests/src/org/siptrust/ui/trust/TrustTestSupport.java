package org.siptrust.ui.trust;

import java.nio.file.Path;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.testing.Workbench;

/**
 * The trust views as the tests show them, and their pixels read back from the screen. Driving the
 * workbench and opening scenarios: {@link Workbench}, {@link org.siptrust.ui.testing.Scenarios}.
 */
public final class TrustTestSupport {
    private TrustTestSupport() {
    }

    public static HopsView hopsView() throws Exception {
        HopsView v = (HopsView) Workbench.page().showView(HopsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        Workbench.flush();
        return v;
    }

    public static FindingsView findingsView() throws Exception {
        FindingsView v = (FindingsView) Workbench.page().showView(FindingsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        Workbench.flush();
        return v;
    }

    /** Waits until the Hops view shows the graph of {@code editor}'s analysis. */
    public static void waitForGraph(HopsView view, CaptureEditor editor) {
        Workbench.waitUntil("the hop graph", 30_000, () -> view.graph() != null && view.graph().analysis() == editor.analysis());
        Workbench.flush();
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
        return Workbench.savePng(data, Path.of("target", "screenshots", name));
    }
}
