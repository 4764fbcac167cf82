package org.siptrust.ui.trust.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each cited clause requires, in one or two sentences of our own (paraphrases, not quotations:
 * read the RFC for the normative text). Keys are the clause as verdicts and findings print it
 * ({@code RFC 5922 §7.5}); a sub-section without its own entry falls back to its parent
 * ({@code RFC 5280 §6.1.3} to {@code RFC 5280 §6.1}).
 */
public final class RfcExcerpts {
    private static final Map<String, String> TEXT = new LinkedHashMap<>();

    static {
        put("RFC 5922 §7.1", "The SIP domain identities of a certificate are the host parts of subjectAltName URIs with the "
                + "sip scheme and no user part; dNSName entries count only when there is no such URI, and the subject CN "
                + "only when the certificate has no subjectAltName at all. Other names are not SIP identities.");
        put("RFC 5922 §7.2", "The domain is compared with each identity as a whole DNS name, ignoring case but not "
                + "scheme, port or parameters; wildcards and suffix matches are not allowed.");
        put("RFC 5922 §7.3", "The client checks the server's certificate against the domain it meant to reach (from "
                + "the Route or Request-URI, not the SRV target); when no identity matches, it must not go on using the "
                + "connection.");
        put("RFC 5922 §7.4", "A server authenticates a client only from the certificate it asked for; a client that "
                + "presented none is unauthenticated, and its identities only inform local policy.");
        put("RFC 5922 §7.5", "A proxy that Record-Routes and expects TLS must put in Record-Route a URI whose host is an "
                + "identity of its own certificate. No certificate can prove an IP address as a SIP identity, so a hop "
                + "reached through an IP literal cannot be authenticated.");
        put("RFC 5922 §7.8", "A TLS client should send the server_name (SNI) extension naming the domain it wants, so a "
                + "server hosting several domains can present the right certificate.");
        put("RFC 3263 §4.1", "The client finds the server of a domain through NAPTR and SRV lookups; the certificate is "
                + "checked against the domain that was looked up, so every name on that path matters.");
        put("RFC 3263 §4.2", "When the target is a numeric IP address there is no DNS lookup: the client connects to "
                + "that address directly, and no domain name remains to check a certificate against.");
        put("RFC 3263 §4", "The transport, port and address of the next hop come from the target URI and DNS (NAPTR, "
                + "SRV, A/AAAA) unless the URI names them explicitly.");
        put("RFC 7673 §3", "When the SRV records were DNSSEC-validated, the SRV target host may serve as a reference "
                + "identity besides the service domain, and TLSA records at that target constrain the certificate.");
        put("RFC 9525 §6.3", "For generic TLS services the reference DNS name is compared with dNSName subjectAltNames "
                + "only, never the CN; a wildcard may only stand for the whole left-most label.");
        put("RFC 9525 §6.2", "The client matches the reference identifiers it built from its configuration; an IP "
                + "address can only match an iPAddress entry, never a DNS name.");
        put("RFC 5923 §8.2", "A connection may carry requests towards a target only if the peer's certificate presents an "
                + "identity matching that target's domain.");
        put("RFC 5923 §9.2", "When the side that opened a connection presented no certificate, the other side cannot "
                + "authenticate it and must ignore its alias, so no requests may flow back over that connection.");
        put("RFC 5923 §8", "Reusing a TLS connection in the reverse direction needs both peers authenticated for the "
                + "names the connection is used for.");
        put("RFC 5923 §4", "The alias Via parameter asks the receiver to reuse the connection for requests back to the "
                + "sender; it is only meaningful over TLS with mutual authentication.");
        put("RFC 3261 §26.2", "A sips: URI asks for TLS on every hop up to the target domain; a request for it carried "
                + "over plain UDP or TCP breaks that promise.");
        put("RFC 3261 §19.1", "The sips: scheme means the resource must be reached securely, with TLS on each hop.");
        put("RFC 6066 §3", "Server Name Indication carries a DNS host name in the ClientHello; IPv4 and IPv6 address "
                + "literals are not allowed in it.");
        put("RFC 2818 §3.1", "HTTPS checks a host name against dNSName entries (wildcards allowed) or the CN, and an IP "
                + "address against iPAddress entries: the practice many SIP vendors copied.");
        put("vendor practice", "Not a standard: what many implementations accept (the CN, any subjectAltName type "
                + "including iPAddress, wildcards); shown only to compare with the RFC profiles.");
        put("RFC 5280 §6", "Path validation builds a chain from the certificate to a trust anchor and checks each "
                + "signature, validity period and CA constraint; here it is evaluated at the capture time.");
        put("RFC 5280 §6.1", "Each certificate of the path must be signed by the next, be within its validity period and "
                + "be allowed to issue certificates; the last must be issued by a trust anchor.");
        put("RFC 5280 §4.2.1.12", "When an Extended Key Usage extension is present, the certificate may only be used for "
                + "the purposes it lists.");
        put("RFC 5924 §4.1", "A certificate with an Extended Key Usage extension suits SIP only if it lists id-kp-sipDomain, "
                + "the purpose the TLS role needs (serverAuth or clientAuth), or anyExtendedKeyUsage.");
        put("RFC 6698 §2.1", "A TLSA record says which certificate or key (usage, selector, matching type) the TLS "
                + "server at a port and name must present.");
        put("RFC 7671 §5.1", "A DANE-EE (usage 3) record authenticates the leaf certificate or key directly: its "
                + "validity dates and names are not checked.");
        put("RFC 7671 §5.2", "A DANE-TA (usage 2) record names a trust anchor the chain must reach; names are still "
                + "checked.");
        put("RFC 4035 §5", "A validating resolver classifies answers as secure, insecure, bogus or indeterminate; only "
                + "secure answers can back DANE.");
    }

    private RfcExcerpts() {
    }

    private static void put(String clause, String text) {
        TEXT.put(clause, text);
    }

    /** The paraphrase of {@code clause}, or of its nearest parent section that has one. */
    public static Optional<String> of(String clause) {
        if (clause == null) {
            return Optional.empty();
        }
        String key = clause.trim();
        while (true) {
            String t = TEXT.get(key);
            if (t != null) {
                return Optional.of(t);
            }
            int dot = key.lastIndexOf('.');
            int section = key.indexOf('§');
            if (dot < 0 || section < 0 || dot < section) {
                return Optional.empty();
            }
            key = key.substring(0, dot);
        }
    }

    /** Every clause with a built-in paraphrase, in the order above. */
    public static List<String> clauses() {
        return new ArrayList<>(TEXT.keySet());
    }
}
