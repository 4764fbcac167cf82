package org.siptrust.ui.certs.internal.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.jfree.svg.SVGGraphics2D;

/** Writes the timeline as PNG (the screen's pixels through SWT) or SVG (the same chart drawn by JFreeSVG). */
public final class TimelineExport {
    private TimelineExport() {
    }

    /** PNG or SVG by the file's extension. */
    public static void write(ValidityTimeline timeline, int width, int height, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            svg(timeline, width, height, file);
        } else {
            png(timeline, width, height, file);
        }
    }

    public static void png(ValidityTimeline timeline, int width, int height, Path file) throws IOException {
        ImageData data = AwtImages.toImageData(timeline.render(width, Math.min(height, timeline.preferredHeight()), null));
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        try {
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (org.eclipse.swt.SWTException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static void svg(ValidityTimeline timeline, int width, int height, Path file) throws IOException {
        int h = Math.min(height, timeline.preferredHeight());
        SVGGraphics2D g = new SVGGraphics2D(width, h);
        timeline.chart().draw(g, new Rectangle(0, 0, width, h));
        Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
    }
}
