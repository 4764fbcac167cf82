package org.siptrust.dns;

import java.util.ArrayList;
import java.util.List;
import org.siptrust.core.RuleRef;

/**
 * An SRV target that may serve as an additional reference identity because the NAPTR and SRV
 * records that named it are DNSSEC-secure (RFC 7673 §3 and the DANE-SRV profile of
 * draft-johansson-dane-sip): an attacker who cannot forge signed DNS cannot redirect the client
 * to another host, so the certificate may name the target instead of the service domain.
 *
 * @param serviceDomain the URI host the resolution started from
 * @param target        the SRV target host (no trailing dot)
 * @param port          the SRV port
 * @param transport     the transport of the SRV branch
 * @param srvOwner      the SRV owner name
 * @param naptrOwner    the NAPTR owner, or null when no NAPTR was used
 * @param rule          the clause this rests on
 */
public record SrvReferenceIdentity(String serviceDomain, String target, int port, SipTransport transport,
        String srvOwner, String naptrOwner, RuleRef rule) {

    /** The secure SRV targets of a resolution. */
    public static List<SrvReferenceIdentity> of(Resolution resolution) {
        List<SrvReferenceIdentity> out = new ArrayList<>();
        walk(resolution.target().host(), resolution.root(), null, out);
        return out;
    }

    private static void walk(String domain, ResolutionNode node, ResolutionNode naptr, List<SrvReferenceIdentity> out) {
        for (ResolutionNode child : node.children()) {
            if ("NAPTR".equals(child.type())) {
                if (child.hasAnswer() && child.dnssec() == DnssecStatus.SECURE) {
                    walk(domain, child, child, out);
                }
                continue;
            }
            if ("SRV".equals(child.type())) {
                if (child.hasAnswer() && child.dnssec() == DnssecStatus.SECURE) {
                    for (ResolutionNode host : child.children()) {
                        if (ResolutionNode.HOST.equals(host.type()) && host.port() >= 0) {
                            SrvReferenceIdentity id = new SrvReferenceIdentity(domain, host.name(), host.port(),
                                    child.transport(), child.name(), naptr == null ? null : naptr.name(),
                                    RuleRef.rfc(7673, "3"));
                            if (out.stream().noneMatch(o -> o.target.equalsIgnoreCase(id.target) && o.port == id.port
                                    && o.transport == id.transport)) {
                                out.add(id);
                            }
                        }
                    }
                }
                continue;
            }
            walk(domain, child, naptr, out);
        }
    }
}
