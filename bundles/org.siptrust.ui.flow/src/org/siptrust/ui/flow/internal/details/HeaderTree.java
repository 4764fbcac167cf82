package org.siptrust.ui.flow.internal.details;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siptrust.sip.Header;
import org.siptrust.sip.NameAddr;
import org.siptrust.sip.SdpSummary;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.SipUri;
import org.siptrust.sip.Via;
import org.siptrust.sip.calls.SipCallIndex;
import org.siptrust.ui.flow.internal.details.SipTextSpans.Field;

/**
 * The parsed view of a message as tree nodes: where it was seen, the start line, every header in
 * wire order with the fields SIP gives meaning to (Via sent-by, branch, received, rport; URIs with
 * host, port, transport and parameters; tags; CSeq), the body, and the problems found.
 */
public final class HeaderTree {
    private static final Set<String> ADDRESS_HEADERS = Set.of("From", "To", "Contact", "Route", "Record-Route", "Path",
            "Service-Route", "P-Asserted-Identity", "P-Preferred-Identity", "Refer-To", "Referred-By", "Reply-To",
            "Diversion", "History-Info");

    private HeaderTree() {
    }

    public static List<DetailNode> of(SipMessage m, SipCallIndex calls) {
        String text = m.rawText();
        SipTextSpans spans = SipTextSpans.of(text);
        List<DetailNode> out = new ArrayList<>();

        DetailNode wire = new DetailNode(wireLabel(m));
        wire.field("Frame", m.frame() + (m.frames().size() > 1 ? " (bytes from frames " + m.frames() + ")" : ""));
        if (m.context() != null) {
            wire.field("Connection", m.context().connectionId());
            wire.field("Transport", m.context().transport());
            wire.field("Source", m.context().source());
            wire.field("Destination", m.context().destination());
            wire.field("Decrypted", m.context().decrypted() ? "yes, TLS plaintext recovered with the key log" : null);
        }
        wire.field("Length", m.length() + " bytes");
        if (calls != null) {
            if (calls.isRetransmission(m)) {
                wire.field("Retransmission", "the same message was seen before on this hop");
            }
            var t = calls.transactionOf(m);
            if (t != null && t.branch() != null) {
                wire.field("Transaction", t.method() + " branch " + t.branch());
            }
            var call = calls.callOf(m);
            if (call != null) {
                wire.field("Call", call.label());
            }
        }
        out.add(wire);

        DetailNode start = new DetailNode(m.startLine(), 0, spans.startLineEnd());
        if (m.isRequest()) {
            start.field("Method", m.method());
            DetailNode uri = start.add(new DetailNode("Request-URI: " + m.requestUri(), 0, spans.startLineEnd()));
            uri(uri, m.requestUriParsed(), 0, spans.startLineEnd());
        } else if (m.isResponse()) {
            start.field("Status code", m.statusCode());
            start.field("Reason phrase", m.reasonPhrase());
        }
        out.add(start);

        Map<String, Integer> occurrences = new HashMap<>();
        for (Header h : m.headers()) {
            int occurrence = occurrences.merge(h.canonicalName().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum) - 1;
            Field f = spans.field(name -> h.is(name), occurrence);
            int s = f == null ? -1 : f.start();
            int e = f == null ? -1 : f.end();
            DetailNode node = new DetailNode(h.canonicalName() + ": " + h.value(), s, e);
            describe(node, h, s, e);
            out.add(node);
        }

        if (m.bodyLength() > 0) {
            int bs = spans.bodyStart();
            DetailNode body = new DetailNode("Message body: " + m.bodyLength() + " bytes"
                    + (m.contentType() == null ? "" : " (" + m.contentType() + ")"), bs, bs < 0 ? -1 : text.length());
            SdpSummary sdp = m.sdp();
            if (sdp != null) {
                body.field("Session", sdp.sessionName());
                body.field("Origin", sdp.originUser() + " " + sdp.originAddress());
                body.field("Connection", sdp.connectionAddress());
                for (SdpSummary.Media media : sdp.media()) {
                    DetailNode md = body.add(new DetailNode("Media " + media.type() + " port " + media.port() + " "
                            + media.protocol(), bs, text.length()));
                    md.field("Formats", String.join(" ", media.formats()));
                    md.field("Address", media.connectionAddress());
                    md.field("Direction", media.direction());
                    if (!media.cryptoSuites().isEmpty()) {
                        md.field("SDES crypto suites", String.join(", ", media.cryptoSuites()));
                    }
                    if (media.fingerprint()) {
                        md.field("DTLS fingerprint", "present");
                    }
                }
            }
            int certs = m.pkixCertificates().size();
            if (certs > 0) {
                body.field("Certificates", certs + " application/pkix-cert part(s)");
            }
            out.add(body);
        }

        if (m.malformed()) {
            DetailNode problems = new DetailNode("Malformed: " + m.problems().size() + " problem(s)");
            m.problems().forEach(p -> problems.add(new DetailNode(p)));
            out.add(problems);
        }
        return out;
    }

    private static String wireLabel(SipMessage m) {
        StringBuilder s = new StringBuilder("Frame ").append(m.frame());
        if (m.context() != null) {
            s.append(", ").append(m.context().transport()).append(' ').append(m.context().source()).append(" → ")
                    .append(m.context().destination());
            if (m.context().connectionId() != null) {
                s.append(" [").append(m.context().connectionId()).append(']');
            }
            if (m.context().decrypted()) {
                s.append(", decrypted");
            }
        }
        return s.toString();
    }

    private static void describe(DetailNode node, Header h, int s, int e) {
        String name = h.canonicalName();
        if (h.is("Via")) {
            for (String value : splitList(h)) {
                Via v = Via.parseOrNull(value);
                DetailNode target = splitList(h).size() > 1 ? node.add(new DetailNode(value, s, e)) : node;
                if (v == null) {
                    target.add(new DetailNode("(does not parse as a Via)", s, e));
                    continue;
                }
                target.field("Sent protocol", v.protocolName() + "/" + v.protocolVersion() + "/" + v.transport());
                target.field("Sent-by host", v.host() + (v.hostIsIpLiteral() ? " (IP literal)" : ""));
                target.field("Sent-by port", v.port() < 0 ? "(none; default " + ("TLS".equals(v.transport()) ? 5061 : 5060) + ")" : v.port());
                target.field("Branch", v.branch() == null ? null
                        : v.branch() + (v.hasMagicCookie() ? " (RFC 3261 magic cookie)" : " (no magic cookie: RFC 2543 matching)"));
                target.field("Received", v.received());
                if (v.hasRport()) {
                    target.field("rport", v.rport() < 0 ? "(requested)" : v.rport());
                }
                if (v.hasAlias()) {
                    target.field("alias", "connection reuse requested (RFC 5923)");
                }
                target.field("maddr", v.maddr());
                if (v.ttl() >= 0) {
                    target.field("ttl", v.ttl());
                }
                for (Map.Entry<String, String> p : v.params().entrySet()) {
                    if (!Set.of("branch", "received", "rport", "alias", "maddr", "ttl").contains(p.getKey())) {
                        target.field("Parameter " + p.getKey(), p.getValue() == null || p.getValue().isEmpty() ? "(no value)" : p.getValue());
                    }
                }
            }
        } else if (ADDRESS_HEADERS.contains(name)) {
            List<String> values = splitList(h);
            for (String value : values) {
                NameAddr a = NameAddr.parseOrNull(value);
                DetailNode target = values.size() > 1 ? node.add(new DetailNode(value, s, e)) : node;
                if (a == null) {
                    continue;
                }
                if (a.displayName() != null && !a.displayName().isEmpty()) {
                    target.field("Display name", a.displayName());
                }
                if (a.uri() != null) {
                    uri(target.add(new DetailNode("URI: " + a.uri(), s, e)), a.uri(), s, e);
                }
                for (Map.Entry<String, String> p : a.params().entrySet()) {
                    target.field(p.getKey().equals("tag") ? "Tag" : "Parameter " + p.getKey(),
                            p.getValue() == null || p.getValue().isEmpty() ? "(no value)" : p.getValue());
                }
            }
        } else if (h.is("CSeq")) {
            String[] parts = h.value().trim().split("\\s+");
            if (parts.length == 2) {
                node.field("Sequence number", parts[0]);
                node.field("Method", parts[1]);
            }
        }
    }

    /** The comma-separated values of one header line (commas inside quotes or {@code <>} do not split). */
    static List<String> splitList(Header h) {
        List<String> values = new ArrayList<>();
        String v = h.value();
        boolean quoted = false;
        int angle = 0;
        int start = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>' && angle > 0) {
                angle--;
            } else if (!quoted && angle == 0 && c == ',') {
                add(values, v.substring(start, i));
                start = i + 1;
            }
        }
        add(values, v.substring(start));
        return values;
    }

    private static void add(List<String> values, String v) {
        if (!v.isBlank()) {
            values.add(v.trim());
        }
    }

    private static void uri(DetailNode node, SipUri u, int s, int e) {
        if (u == null) {
            node.add(new DetailNode("(does not parse as a SIP URI)", s, e));
            return;
        }
        node.field("Scheme", u.scheme());
        node.field("User", u.user());
        node.field("Host", u.host() == null ? null : u.host() + (u.hostIsIpLiteral() ? " (IP literal)" : ""));
        if (u.port() >= 0) {
            node.field("Port", u.port());
        }
        for (Map.Entry<String, String> p : u.params().entrySet()) {
            node.field("Parameter " + p.getKey(), p.getValue() == null || p.getValue().isEmpty() ? "(no value)" : p.getValue());
        }
        for (Map.Entry<String, String> p : u.headers().entrySet()) {
            node.field("Header " + p.getKey(), p.getValue());
        }
        if (u.opaque() != null) {
            node.field("Opaque", u.opaque());
        }
    }
}
