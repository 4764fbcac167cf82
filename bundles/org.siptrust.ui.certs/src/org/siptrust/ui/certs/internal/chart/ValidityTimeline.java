package org.siptrust.ui.certs.internal.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.siptrust.ui.certs.internal.model.InspectedCertificate;
import org.siptrust.ui.certs.internal.model.Names;
import org.siptrust.ui.certs.internal.model.Validity;

/**
 * The validity periods of a list of certificates as a JFreeChart: one horizontal bar per
 * certificate (top to bottom in list order) from notBefore to notAfter on a date axis, coloured by
 * where the evaluation time falls (green within, red expired, amber not yet valid), with the
 * evaluation time as a vertical line. The selected certificate's bar is outlined.
 */
public final class ValidityTimeline {
    public static final Color VALID = new Color(0x43, 0xa0, 0x47);
    public static final Color EXPIRED = new Color(0xe5, 0x39, 0x35);
    public static final Color NOT_YET_VALID = new Color(0xff, 0xb3, 0x00);
    public static final Color MARKER = new Color(0x15, 0x65, 0xc0);
    private static final Color SELECTION_BAND = new Color(0xcf, 0xe3, 0xfa);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font SMALL_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 10);
    private static final int MAX_LABEL = 22;

    /** One bar. */
    public record Bar(String sha256, String label, Instant from, Instant to, Validity validity) {
    }

    private final List<Bar> bars;
    private final Instant at;
    private final String atWord;
    private String selected;

    public ValidityTimeline(List<InspectedCertificate> certificates, Instant at, String atWord) {
        this.at = Objects.requireNonNull(at);
        this.atWord = atWord;
        List<Bar> b = new ArrayList<>();
        for (InspectedCertificate c : certificates) {
            String label = c.commonName() + (c.fromFile() ? " (" + c.source() + ")" : "");
            b.add(new Bar(c.sha256(), label, c.info().notBefore(), c.info().notAfter(), Validity.of(c.info(), at)));
        }
        this.bars = List.copyOf(b);
    }

    public List<Bar> bars() {
        return bars;
    }

    public Instant at() {
        return at;
    }

    /** Outlines the bar(s) of this certificate (null: none). */
    public void select(String sha256) {
        selected = sha256;
    }

    public String selected() {
        return selected;
    }

    public static Color colour(Validity v) {
        return switch (v) {
            case VALID -> VALID;
            case EXPIRED -> EXPIRED;
            case NOT_YET_VALID -> NOT_YET_VALID;
        };
    }

    /** A new chart of the current state (charts are cheap; one per paint keeps this class immutable-ish). */
    public JFreeChart chart() {
        XYIntervalSeries series = new XYIntervalSeries("validity");
        long min = at.toEpochMilli();
        long max = at.toEpochMilli();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            long from = b.from().toEpochMilli();
            long to = Math.max(from, b.to().toEpochMilli());
            series.add(i, i - 0.35, i + 0.35, from, from, to);
            min = Math.min(min, from);
            max = Math.max(max, to);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);

        SymbolAxis certificates = new SymbolAxis(null, bars.stream().map(b -> shorten(b.label())).toArray(String[]::new));
        certificates.setInverted(true);
        certificates.setGridBandsVisible(false);
        certificates.setTickLabelFont(SMALL);
        certificates.setRange(-0.6, Math.max(0.6, bars.size() - 0.4));
        DateAxis time = new DateAxis(null, java.util.TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        time.setTickLabelFont(SMALL);
        long margin = Math.max(86_400_000L * 30, (max - min) / 30);
        time.setRange(min - margin, max + margin);

        XYBarRenderer renderer = new BarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);

        XYPlot plot = new XYPlot(data, certificates, time, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(new Color(0xfa, 0xfa, 0xfa));
        plot.setRangeGridlinePaint(new Color(0xd0, 0xd0, 0xd0));
        plot.setDomainGridlinesVisible(false);
        plot.setNoDataMessage("No certificates");
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        ValueMarker now = new ValueMarker(at.toEpochMilli(), MARKER, new BasicStroke(2f));
        now.setLabel(atWord.replace("the ", ""));
        now.setLabelFont(SMALL_BOLD);
        now.setLabelPaint(MARKER);
        now.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        now.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(now);
        int sel = selectedIndex();
        if (sel >= 0) {
            // a band behind the selected row: an outline would hide a short bar
            IntervalMarker band = new IntervalMarker(sel - 0.5, sel + 0.5, SELECTION_BAND);
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        plot.setFixedLegendItems(legend());

        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(2, 2, 2, 6));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(SMALL);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    private LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        Shape box = new Rectangle(0, 0, 10, 10);
        items.add(new LegendItem("valid", null, null, null, box, VALID));
        items.add(new LegendItem("expired", null, null, null, box, EXPIRED));
        items.add(new LegendItem("not yet valid", null, null, null, box, NOT_YET_VALID));
        items.add(new LegendItem(atWord.replace("the ", "") + " " + Names.date(at), null, null, null,
                new Rectangle(0, 0, 2, 10), MARKER));
        return items;
    }

    private int selectedIndex() {
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).sha256().equals(selected)) {
                return i;
            }
        }
        return -1;
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    /**
     * Draws the chart into a new RGB image of {@code width} x {@code height}; {@code info} (may be
     * null) receives the bars' areas. The chart keeps to the height its bars need (at most about 34
     * pixels a bar) and the rest stays white, so that a tall view does not show fat bars.
     */
    public BufferedImage render(int width, int height, ChartRenderingInfo info) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart().draw(g, new Rectangle(0, 0, w, Math.min(h, preferredHeight())), info);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The height the chart needs: legend, axis and about 34 pixels a certificate. */
    public int preferredHeight() {
        return Math.max(160, 70 + 34 * Math.max(1, bars.size()));
    }

    /** The bar index under a point of the last rendering described by {@code info}, or -1. */
    public static int barAt(ChartRenderingInfo info, double x, double y) {
        if (info == null || info.getEntityCollection() == null) {
            return -1;
        }
        ChartEntity e = info.getEntityCollection().getEntity(x, y);
        return e instanceof XYItemEntity xy ? xy.getItem() : -1;
    }

    /** The area of bar {@code index} in the last rendering described by {@code info}, or null. */
    public static Rectangle2D barArea(ChartRenderingInfo info, int index) {
        if (info == null || info.getEntityCollection() == null) {
            return null;
        }
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof XYItemEntity xy && xy.getItem() == index) {
                return xy.getArea().getBounds2D();
            }
        }
        return null;
    }

    /** Colours each bar by its validity and outlines the selected one. */
    private final class BarRenderer extends XYBarRenderer {
        private static final long serialVersionUID = 1L;
        private final Stroke thin = new BasicStroke(0.5f);
        private final Stroke thick = new BasicStroke(1.5f);

        @Override
        public Paint getItemPaint(int row, int column) {
            return colour(bars.get(column).validity());
        }

        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            return isSelected(column) ? new Color(0x0d, 0x47, 0xa1) : new Color(0x60, 0x60, 0x60);
        }

        @Override
        public Stroke getItemOutlineStroke(int row, int column) {
            return isSelected(column) ? thick : thin;
        }

        private boolean isSelected(int column) {
            return selected != null && selected.equals(bars.get(column).sha256());
        }
    }
}
