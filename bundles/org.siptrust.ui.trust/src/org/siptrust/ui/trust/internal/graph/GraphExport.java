package org.siptrust.ui.trust.internal.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/**
 * Saves the hop graph as PNG (painted on an SWT image) or SVG (painted on JFreeSVG) at full size,
 * with the same {@link GraphPainter} and layout as the view. Run on the UI thread.
 */
public final class GraphExport {
    private GraphExport() {
    }

    /** Paints {@code layout} into an image the caller disposes. */
    public static Image image(Display display, GraphLayout layout, String selected, Font font) {
        Image image = new Image(display, Math.max(1, layout.width()), Math.max(1, layout.height()));
        GC gc = new GC(image);
        SwtCanvas2D canvas = new SwtCanvas2D(gc, font);
        try {
            GraphPainter.paint(canvas, layout, selected);
        } finally {
            canvas.dispose();
            gc.dispose();
        }
        return image;
    }

    public static void png(Display display, GraphLayout layout, String selected, Font font, Path file) throws IOException {
        Image image = image(display, layout, selected, font);
        ImageData data;
        try {
            data = image.getImageData();
        } finally {
            image.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        try (OutputStream out = Files.newOutputStream(file)) {
            loader.save(out, SWT.IMAGE_PNG);
        } catch (SWTException e) {
            throw new IOException("the PNG encoder failed: " + e.getMessage(), e);
        }
    }

    /** The SVG document of the picture. */
    public static String svg(Display display, GraphLayout layout, String selected, Font font) {
        FontData fd = font.getFontData()[0];
        int px = Math.max(8, Math.round(fd.getHeight() * display.getDPI().y / 72f));
        SvgCanvas2D canvas = new SvgCanvas2D(Math.max(1, layout.width()), Math.max(1, layout.height()), fd.getName(), px);
        GraphPainter.paint(canvas, layout, selected);
        return canvas.document();
    }

    public static void svg(Display display, GraphLayout layout, String selected, Font font, Path file) throws IOException {
        Files.writeString(file, svg(display, layout, selected, font), StandardCharsets.UTF_8);
    }
}
