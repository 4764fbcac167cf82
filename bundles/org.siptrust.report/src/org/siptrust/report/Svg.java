package org.siptrust.report;

/** A tiny SVG writer for the report's drawings (no external assets, text escaped). */
final class Svg {
    private final StringBuilder sb = new StringBuilder();

    Svg(int width, int height) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n");
        sb.append("<defs><marker id=\"arrow\" markerWidth=\"10\" markerHeight=\"8\" refX=\"9\" refY=\"4\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,4 L0,8 z\" fill=\"context-stroke\"/></marker></defs>\n");
    }

    Svg line(double x1, double y1, double x2, double y2, String color, double width, boolean arrow, boolean dashed) {
        sb.append(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s%s/>%n",
                x1, y1, x2, y2, color, width, arrow ? " marker-end=\"url(#arrow)\"" : "", dashed ? " stroke-dasharray=\"6,4\"" : ""));
        return this;
    }

    Svg path(String d, String color, double width, boolean arrow, boolean dashed) {
        sb.append(String.format(java.util.Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s%s/>%n",
                d, color, width, arrow ? " marker-end=\"url(#arrow)\"" : "", dashed ? " stroke-dasharray=\"6,4\"" : ""));
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill, String stroke) {
        sb.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"%s\" stroke=\"%s\"/>%n",
                x, y, w, h, fill, stroke));
        return this;
    }

    Svg text(double x, double y, String text, String anchor, String color, boolean bold, String title) {
        sb.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"%s>", x, y, anchor, color,
                bold ? " font-weight=\"bold\"" : ""));
        if (title != null) {
            sb.append("<title>").append(Html.esc(title)).append("</title>");
        }
        sb.append(Html.esc(text)).append("</text>\n");
        return this;
    }

    @Override
    public String toString() {
        return sb + "</svg>\n";
    }
}
