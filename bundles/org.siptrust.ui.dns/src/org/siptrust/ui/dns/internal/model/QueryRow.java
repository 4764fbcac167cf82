package org.siptrust.ui.dns.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.siptrust.analysis.Analysis;
import org.siptrust.core.Endpoint;
import org.siptrust.dns.ObservedQuery;
import org.siptrust.dns.QueryComparison;
import org.siptrust.dns.Resolution;
import org.siptrust.dns.SipTarget;
import org.siptrust.sip.NameAddr;
import org.siptrust.sip.SipMessage;

/**
 * One line of "what the client asked against what RFC 3263 says it should have asked" for one SIP
 * target. The comparison is made only where it means something: for the elements that sent a
 * request for the target to a destination the resolution leads to (an element that handed the
 * request to an outbound proxy had no reason to resolve it), and that asked DNS anything at all in
 * the capture; other elements get one explanatory line.
 *
 * @param client the element that sent the request (its address; DNS queries use other ports)
 * @param query  the query name, or empty for an explanatory line
 * @param status a {@link QueryComparison} status word, or {@code not-compared}
 * @param frames the query frames (or the response that carried the data)
 */
public record QueryRow(String client, String query, String type, String status, List<Long> frames, String note) {
    public static final String NOT_COMPARED = "not-compared";

    public QueryRow {
        frames = List.copyOf(frames);
    }

    public Tone tone() {
        return NOT_COMPARED.equals(status) ? Tone.NONE : Tone.ofQuery(status);
    }

    public static List<QueryRow> of(Resolution r, Analysis analysis) {
        List<QueryRow> out = new ArrayList<>();
        if (r == null || analysis == null) {
            return out;
        }
        Map<String, Endpoint> resolvers = new LinkedHashMap<>();
        Map<String, String> elsewhere = new LinkedHashMap<>();
        for (SipMessage m : analysis.messages()) {
            if (!m.isRequest() || m.malformed() || m.context() == null || m.context().source() == null) {
                continue;
            }
            if (!names(m, r.target())) {
                continue;
            }
            Endpoint from = m.context().source();
            Endpoint to = m.context().destination();
            String ip = from.ip().toLowerCase(Locale.ROOT);
            if (to != null && r.destinationFor(to).isPresent()) {
                resolvers.putIfAbsent(ip, from);
                elsewhere.remove(ip);
            } else if (!resolvers.containsKey(ip) && to != null) {
                elsewhere.putIfAbsent(ip, "sent " + m.method() + " for " + r.target().host() + " to " + to
                        + ", which this resolution does not lead to (an outbound proxy or a reused connection): nothing to compare");
            }
        }
        for (Endpoint client : resolvers.values()) {
            List<ObservedQuery> observed = r.observedQueries(client);
            if (observed.isEmpty()) {
                out.add(new QueryRow(client.ip(), "", "", NOT_COMPARED, List.of(),
                        "sent no DNS query in the capture (a cache, static configuration, or DNS outside the capture): nothing to compare"));
                continue;
            }
            for (QueryComparison q : r.compareQueries(client)) {
                out.add(new QueryRow(client.ip(), q.name(), q.type(), q.status(), q.frames(), q.note()));
            }
        }
        for (Map.Entry<String, String> e : elsewhere.entrySet()) {
            out.add(new QueryRow(e.getKey(), "", "", NOT_COMPARED, List.of(), e.getValue()));
        }
        return out;
    }

    /** True when the request's Request-URI or top Route names {@code target} (same host, port, transport, scheme). */
    private static boolean names(SipMessage m, SipTarget target) {
        List<String> uris = new ArrayList<>();
        try {
            List<NameAddr> routes = m.routeParsed();
            if (!routes.isEmpty() && routes.get(0).uri() != null) {
                uris.add(routes.get(0).uri().toString());
            }
        } catch (RuntimeException e) {
            // an unparsable Route is the SIP stage's finding, not ours
        }
        if (m.requestUri() != null) {
            uris.add(m.requestUri());
        }
        for (String u : uris) {
            try {
                SipTarget t = SipTarget.parse(u, "");
                if (t.host().equalsIgnoreCase(target.host()) && t.port() == target.port() && t.sips() == target.sips()
                        && Objects.equals(lower(t.transportParam()), lower(target.transportParam()))) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // a tel: or other URI names no SIP target
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
