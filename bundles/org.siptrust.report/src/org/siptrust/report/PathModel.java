package org.siptrust.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siptrust.analysis.Analysis;
import org.siptrust.sip.SipMessage;
import org.siptrust.trust.Hop;

/**
 * The SIP elements of a capture in the order the traffic reached them, one per IP address (an
 * element's ephemeral client ports and its listening port are the same element), with the best
 * host name known for each (certificate identity, else Via sent-by). Shared by the hop graph and
 * the ladder of the HTML report.
 */
final class PathModel {
    final List<String> ips = new ArrayList<>();
    final Map<String, String> names = new LinkedHashMap<>();

    PathModel(Analysis a) {
        // the path of the first call a user agent started with an INVITE, in the order it travelled
        SipMessage first = a.messages().stream().filter(m -> m.isRequest() && "INVITE".equals(m.method()) && m.via().size() <= 1)
                .findFirst().orElse(null);
        if (first != null) {
            for (SipMessage m : a.messages()) {
                if (m.isRequest() && "INVITE".equals(m.method()) && java.util.Objects.equals(m.callId(), first.callId())) {
                    add(m.context().source().ip());
                    add(m.context().destination().ip());
                }
            }
        }
        for (SipMessage m : a.messages()) {
            add(m.context().source().ip());
            add(m.context().destination().ip());
        }
        for (Hop h : a.hops()) {
            add(h.client().ip());
            add(h.server().ip());
            if (h.clientLabel() != null) {
                names.putIfAbsent(h.client().ip(), h.clientLabel());
            }
            if (h.serverLabel() != null) {
                names.putIfAbsent(h.server().ip(), h.serverLabel());
            }
        }
        for (SipMessage m : a.messages()) {
            if (m.isRequest() && m.topVia() != null && m.topVia().host() != null && !m.topVia().hostIsIpLiteral()) {
                names.putIfAbsent(m.context().source().ip(), m.topVia().host());
            }
        }
    }

    private void add(String ip) {
        if (!ips.contains(ip)) {
            ips.add(ip);
        }
    }

    int column(String ip) {
        return ips.indexOf(ip);
    }

    String label(String ip) {
        return names.getOrDefault(ip, "");
    }
}
