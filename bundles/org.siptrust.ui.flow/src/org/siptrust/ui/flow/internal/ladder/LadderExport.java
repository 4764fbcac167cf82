package org.siptrust.ui.flow.internal.ladder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.siptrust.ui.flow.internal.draw.Drawing;
import org.siptrust.ui.flow.internal.draw.SvgDrawing;
import org.siptrust.ui.flow.internal.draw.SwtDrawing;

/**
 * Writes a ladder as PNG (painted into an SWT image) or SVG (painted into JFreeSVG), both with the
 * painter the screen uses and the layout measured with the screen's font.
 */
public final class LadderExport {
    /** Images larger than this many pixels are refused rather than risking the heap. */
    static final long MAX_PIXELS = 150_000_000L;

    private LadderExport() {
    }

    /** Why {@code layout} is too large for a PNG, or null if it is fine. */
    public static String pngProblem(LadderLayout layout) {
        long pixels = (long) layout.width() * layout.height();
        if (pixels > MAX_PIXELS) {
            return "The ladder is " + layout.width() + " × " + layout.height()
                    + " pixels, too large for a PNG; choose a single call or export SVG.";
        }
        return null;
    }

    public static void png(Display display, Font font, LadderModel model, int selected, Path file) throws IOException {
        LadderLayout layout = layout(display, font, model);
        String problem = pngProblem(layout);
        if (problem != null) {
            throw new IOException(problem);
        }
        Image image = new Image(display, layout.width(), layout.height());
        try {
            GC gc = new GC(image);
            SwtDrawing d = null;
            try {
                gc.setFont(font);
                d = new SwtDrawing(gc);
                LadderPainter.paintAll(d, model, layout, selected);
            } finally {
                if (d != null) {
                    d.dispose();
                }
                gc.dispose();
            }
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            loader.save(tmp.toString(), SWT.IMAGE_PNG);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            image.dispose();
        }
    }

    public static void svg(Display display, Font font, LadderModel model, int selected, Path file) throws IOException {
        Files.writeString(file, svgDocument(display, font, model, selected), StandardCharsets.UTF_8);
    }

    /** The SVG text of the ladder. */
    public static String svgDocument(Display display, Font font, LadderModel model, int selected) {
        Map<Drawing.Font, Integer> heights;
        LadderLayout layout;
        GC gc = new GC(display);
        SwtDrawing screen = null;
        try {
            gc.setFont(font);
            screen = new SwtDrawing(gc);
            layout = new LadderLayout(screen, model);
            heights = screen.fontWidths();
        } finally {
            if (screen != null) {
                screen.dispose();
            }
            gc.dispose();
        }
        Headless.ensure();
        SvgDrawing svg = new SvgDrawing(layout.width(), layout.height(), heights);
        LadderPainter.paintAll(svg, model, layout, selected);
        return svg.document();
    }

    /** The layout the screen would use for {@code model} with {@code font}. */
    public static LadderLayout layout(Display display, Font font, LadderModel model) {
        GC gc = new GC(display);
        SwtDrawing d = null;
        try {
            gc.setFont(font);
            d = new SwtDrawing(gc);
            return new LadderLayout(d, model);
        } finally {
            if (d != null) {
                d.dispose();
            }
            gc.dispose();
        }
    }

    /** Java2D is only used to measure and write SVG text: keep AWT away from the X server SWT owns. */
    static final class Headless {
        private static boolean done;

        static synchronized void ensure() {
            if (!done) {
                done = true;
                if (System.getProperty("java.awt.headless") == null) {
                    System.setProperty("java.awt.headless", "true");
                }
            }
        }
    }
}
