package org.siptrust.ui.flow.internal.ladder;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.siptrust.analysis.Analysis;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.calls.SipCall;
import org.siptrust.sip.calls.SipCallIndex;
import org.siptrust.trust.Profile;
import org.siptrust.trust.Verdict;
import org.siptrust.ui.flow.internal.HopVerdicts;
import org.siptrust.ui.flow.internal.ladder.SipElements.Element;

/**
 * What a ladder shows: the columns (SIP elements, in the order the messages reach them) and one
 * arrow per message in frame order, with its colour-deciding facts. Immutable; built off the UI
 * thread if need be.
 */
public final class LadderModel {

    /** Profile whose verdict colours the arrows (the RFC 5922 default of the trust rules). */
    public static final Profile PROFILE = Profile.RFC5922;

    /**
     * One message.
     *
     * @param from            column index of the sender
     * @param to              column index of the receiver
     * @param label           the text above the arrow
     * @param transport       UDP, TCP, TLS, WS, WSS
     * @param decrypted       true when the bytes were recovered by TLS decryption
     * @param failing         true when the hop's RFC 5922 verdict for this message is a failure
     * @param retransmission  true when the same message was seen before on the same hop
     * @param verdict         the RFC 5922 verdict that applies, or null (not a TLS hop)
     * @param time            seconds since the first frame of the capture
     */
    public record Arrow(SipMessage message, int from, int to, String label, String transport, boolean decrypted,
            boolean failing, boolean retransmission, Verdict verdict, String connectionId, double time) {

        public boolean isRequest() {
            return message.isRequest();
        }
    }

    private final List<Element> columns;
    private final List<Arrow> arrows;
    private final Map<SipMessage, Integer> indexOf = new IdentityHashMap<>();
    private final String title;

    private LadderModel(String title, List<Element> columns, List<Arrow> arrows) {
        this.title = title;
        this.columns = List.copyOf(columns);
        this.arrows = List.copyOf(arrows);
        for (int i = 0; i < this.arrows.size(); i++) {
            indexOf.put(this.arrows.get(i).message(), i);
        }
    }

    /** A ladder of given rows (tests of large ladders). */
    static LadderModel of(String title, List<Element> columns, List<Arrow> arrows) {
        return new LadderModel(title, columns, arrows);
    }

    public static LadderModel empty() {
        return new LadderModel("", List.of(), List.of());
    }

    /**
     * The ladder of {@code call}, or of every message when {@code call} is null. Columns come in the
     * order the messages first reach the elements; for every message, the order of the biggest call
     * is used first so that the path of the main call reads left to right.
     */
    public static LadderModel of(Analysis a, SipElements elements, SipCall call) {
        List<SipMessage> shown = call == null ? a.messages() : call.messages();
        SipCallIndex calls = a.calls();
        List<SipMessage> ordering = new ArrayList<>();
        if (call == null) {
            SipCall main = biggestCall(calls);
            if (main != null) {
                ordering.addAll(main.messages());
            }
        }
        ordering.addAll(shown);

        Map<Element, Integer> column = new LinkedHashMap<>();
        for (SipMessage m : ordering) {
            Element src = source(elements, m);
            Element dst = destination(elements, m);
            if (src != null && dst != null) {
                column.putIfAbsent(src, column.size());
                column.putIfAbsent(dst, column.size());
            }
        }
        // keep only the columns the shown messages use
        java.util.Set<Element> used = new java.util.HashSet<>();
        for (SipMessage m : shown) {
            Element src = source(elements, m);
            Element dst = destination(elements, m);
            if (src != null && dst != null) {
                used.add(src);
                used.add(dst);
            }
        }
        List<Element> columns = new ArrayList<>();
        for (Element e : column.keySet()) {
            if (used.contains(e)) {
                columns.add(e);
            }
        }
        Map<Element, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }

        HopVerdicts verdicts = new HopVerdicts(a);
        long origin = a.capture() != null && a.capture().frameIndex().size() > 0 ? a.capture().frameIndex().time(1) : 0;
        List<Arrow> arrows = new ArrayList<>();
        for (SipMessage m : shown) {
            Element src = source(elements, m);
            Element dst = destination(elements, m);
            if (src == null || dst == null) {
                continue;
            }
            Verdict v = verdicts.verdict(m, PROFILE);
            boolean retrans = calls != null && calls.isRetransmission(m);
            String transport = m.context().transport() == null ? "?" : m.context().transport().toUpperCase(Locale.ROOT);
            arrows.add(new Arrow(m, index.get(src), index.get(dst), label(m), transport, m.context().decrypted(),
                    v != null && v.isFailure(), retrans, v, m.context().connectionId(), (m.timeNanos() - origin) / 1e9));
        }
        String title = call == null ? "All calls" : call.label() + "  [Call-ID " + call.callId() + "]";
        return new LadderModel(title, columns, arrows);
    }

    /** The call with the most messages (the first of them on a tie), or null. */
    public static SipCall biggestCall(SipCallIndex calls) {
        SipCall best = null;
        if (calls != null) {
            for (SipCall c : calls.calls()) {
                if (best == null || c.messages().size() > best.messages().size()) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static Element source(SipElements elements, SipMessage m) {
        return m.context() == null ? null : elements.of(m.context().source());
    }

    private static Element destination(SipElements elements, SipMessage m) {
        return m.context() == null ? null : elements.of(m.context().destination());
    }

    /**
     * {@code INVITE sip:bob@biloxi.example.com (SDP)} or {@code 200 OK (INVITE)}; URI parameters are
     * left out (the details and the tooltip have them).
     */
    static String label(SipMessage m) {
        StringBuilder s = new StringBuilder();
        if (m.isRequest()) {
            s.append(m.method()).append(' ').append(shortUri(m));
        } else if (m.isResponse()) {
            s.append(m.statusCode());
            if (m.reasonPhrase() != null && !m.reasonPhrase().isEmpty()) {
                s.append(' ').append(m.reasonPhrase());
            }
            if (m.cseqMethod() != null) {
                s.append(" (").append(m.cseqMethod()).append(')');
            }
        } else {
            s.append(m.summary());
        }
        String type = m.contentType();
        if (type != null && type.toLowerCase(Locale.ROOT).contains("sdp")) {
            s.append(" (SDP)");
        }
        return s.toString();
    }

    private static String shortUri(SipMessage m) {
        var u = m.requestUriParsed();
        if (u == null || u.host() == null) {
            return m.requestUri();
        }
        String user = u.user() == null ? "" : u.user() + "@";
        return u.scheme() + ":" + user + u.hostPort();
    }

    public List<Element> columns() {
        return columns;
    }

    public List<Arrow> arrows() {
        return arrows;
    }

    /** What is shown: "All calls" or the call's label with its Call-ID. */
    public String title() {
        return title;
    }

    /** The row of {@code m}, or -1 when the ladder does not show it. */
    public int indexOf(SipMessage m) {
        Integer i = indexOf.get(m);
        return i == null ? -1 : i;
    }
}
