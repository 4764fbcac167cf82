package org.siptrust.ui.trust.internal.graph;

import java.util.List;

/**
 * One SIP element of the path: everything seen at one IP address (a UA or proxy listens on one
 * port and opens connections from many ephemeral ones, so the address is what identifies it).
 *
 * @param index          position from the left, 0-based
 * @param ip             the address
 * @param listeningPorts ports on which it accepted connections (server side), ascending
 * @param clientPorts    ports from which it opened connections, ascending
 * @param names          host names it goes by (hop labels: certificate identity or Via host), first is best
 * @param identities     SIP identities of the certificates it presented (RFC 5922 §7.1 reading)
 * @param role           {@code proxy} when it forwarded a request it received, else {@code UA}
 */
public record GraphNode(int index, String ip, List<Integer> listeningPorts, List<Integer> clientPorts, List<String> names,
        List<String> identities, String role) {

    public GraphNode {
        listeningPorts = List.copyOf(listeningPorts);
        clientPorts = List.copyOf(clientPorts);
        names = List.copyOf(names);
        identities = List.copyOf(identities);
    }

    /** The best name for the element: its first host name, else its address. */
    public String title() {
        return names.isEmpty() ? ip : names.get(0);
    }

    /** Address and listening port(s): {@code 127.0.0.12:5061}, {@code [2001:db8::1]:5061/5062}, or the bare address. */
    public String address() {
        String host = ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip;
        if (listeningPorts.isEmpty()) {
            return host;
        }
        StringBuilder s = new StringBuilder(host).append(':');
        for (int i = 0; i < listeningPorts.size(); i++) {
            s.append(i == 0 ? "" : "/").append(listeningPorts.get(i));
        }
        return s.toString();
    }

    /**
     * The text of the node's box: the title, role and address, then the identities its certificates
     * prove (the layout wraps long names).
     */
    public List<String> lines() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(title());
        out.add(role + " · " + address());
        if (identities.isEmpty()) {
            out.add("no certificate seen");
        } else {
            int shown = Math.min(identities.size(), 2);
            for (int i = 0; i < shown; i++) {
                out.add("proves " + identities.get(i));
            }
            if (identities.size() > shown) {
                out.add("+" + (identities.size() - shown) + " more identities");
            }
        }
        return out;
    }
}
