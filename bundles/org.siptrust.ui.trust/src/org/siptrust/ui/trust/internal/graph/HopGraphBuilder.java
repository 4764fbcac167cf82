package org.siptrust.ui.trust.internal.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.CertificateRecord;
import org.siptrust.analysis.Connection;
import org.siptrust.core.Endpoint;
import org.siptrust.core.Finding;
import org.siptrust.sip.SipMessage;
import org.siptrust.trust.Hop;

/**
 * Builds the {@link HopGraph} of an analysis. Edges are the TLS hops of the trust evaluation plus
 * every plain UDP/TCP connection that carried SIP; nodes are the IP addresses at their ends. The
 * elements are ordered as the call's initial INVITE travelled (the first frame in which each sends
 * or receives one, sender before receiver), then by the first SIP request they took part in, then by
 * their first connection; so alice, proxy A, proxy B, bob read left to right.
 */
public final class HopGraphBuilder {
    private HopGraphBuilder() {
    }

    /** Where an element first shows up: lower sorts first. */
    private record Order(int group, long frame, int side) implements Comparable<Order> {
        @Override
        public int compareTo(Order o) {
            int c = Integer.compare(group, o.group);
            if (c == 0) {
                c = Long.compare(frame, o.frame);
            }
            return c != 0 ? c : Integer.compare(side, o.side);
        }
    }

    /** What is collected about one address before it becomes a node. */
    private static final class Element {
        final String ip;
        final TreeSet<Integer> listening = new TreeSet<>();
        final TreeSet<Integer> clientPorts = new TreeSet<>();
        final LinkedHashSet<String> names = new LinkedHashSet<>();
        final LinkedHashSet<String> identities = new LinkedHashSet<>();
        Order order = new Order(Integer.MAX_VALUE, Long.MAX_VALUE, 0);
        boolean proxy;

        Element(String ip) {
            this.ip = ip;
        }

        void seen(Order o) {
            if (o.compareTo(order) < 0) {
                order = o;
            }
        }

        void name(String n) {
            if (n != null && !n.isBlank() && !n.equalsIgnoreCase(ip)) {
                names.add(n);
            }
        }
    }

    public static HopGraph build(Analysis analysis) {
        Map<String, Hop> hops = new HashMap<>();
        for (Hop h : analysis.hops()) {
            hops.put(h.connection(), h);
        }
        Map<String, List<SipMessage>> sipByConnection = new HashMap<>();
        for (SipMessage m : analysis.messages()) {
            if (m.context() != null && m.context().connectionId() != null) {
                sipByConnection.computeIfAbsent(m.context().connectionId(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Connection> carried = new ArrayList<>();
        for (Connection c : analysis.connections()) {
            if (hops.containsKey(c.id()) || sipByConnection.containsKey(c.id())) {
                carried.add(c);
            }
        }

        Map<String, Element> elements = new LinkedHashMap<>();
        for (Connection c : carried) {
            Element client = elements.computeIfAbsent(c.client().ip(), Element::new);
            Element server = elements.computeIfAbsent(c.server().ip(), Element::new);
            client.clientPorts.add(c.client().port());
            server.listening.add(c.server().port());
            client.seen(new Order(2, c.firstFrame(), 0));
            server.seen(new Order(2, c.firstFrame(), 1));
            Hop h = hops.get(c.id());
            if (h != null) {
                client.name(h.clientLabel());
                server.name(h.serverLabel());
                identities(analysis, h.clientCertificate(), client);
                identities(analysis, h.serverCertificate(), server);
            }
        }
        orderBySip(analysis, carried, elements);

        List<Element> sorted = new ArrayList<>(elements.values());
        sorted.sort((a, b) -> {
            int c = a.order.compareTo(b.order);
            return c != 0 ? c : a.ip.compareTo(b.ip);
        });
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        for (Element e : sorted) {
            nodes.put(e.ip, new GraphNode(nodes.size(), e.ip, List.copyOf(e.listening), List.copyOf(e.clientPorts),
                    List.copyOf(e.names), List.copyOf(e.identities), e.proxy ? "proxy" : "UA"));
        }
        List<GraphEdge> edges = new ArrayList<>();
        for (Connection c : carried) {
            List<Finding> findings = analysis.findings().stream().filter(f -> c.id().equals(f.connection())).toList();
            edges.add(new GraphEdge(c, hops.get(c.id()), nodes.get(c.client().ip()), nodes.get(c.server().ip()), findings));
        }
        return new HopGraph(analysis, List.copyOf(nodes.values()), edges);
    }

    private static void identities(Analysis analysis, String sha256, Element element) {
        if (sha256 == null) {
            return;
        }
        CertificateRecord record = analysis.certificate(sha256).orElse(null);
        if (record != null && record.sipIdentities() != null) {
            element.identities.addAll(record.sipIdentities().names());
        }
    }

    /**
     * Orders by the initial INVITEs (group 0) and other requests (group 1), names elements after
     * their Via host where no certificate named them, and finds the proxies: an address that
     * received a request and sent the same request (Call-ID, CSeq) on.
     */
    private static void orderBySip(Analysis analysis, List<Connection> carried, Map<String, Element> elements) {
        Set<String> connectionIds = new HashSet<>();
        carried.forEach(c -> connectionIds.add(c.id()));
        Map<String, Set<String>> senders = new HashMap<>();
        Map<String, Set<String>> receivers = new HashMap<>();
        for (SipMessage m : analysis.messages()) {
            if (!m.isRequest() || m.context() == null || !connectionIds.contains(m.context().connectionId())) {
                continue;
            }
            Endpoint src = m.context().source();
            Endpoint dst = m.context().destination();
            Element from = src == null ? null : elements.get(src.ip());
            Element to = dst == null ? null : elements.get(dst.ip());
            boolean initialInvite = "INVITE".equalsIgnoreCase(m.method()) && (m.toTag() == null || m.toTag().isEmpty());
            int group = initialInvite ? 0 : 1;
            if (from != null) {
                from.seen(new Order(group, m.frame(), 0));
                if (m.topVia() != null && !m.topVia().hostIsIpLiteral()) {
                    from.name(m.topVia().host());
                }
            }
            if (to != null) {
                to.seen(new Order(group, m.frame(), 1));
            }
            String key = m.callId() + "|" + m.cseq();
            if (from != null) {
                senders.computeIfAbsent(key, k -> new HashSet<>()).add(from.ip);
            }
            if (to != null) {
                receivers.computeIfAbsent(key, k -> new HashSet<>()).add(to.ip);
            }
        }
        for (Map.Entry<String, Set<String>> e : receivers.entrySet()) {
            Set<String> sent = senders.getOrDefault(e.getKey(), Set.of());
            for (String ip : e.getValue()) {
                if (sent.contains(ip)) {
                    elements.get(ip).proxy = true;
                }
            }
        }
    }
}
