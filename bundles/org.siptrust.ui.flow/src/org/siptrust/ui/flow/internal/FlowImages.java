package org.siptrust.ui.flow.internal;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;
import org.siptrust.ui.flow.internal.draw.Glyphs;
import org.siptrust.ui.flow.internal.draw.SwtDrawing;

/** Images painted in code (the bundle ships no icon files): the "decrypted" lock of tables. */
public final class FlowImages {
    private static Image lock;

    private FlowImages() {
    }

    /** A 16×16 lock with a transparent background, shared; disposed with the display. */
    public static synchronized Image lock(Display display) {
        if (lock == null || lock.isDisposed()) {
            lock = paintLock(display);
            display.disposeExec(() -> {
                if (lock != null) {
                    lock.dispose();
                }
            });
        }
        return lock;
    }

    private static Image paintLock(Display display) {
        int size = 16;
        Image mask = new Image(display, size, size);
        GC gc = new GC(mask);
        SwtDrawing d = new SwtDrawing(gc);
        try {
            d.color(0xffffff);
            d.fillRect(0, 0, size, size);
            Glyphs.lock(d, (size - Glyphs.LOCK_WIDTH) / 2, (size - Glyphs.LOCK_HEIGHT) / 2, 0x000000);
        } finally {
            d.dispose();
            gc.dispose();
        }
        ImageData painted = mask.getImageData();
        mask.dispose();
        // the painted darkness becomes the alpha of a green lock
        ImageData out = new ImageData(size, size, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        byte[] alpha = new byte[size * size];
        int green = 0x2f7d32;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = painted.palette.getRGB(painted.getPixel(x, y)).red;
                alpha[y * size + x] = (byte) (255 - rgb);
                out.setPixel(x, y, green);
            }
        }
        out.alphaData = alpha;
        return new Image(display, out);
    }
}
