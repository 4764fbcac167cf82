package org.siptrust.x509;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.siptrust.x509.internal.HostNames;

/**
 * Compares a reference identity (the name the client meant to reach) with what a certificate
 * presents, under the profiles of TRUST-RULES R10, each with its own explanation so they can be
 * shown side by side.
 */
public final class NameMatcher {

    private NameMatcher() {
    }

    /**
     * RFC 5922 §7.2: case-insensitive comparison of whole DNS names against the SIP identities
     * (IDNs as A-labels); no wildcards, no suffix matching. A reference given as a SIP URI is
     * reduced to its host part.
     */
    public static MatchResult rfc5922Matches(String reference, SipIdentitySet ids) {
        String ref = referenceHost(reference);
        if (ref.isEmpty()) {
            return new MatchResult(false, null, "no reference identity to compare", Rules.SIP_MATCHING);
        }
        if (HostNames.parseIp(ref) != null) {
            return new MatchResult(false, null, "the reference " + ref + " is an IP literal: RFC 5922 has no IP"
                    + " identity type, so no certificate can match it (" + Rules.SIP_MATCHING + ")", Rules.SIP_MATCHING);
        }
        SipIdentity hit = ids.find(ref);
        if (hit != null) {
            return new MatchResult(true, hit.name(), "the reference " + ref + " equals the SIP identity " + hit.name()
                    + " (" + describe(hit.source()) + "; " + Rules.SIP_MATCHING + ")", Rules.SIP_MATCHING);
        }
        StringBuilder why = new StringBuilder();
        if (ids.isEmpty()) {
            why.append("the certificate carries no SIP identity (").append(Rules.SIP_IDENTITY).append(")");
        } else {
            why.append("the reference ").append(ref).append(" equals none of the SIP identities ")
                    .append(ids.names()).append(" (whole-name comparison, no wildcards or suffixes; ")
                    .append(Rules.SIP_MATCHING).append(")");
        }
        for (RejectedName r : ids.rejected()) {
            String n = r.name();
            if (r.wildcard() && r.presented().startsWith("DNS:") && HostNames.wildcardMatchesStrict(n, ref)) {
                why.append("; ").append(r.presented()).append(" matches under RFC 9525, not SIP-compliant under ")
                        .append(Rules.SIP_MATCHING);
            } else if (!r.wildcard() && HostNames.normalize(n).equals(ref)) {
                why.append("; ").append(r.presented()).append(" has the same name but does not count: ").append(r.reason());
            }
        }
        return new MatchResult(false, null, why.toString(), Rules.SIP_MATCHING);
    }

    /**
     * RFC 9525 generic TLS: dNSName entries only (the CN is never used); a wildcard is accepted
     * only as the whole left-most label and matches exactly one label.
     */
    public static MatchResult rfc9525Matches(String reference, CertificateInfo cert) {
        String ref = referenceHost(reference);
        if (ref.isEmpty()) {
            return new MatchResult(false, null, "no reference identity to compare", Rules.GENERIC_TLS);
        }
        if (HostNames.parseIp(ref) != null) {
            return new MatchResult(false, null, "the reference " + ref + " is an IP literal; this profile compares"
                    + " host names with dNSName entries only", Rules.GENERIC_TLS);
        }
        List<String> names = new ArrayList<>();
        for (SubjectAltName san : cert.subjectAltNames()) {
            if (san.kind() != SubjectAltName.Kind.DNS) {
                continue;
            }
            names.add(san.value());
            String n = HostNames.normalize(san.value());
            if (n.equals(ref)) {
                return new MatchResult(true, san.value(), "dNSName " + san.value() + " equals the reference " + ref
                        + " (" + Rules.GENERIC_TLS + ")", Rules.GENERIC_TLS);
            }
            if (HostNames.isWildcard(n) && HostNames.wildcardMatchesStrict(n, ref)) {
                return new MatchResult(true, san.value(), "wildcard dNSName " + san.value() + " covers " + ref
                        + " (whole left-most label, one label; " + Rules.GENERIC_TLS + ")", Rules.GENERIC_TLS);
            }
        }
        String why = names.isEmpty()
                ? "the certificate has no dNSName entry and RFC 9525 never falls back to the subject CN"
                : "no dNSName entry " + names + " matches " + ref;
        return new MatchResult(false, null, why + " (" + Rules.GENERIC_TLS + ")", Rules.GENERIC_TLS);
    }

    /**
     * What lenient vendor stacks accept: subject CN, dNSName, the host of any URI entry and
     * iPAddress entries; wildcards anywhere in the left-most label. The reference may be a host
     * name or an IP literal.
     */
    public static MatchResult lenientMatches(String referenceHostOrIp, CertificateInfo cert) {
        String ref = referenceHost(referenceHostOrIp);
        if (ref.isEmpty()) {
            return new MatchResult(false, null, "no reference identity to compare", Rules.LENIENT);
        }
        byte[] ip = HostNames.parseIp(ref);
        List<String> tried = new ArrayList<>();
        for (SubjectAltName san : cert.subjectAltNames()) {
            switch (san.kind()) {
                case IP_ADDRESS -> {
                    tried.add(san.openssl());
                    if (ip != null && san.value().equals(HostNames.formatIp(ip))) {
                        return hit(san.openssl(), ref, "iPAddress entry");
                    }
                }
                case DNS -> {
                    tried.add(san.openssl());
                    if (nameMatches(san.value(), ref, ip)) {
                        return hit(san.value(), ref, "dNSName");
                    }
                }
                case URI -> {
                    tried.add(san.openssl());
                    String host = uriHost(san.value());
                    if (host != null && nameMatches(host, ref, ip)) {
                        return hit(san.value(), ref, "URI host");
                    }
                }
                default -> {
                }
            }
        }
        for (String cn : cert.subjectCommonNames()) {
            tried.add("CN=" + cn);
            if (nameMatches(cn, ref, ip)) {
                return hit(cn, ref, "subject CN");
            }
        }
        return new MatchResult(false, null, "nothing the certificate presents " + tried + " matches " + ref
                + ", even leniently (CN, dNSName, URI host, iPAddress, wildcards)", Rules.LENIENT);
    }

    private static MatchResult hit(String name, String ref, String where) {
        return new MatchResult(true, name, where + " " + name + " matches " + ref + " under the lenient vendor profile ("
                + Rules.LENIENT + "; not RFC 5922)", Rules.LENIENT);
    }

    private static boolean nameMatches(String presented, String ref, byte[] refIp) {
        if (refIp != null) {
            byte[] p = HostNames.parseIp(presented);
            return p != null && Arrays.equals(p, refIp);
        }
        String n = HostNames.normalize(presented);
        return n.equals(ref) || (HostNames.isWildcard(n) && HostNames.wildcardMatchesLenient(n, ref));
    }

    /** Host part of any URI ({@code scheme:[user@]host[:port][;params][?headers]}), or null. */
    private static String uriHost(String uri) {
        int colon = uri.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String rest = uri.substring(colon + 1);
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                rest = rest.substring(0, slash);
            }
        }
        return hostOf(rest);
    }

    private static String hostOf(String userHostPortParams) {
        String s = userHostPortParams;
        int end = s.length();
        for (char c : new char[] {';', '?'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        s = s.substring(0, end);
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            return close > 0 ? s.substring(1, close) : s;
        }
        if (HostNames.parseIp(s) != null) {
            return s;
        }
        int c = s.indexOf(':');
        return c >= 0 ? s.substring(0, c) : s;
    }

    /** The host of a reference given as a bare name, an IP literal or a sip/sips URI; normalized. */
    static String referenceHost(String reference) {
        if (reference == null) {
            return "";
        }
        String r = reference.trim();
        String lower = r.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sip:") || lower.startsWith("sips:")) {
            r = r.substring(r.indexOf(':') + 1);
        }
        r = hostOf(r);
        byte[] ip = HostNames.parseIp(r);
        return ip != null ? HostNames.formatIp(ip) : HostNames.normalize(r);
    }

    private static String describe(SipIdentity.Source s) {
        return switch (s) {
            case URI_SAN -> "from a sip URI subjectAltName";
            case DNS_SAN -> "from a dNSName subjectAltName";
            case CN -> "from the subject CN, as there is no subjectAltName";
        };
    }
}
