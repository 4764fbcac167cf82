package org.siptrust.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.siptrust.analysis.Analysis;
import org.siptrust.trust.Hop;
import org.siptrust.trust.Profile;
import org.siptrust.trust.Verdict;

/**
 * The hop graph as SVG: SIP elements left to right in the order the traffic reached them, each TLS
 * connection an arc from client to server (above the line when it goes right, below when it goes
 * left), coloured by its worst RFC 5922 verdict and labelled with the reason.
 */
final class HopGraphSvg {
    private static final int COL = 230;
    private static final int MARGIN = 130;

    private HopGraphSvg() {
    }

    static String render(Analysis a) {
        PathModel path = new PathModel(a);
        int n = Math.max(path.ips.size(), 1);
        int width = MARGIN * 2 + COL * (n - 1);
        int lanes = a.hops().size();
        int mid = 70 + 34 * lanes;
        int height = mid * 2;
        Svg svg = new Svg(width, height);
        Map<String, Integer> lanesUsed = new HashMap<>();
        for (Hop h : a.hops()) {
            int from = path.column(h.client().ip());
            int to = path.column(h.server().ip());
            double x1 = MARGIN + COL * from;
            double x2 = MARGIN + COL * to;
            boolean right = to >= from;
            String key = right ? "r" : "l";
            int lane = lanesUsed.merge(key, 1, Integer::sum);
            double bend = (right ? -1 : 1) * (40 + 30 * lane);
            double cx = (x1 + x2) / 2;
            double cy = mid + bend * 2;
            String color = Colors.of(h, a.findings());
            Verdict v = h.worst(Profile.RFC5922);
            svg.path(String.format(Locale.ROOT, "M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f", x1, (double) mid + (right ? -18 : 18), cx, cy, x2,
                    (double) mid + (right ? -18 : 18)), color, v != null && v.isFailure() ? 4 : 2, true, false);
            String mark = v == null ? "?" : v.isMatch() ? "\u2714" : v.isFailure() ? "\u2718" : "\u2013";
            org.siptrust.trust.ReferenceIdentity shown = h.reference();
            if (v != null && v.isFailure() && !(h.verdict(Profile.RFC5922) != null && h.verdict(Profile.RFC5922).isFailure())) {
                // the hop's own reference matched; show the request that failed (e.g. an ACK routed by IP)
                shown = h.checks().stream().filter(c -> c.verdict(Profile.RFC5922) != null && c.verdict(Profile.RFC5922).isFailure())
                        .map(c -> c.reference()).findFirst().orElse(shown);
            }
            String ref = shown == null ? "no reference" : shown.name() + " (" + shown.source() + ")";
            svg.text(cx, mid + bend - 4, "\uD83D\uDD12 " + h.connection() + " " + mark + " " + (v == null ? "" : v.result()), "middle",
                    color, v != null && v.isFailure(), v == null ? null : v.explanation());
            svg.text(cx, mid + bend + 10, ref, "middle", "#444", false, null);
        }
        for (int i = 0; i < path.ips.size(); i++) {
            String ip = path.ips.get(i);
            double x = MARGIN + COL * i;
            svg.rect(x - 95, mid - 18, 190, 36, "#f4f6fb", "#4a5a80");
            svg.text(x, mid - 3, ip, "middle", "#1a2340", true, null);
            svg.text(x, mid + 12, path.label(ip), "middle", "#1a2340", false, null);
        }
        return svg.toString();
    }
}
