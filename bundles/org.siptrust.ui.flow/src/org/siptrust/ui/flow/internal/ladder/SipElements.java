package org.siptrust.ui.flow.internal.ladder;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.Via;
import org.siptrust.trust.Hop;

/**
 * Which transport addresses of a capture are one SIP element, and what the element is called.
 *
 * <p>A SIP element listens on one port but opens connections (TCP/TLS, sometimes UDP) from
 * ephemeral ports, so the addresses of its messages differ. The rule: an address is a
 * <em>listening</em> address when it is the server of a TCP/TLS connection, the destination of a
 * UDP request, the source of a UDP response, or uses port 5060/5061. On an IP address with at most
 * one listening port, every address is the same element, shown as {@code ip:listening-port} (or
 * just {@code ip} when it never listened in the capture): one IP, one element. When an IP has
 * several listening ports (several elements on one host), each listening port is an element of
 * its own, and an ephemeral address joins the element whose port its requests' top Via sent-by
 * names; failing that it stays a column of its own.
 *
 * <p>Names: the host names learned from the certificates the element presented (the hops' labels
 * first, then the SIP identities of its certificates) and the host names of its Via sent-by.
 */
public final class SipElements {

    /** One SIP element: its address and the names it is known by (first is the label). */
    public record Element(String key, String ip, int port, List<String> names, List<Endpoint> addresses) {
        public Element {
            names = List.copyOf(names);
            addresses = List.copyOf(addresses);
        }

        /** {@code ip:port} of the listening port, or just the IP address when it never listened. */
        public String address() {
            if (port < 0) {
                return ip;
            }
            return new Endpoint(ip, port).toString();
        }

        /** The element's best name (certificate, else Via host), or its address. */
        public String label() {
            return names.isEmpty() ? address() : names.get(0);
        }
    }

    private final Map<Endpoint, Element> byEndpoint;
    private final List<Element> elements;

    private SipElements(Map<Endpoint, Element> byEndpoint, List<Element> elements) {
        this.byEndpoint = byEndpoint;
        this.elements = elements;
    }

    /** Every element of the analysis, in order of first appearance. */
    public List<Element> elements() {
        return elements;
    }

    /** The element an address belongs to, or null for an address no SIP message used. */
    public Element of(Endpoint e) {
        return e == null ? null : byEndpoint.get(e);
    }

    public static SipElements of(Analysis a) {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        Set<Endpoint> listening = new LinkedHashSet<>();
        Map<Endpoint, Set<Integer>> viaPorts = new HashMap<>();
        for (SipMessage m : a.messages()) {
            if (m.context() == null || m.context().source() == null || m.context().destination() == null) {
                continue;
            }
            Endpoint src = m.context().source();
            Endpoint dst = m.context().destination();
            endpoints.add(src);
            endpoints.add(dst);
            if (!m.context().isStream()) {
                if (m.isRequest()) {
                    listening.add(dst);
                } else if (m.isResponse()) {
                    listening.add(src);
                }
            }
            Via top = m.topVia();
            if (m.isRequest() && top != null && top.port() > 0) {
                viaPorts.computeIfAbsent(src, k -> new LinkedHashSet<>()).add(top.port());
            }
        }
        for (Connection c : a.connections()) {
            if (!"udp".equalsIgnoreCase(c.transport()) && endpoints.contains(c.server())) {
                listening.add(c.server());
            }
        }
        for (Endpoint e : endpoints) {
            if (e.port() == 5060 || e.port() == 5061) {
                listening.add(e);
            }
        }

        Map<String, TreeSet<Integer>> listeningPorts = new HashMap<>();
        for (Endpoint e : listening) {
            listeningPorts.computeIfAbsent(e.ip(), k -> new TreeSet<>()).add(e.port());
        }

        // element key per endpoint, in order of first appearance
        Map<Endpoint, String> keyOf = new LinkedHashMap<>();
        Map<String, int[]> portOfKey = new HashMap<>();
        for (Endpoint e : endpoints) {
            TreeSet<Integer> ports = listeningPorts.getOrDefault(e.ip(), new TreeSet<>());
            int port;
            if (ports.size() <= 1) {
                port = ports.isEmpty() ? -1 : ports.first();
            } else if (ports.contains(e.port())) {
                port = e.port();
            } else {
                port = e.port();
                for (int p : viaPorts.getOrDefault(e, Set.of())) {
                    if (ports.contains(p)) {
                        port = p;
                        break;
                    }
                }
            }
            String key = port < 0 ? e.ip() : new Endpoint(e.ip(), port).toString();
            keyOf.put(e, key);
            portOfKey.putIfAbsent(key, new int[] {port});
        }

        Map<String, Set<String>> names = new LinkedHashMap<>();
        keyOf.values().forEach(k -> names.computeIfAbsent(k, x -> new LinkedHashSet<>()));
        for (Hop h : a.hops()) {
            addName(names, keyOf.get(h.client()), h.clientLabel());
            addName(names, keyOf.get(h.server()), h.serverLabel());
        }
        for (Connection c : a.connections()) {
            if (c.tls() != null) {
                addCertificateNames(a, names, keyOf.get(c.server()), c.tls().serverCertificates());
                addCertificateNames(a, names, keyOf.get(c.client()), c.tls().clientCertificates());
            }
        }
        for (SipMessage m : a.messages()) {
            Via top = m.topVia();
            if (m.isRequest() && top != null && !top.hostIsIpLiteral() && m.context() != null) {
                addName(names, keyOf.get(m.context().source()), top.host().toLowerCase(java.util.Locale.ROOT));
            }
        }

        Map<String, List<Endpoint>> addresses = new LinkedHashMap<>();
        keyOf.forEach((e, k) -> addresses.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
        Map<String, Element> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, List<Endpoint>> entry : addresses.entrySet()) {
            String key = entry.getKey();
            Endpoint any = entry.getValue().get(0);
            byKey.put(key, new Element(key, any.ip(), portOfKey.get(key)[0], new ArrayList<>(names.get(key)), entry.getValue()));
        }
        Map<Endpoint, Element> byEndpoint = new HashMap<>();
        keyOf.forEach((e, k) -> byEndpoint.put(e, byKey.get(k)));
        return new SipElements(byEndpoint, List.copyOf(byKey.values()));
    }

    private static void addCertificateNames(Analysis a, Map<String, Set<String>> names, String key, List<String> chain) {
        if (key == null || chain.isEmpty()) {
            return;
        }
        CertificateRecord leaf = a.certificate(chain.get(0)).orElse(null);
        if (leaf != null && leaf.sipIdentities() != null) {
            leaf.sipIdentities().names().forEach(n -> addName(names, key, n));
        }
    }

    private static void addName(Map<String, Set<String>> names, String key, String name) {
        if (key != null && name != null && !name.isBlank()) {
            names.get(key).add(name);
        }
    }
}
