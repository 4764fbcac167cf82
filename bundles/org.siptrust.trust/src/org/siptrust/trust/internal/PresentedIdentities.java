package org.siptrust.trust.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.SipIdentities;
import org.siptrust.x509.SipIdentity;
import org.siptrust.x509.SipIdentitySet;

/**
 * The SIP identities a certificate presents, as the RFC 5922 profile compares them.
 *
 * <p>RFC 5922 §7.1 accepts a dNSName "if and only if no other identity is found that matches the
 * 'sip' URI type". {@link SipIdentities} implements the strict reading (any sip URI SAN hides every
 * dNSName). Certificates in the field (and the corpus's kamailio proxies) carry the SIP domain as a
 * URI SAN and their host names as dNSNames, and a Route towards the host name is expected to
 * authenticate. The comparison therefore takes the URI identities first and falls back to the
 * dNSNames when no URI identity matches the reference; a match made that way says so in its
 * explanation, so the strict reading stays visible.
 */
public final class PresentedIdentities {
    private final CertificateInfo certificate;
    private final SipIdentitySet strict;
    private final List<String> uriNames;
    private final List<String> dnsNames;
    private final List<String> cnNames;

    public PresentedIdentities(CertificateInfo certificate) {
        this.certificate = certificate;
        this.strict = SipIdentities.extract(certificate);
        List<String> uri = new ArrayList<>();
        List<String> cn = new ArrayList<>();
        for (SipIdentity id : strict.identities()) {
            if (id.source() == SipIdentity.Source.URI_SAN) {
                uri.add(id.name());
            } else if (id.source() == SipIdentity.Source.CN) {
                cn.add(id.name());
            }
        }
        List<String> dns = new ArrayList<>();
        for (String s : certificate.sanStrings()) {
            if (s.startsWith("DNS:")) {
                String n = s.substring(4).trim().toLowerCase(Locale.ROOT);
                if (!n.startsWith("*") && !n.isEmpty()) {
                    dns.add(n);
                }
            }
        }
        this.uriNames = List.copyOf(uri);
        this.dnsNames = List.copyOf(dns);
        this.cnNames = List.copyOf(cn);
    }

    public CertificateInfo certificate() {
        return certificate;
    }

    public SipIdentitySet strict() {
        return strict;
    }

    /** Every name the RFC 5922 profile can match, URI identities first. */
    public List<String> all() {
        Set<String> s = new LinkedHashSet<>(uriNames);
        s.addAll(dnsNames);
        s.addAll(cnNames);
        return List.copyOf(s);
    }

    /** For display: the names with how each counts ("biloxi.example.com (URI SAN)"). */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (String n : uriNames) {
            out.add(n + " (URI SAN)");
        }
        for (String n : dnsNames) {
            if (!uriNames.contains(n)) {
                out.add(n + (uriNames.isEmpty() ? " (dNSName)" : " (dNSName, when no URI identity matches)"));
            }
        }
        for (String n : cnNames) {
            out.add(n + " (CN, no subjectAltName)");
        }
        return out;
    }

    public boolean isEmpty() {
        return uriNames.isEmpty() && dnsNames.isEmpty() && cnNames.isEmpty();
    }

    public boolean cnFallback() {
        return !cnNames.isEmpty();
    }

    /** How {@code reference} matches: "URI", "DNS", "CN", or null. Case-insensitive whole-name comparison (§7.2). */
    public String matchKind(String reference) {
        String r = reference.toLowerCase(Locale.ROOT);
        if (uriNames.contains(r)) {
            return "URI";
        }
        if (dnsNames.contains(r)) {
            return "DNS";
        }
        if (cnNames.contains(r)) {
            return "CN";
        }
        return null;
    }
}
