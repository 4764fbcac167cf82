package org.siptrust.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.siptrust.analysis.Analysis;
import org.siptrust.sip.SipMessage;
import org.siptrust.trust.Hop;
import org.siptrust.trust.HopCheck;
import org.siptrust.trust.Profile;

/** The call ladder as SVG: one column per SIP element, one arrow per message, red on failing hops. */
final class LadderSvg {
    static final int MAX_MESSAGES = 400;
    private static final int COL = 230;
    private static final int ROW = 26;
    private static final int MARGIN = 130;

    private LadderSvg() {
    }

    static String render(Analysis a) {
        PathModel path = new PathModel(a);
        List<SipMessage> messages = a.messages().subList(0, Math.min(a.messages().size(), MAX_MESSAGES));
        Set<Long> failing = new HashSet<>();
        for (Hop h : a.hops()) {
            for (HopCheck c : h.checks()) {
                if (c.verdict(Profile.RFC5922) != null && c.verdict(Profile.RFC5922).isFailure()) {
                    failing.add(c.frame());
                }
            }
        }
        int width = MARGIN * 2 + COL * Math.max(path.ips.size() - 1, 1);
        int top = 60;
        int height = top + ROW * (messages.size() + 1);
        Svg svg = new Svg(width, height);
        for (int i = 0; i < path.ips.size(); i++) {
            double x = MARGIN + COL * i;
            svg.text(x, 20, path.ips.get(i), "middle", "#1a2340", true, null);
            svg.text(x, 36, path.label(path.ips.get(i)), "middle", "#1a2340", false, null);
            svg.line(x, 44, x, height - 8, "#b8c0d8", 1, false, true);
        }
        int row = 0;
        for (SipMessage m : messages) {
            double y = top + ROW * row++;
            double x1 = MARGIN + COL * path.column(m.context().source().ip());
            double x2 = MARGIN + COL * path.column(m.context().destination().ip());
            boolean retrans = a.calls() != null && a.calls().isRetransmission(m);
            String color = failing.contains(m.frame()) ? Colors.RED : retrans ? Colors.GREY : "#1f3f8f";
            svg.line(x1, y, x2 == x1 ? x1 + 40 : x2, y, color, failing.contains(m.frame()) ? 2.5 : 1.4, true, retrans);
            String lock = "TLS".equals(m.context().transport()) ? "\uD83D\uDD12 " : "";
            svg.text((x1 + x2) / 2, y - 5, lock + m.summary() + "  [" + m.frame() + "]", "middle", color, m.isRequest(),
                    m.context().transport() + " " + m.context().source() + " -> " + m.context().destination());
        }
        return svg.toString();
    }
}
