package org.siptrust.ui.certs.internal.chart;

import java.awt.geom.Rectangle2D;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.jfree.chart.ChartRenderingInfo;

/**
 * Shows a {@link ValidityTimeline} on an SWT canvas: the chart is drawn again whenever the canvas
 * changes size or the timeline changes, and a click on a bar selects that certificate.
 */
public final class TimelineCanvas {
    private final Canvas canvas;
    private final Consumer<String> onSelect;
    private ValidityTimeline timeline;
    private Image image;
    private ImageData imageData;
    private ChartRenderingInfo info;
    private Point renderedSize;

    public TimelineCanvas(Composite parent, Consumer<String> onSelect) {
        this.onSelect = onSelect;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1 && timeline != null && info != null) {
                int i = ValidityTimeline.barAt(info, e.x, e.y);
                if (i >= 0 && i < timeline.bars().size()) {
                    onSelect.accept(timeline.bars().get(i).sha256());
                }
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            String tip = null;
            if (timeline != null && info != null) {
                int i = ValidityTimeline.barAt(info, e.x, e.y);
                if (i >= 0 && i < timeline.bars().size()) {
                    ValidityTimeline.Bar b = timeline.bars().get(i);
                    tip = b.label() + "\n" + org.siptrust.ui.certs.internal.model.Names.dateTime(b.from()) + " – "
                            + org.siptrust.ui.certs.internal.model.Names.dateTime(b.to()) + "\n"
                            + b.validity().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
                }
            }
            if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
                canvas.setToolTipText(tip);
            }
        });
        canvas.addListener(SWT.Dispose, e -> disposeImage());
    }

    public Control control() {
        return canvas;
    }

    public void setTimeline(ValidityTimeline t) {
        timeline = t;
        invalidate();
    }

    public ValidityTimeline timeline() {
        return timeline;
    }

    /** Outlines the bar of {@code sha256}. */
    public void select(String sha256) {
        if (timeline != null && !java.util.Objects.equals(sha256, timeline.selected())) {
            timeline.select(sha256);
            invalidate();
        }
    }

    /** The picture at the canvas' current size (rendered now if it is out of date); null when empty. */
    public ImageData imageData() {
        ensureRendered();
        return imageData;
    }

    /** Where bar {@code index} lies in {@link #imageData()}, or null. */
    public Rectangle2D barArea(int index) {
        ensureRendered();
        return ValidityTimeline.barArea(info, index);
    }

    private void invalidate() {
        renderedSize = null;
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private void ensureRendered() {
        if (canvas.isDisposed()) {
            return;
        }
        Point size = canvas.getSize();
        if (timeline == null || size.x <= 0 || size.y <= 0) {
            disposeImage();
            imageData = null;
            info = null;
            renderedSize = null;
            return;
        }
        if (size.equals(renderedSize) && image != null) {
            return;
        }
        ChartRenderingInfo newInfo = new ChartRenderingInfo();
        ImageData data = AwtImages.toImageData(timeline.render(size.x, size.y, newInfo));
        disposeImage();
        image = new Image(canvas.getDisplay(), data);
        imageData = data;
        info = newInfo;
        renderedSize = size;
    }

    private void paint(GC gc) {
        ensureRendered();
        Point size = canvas.getSize();
        if (image == null) {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.fillRectangle(0, 0, size.x, size.y);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
            gc.drawText("No certificates to show.", 8, 8, true);
            return;
        }
        gc.drawImage(image, 0, 0);
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
