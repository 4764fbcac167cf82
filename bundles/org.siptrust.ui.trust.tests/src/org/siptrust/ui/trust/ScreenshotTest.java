package org.siptrust.ui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.siptrust.trust.Profile;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.testing.Scenarios;
import org.siptrust.ui.testing.Workbench;

/**
 * The done-criterion as a picture: the whole workbench window with the demo capture open,
 * the IP-literal hop red and selected, its reason and RFC clause in the hop panel. Saved as
 * target/screenshots/screenshot-trust.png (the lead copies it to docs/).
 */
class ScreenshotTest {

    @AfterAll
    static void close() {
        Workbench.closeAllEditors();
    }

    @Test
    void theDemoWithTheFailingHopSelected() throws Exception {
        Workbench.closeAllEditors();
        Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        shell.setBounds(screen.x, screen.y, Math.min(screen.width, 1600), Math.min(screen.height, 1000));
        CaptureEditor editor = Scenarios.open("b_ip_in_record_route");
        editor.showPage(SipTrustIds.PAGE_FRAMES);
        FindingsView findings = TrustTestSupport.findingsView();
        HopsView hops = TrustTestSupport.hopsView();
        TrustTestSupport.waitForGraph(hops, editor);
        hops.setProfile(Profile.RFC5922);
        int row = findings.rowOf("ip-literal-unauthenticatable");
        findings.table().setSelection(row);
        Workbench.page().activate(hops);
        hops.clickConnection("c1");
        // the evidence link of the hop panel: bob's REGISTER to B's address, frame 9
        Event link = new Event();
        link.text = "frame:9";
        hops.panel().linkRow().notifyListeners(SWT.Selection, link);
        Workbench.settle(800);
        assertEquals("c1", hops.canvas().selectedId());
        assertEquals(java.util.List.of(9L), ((org.siptrust.ui.FrameSelection) editor.getSite().getSelectionProvider()
                .getSelection()).frames());

        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            Path file = TrustTestSupport.save(data, "screenshot-trust.png");
            assertTrue(Files.size(file) > 10_000, "a real picture: " + Files.size(file));
        } finally {
            gc.dispose();
            image.dispose();
        }
        TrustTestSupport.save(TrustTestSupport.snapshot(hops.canvas()), "hops-canvas.png");
    }
}
