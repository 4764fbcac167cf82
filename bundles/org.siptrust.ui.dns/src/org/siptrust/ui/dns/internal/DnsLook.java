package org.siptrust.ui.dns.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.siptrust.ui.dns.internal.model.Tone;

/**
 * Colours and status icons: secure green, insecure grey, bogus red, indeterminate amber (and the
 * same for DANE and query verdicts). The icons are small discs with a glyph, so that the colour is
 * not the only cue; they are drawn once per view and disposed with it.
 */
final class DnsLook {
    static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    static final Color GREY = new Color(0x75, 0x75, 0x75);
    static final Color RED = new Color(0xc6, 0x28, 0x28);
    static final Color AMBER = new Color(0xff, 0x8f, 0x00);
    /** Amber text is hard to read on white: a darker shade for words. */
    static final Color AMBER_TEXT = new Color(0xb2, 0x6a, 0x00);

    private final Map<Tone, Image> icons = new EnumMap<>(Tone.class);

    DnsLook(Display display) {
        icons.put(Tone.GOOD, disc(display, GREEN, "✔"));
        icons.put(Tone.NEUTRAL, disc(display, GREY, "–"));
        icons.put(Tone.WARN, disc(display, AMBER, "?"));
        icons.put(Tone.BAD, disc(display, RED, "✘"));
    }

    static Color text(Tone t) {
        return switch (t) {
            case GOOD -> GREEN;
            case NEUTRAL -> GREY;
            case WARN -> AMBER_TEXT;
            case BAD -> RED;
            case NONE -> null;
        };
    }

    /** The icon of a tone, or null for {@link Tone#NONE}. */
    Image icon(Tone t) {
        return icons.get(t);
    }

    void dispose() {
        icons.values().forEach(Image::dispose);
        icons.clear();
    }

    private static Image disc(Display display, Color colour, String glyph) {
        int size = 14;
        ImageData transparent = new ImageData(size, size, 24, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
        transparent.transparentPixel = 0xFFFFFE;
        Image img = new Image(display, transparent);
        GC gc = new GC(img);
        try {
            gc.setBackground(new Color(0xFF, 0xFF, 0xFE));
            gc.fillRectangle(0, 0, size, size);
            gc.setAntialias(SWT.ON);
            gc.setBackground(colour);
            gc.fillOval(0, 0, size - 1, size - 1);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            org.eclipse.swt.graphics.FontData fd = display.getSystemFont().getFontData()[0];
            fd.setHeight(7);
            fd.setStyle(SWT.BOLD);
            org.eclipse.swt.graphics.Font small = new org.eclipse.swt.graphics.Font(display, fd);
            try {
                gc.setFont(small);
                org.eclipse.swt.graphics.Point ext = gc.textExtent(glyph);
                gc.drawText(glyph, (size - ext.x) / 2, (size - ext.y) / 2, true);
            } finally {
                small.dispose();
            }
        } finally {
            gc.dispose();
        }
        ImageData data = img.getImageData();
        img.dispose();
        data.transparentPixel = data.palette.getPixel(new org.eclipse.swt.graphics.RGB(0xFF, 0xFF, 0xFE));
        return new Image(display, data);
    }
}
