package org.siptrust.x509;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.siptrust.x509.SipIdentity.Source;
import org.siptrust.x509.internal.HostNames;

/**
 * Extracts the SIP domain identities of a certificate as RFC 5922 §7.1 prescribes
 * (TRUST-RULES R2):
 * <ol>
 * <li>subjectAltName URIs with scheme {@code sip} and no user part: the host part is an identity;</li>
 * <li>dNSName entries count only if step 1 found none;</li>
 * <li>the subject CN counts only if there is no subjectAltName extension at all;</li>
 * <li>iPAddress entries never count.</li>
 * </ol>
 * Wildcard names are not SIP identities (RFC 5922 §7.2 has no wildcard matching). Every name
 * considered and not accepted is listed with the reason, so the user can argue with the verdict.
 */
public final class SipIdentities {

    private SipIdentities() {
    }

    public static SipIdentitySet extract(CertificateInfo cert) {
        List<SipIdentity> ids = new ArrayList<>();
        List<RejectedName> rejected = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (!cert.hasSubjectAltNameExtension()) {
            for (String cn : cert.subjectCommonNames()) {
                String shown = "CN=" + cn;
                String n = HostNames.normalize(cn);
                if (HostNames.isWildcard(n)) {
                    rejected.add(new RejectedName(shown, true, shown + " is a wildcard: not a SIP identity under "
                            + Rules.SIP_MATCHING + " (RFC 9525 never uses the CN either)"));
                } else if (!HostNames.isDnsName(n) || n.indexOf('.') < 0) {
                    // A bare word (CN=bob, CN=R3) is a person's or CA's name far more often than a domain.
                    rejected.add(new RejectedName(shown, false, shown + " is not a fully qualified DNS name, so it"
                            + " cannot be a SIP domain identity (" + Rules.SIP_IDENTITY + ")"));
                } else if (seen.add(n)) {
                    ids.add(new SipIdentity(n, Source.CN, "subject " + shown + " counts because the certificate has"
                            + " no subjectAltName extension at all (" + Rules.SIP_IDENTITY + ", CN fallback)"));
                }
            }
            if (cert.subjectCommonNames().isEmpty()) {
                rejected.add(new RejectedName("(no subject CN)", false, "the certificate has neither a subjectAltName"
                        + " extension nor a subject CN, so it carries no SIP identity (" + Rules.SIP_IDENTITY + ")"));
            }
            return new SipIdentitySet(ids, rejected, !ids.isEmpty());
        }

        List<SubjectAltName> dns = new ArrayList<>();
        for (SubjectAltName san : cert.subjectAltNames()) {
            switch (san.kind()) {
                case URI -> uri(san, ids, rejected, seen);
                case DNS -> dns.add(san);
                case IP_ADDRESS -> rejected.add(new RejectedName(san.openssl(), false, san.openssl()
                        + ": iPAddress entries are never SIP identities (" + Rules.SIP_IDENTITY + ")"));
                default -> rejected.add(new RejectedName(san.openssl(), false, san.openssl()
                        + ": only URI and DNS subjectAltName entries can hold a SIP domain identity ("
                        + Rules.SIP_IDENTITY + ")"));
            }
        }
        boolean uriFound = !ids.isEmpty();
        for (SubjectAltName san : dns) {
            String n = HostNames.normalize(san.value());
            boolean wildcard = HostNames.isWildcard(n);
            if (uriFound) {
                rejected.add(new RejectedName(san.openssl(), wildcard, san.openssl() + " is not used because the"
                        + " certificate has sip URI identities; dNSName entries count only without them ("
                        + Rules.SIP_IDENTITY + ")"));
            } else if (wildcard) {
                rejected.add(new RejectedName(san.openssl(), true, san.openssl() + " is a wildcard: not a SIP identity"
                        + " under " + Rules.SIP_MATCHING + " (RFC 9525 would accept it for generic TLS)"));
            } else if (!HostNames.isDnsName(n)) {
                rejected.add(new RejectedName(san.openssl(), false, san.openssl() + " is not a valid DNS name ("
                        + Rules.SAN + ")"));
            } else if (seen.add(n)) {
                ids.add(new SipIdentity(n, Source.DNS_SAN, san.openssl() + " counts because the certificate has no"
                        + " sip URI identity without a user part (" + Rules.SIP_IDENTITY + ")"));
            }
        }
        for (String cn : cert.subjectCommonNames()) {
            rejected.add(new RejectedName("CN=" + cn, false, "subject CN=" + cn + " is not consulted because the"
                    + " certificate has a subjectAltName extension (" + Rules.SIP_IDENTITY + ")"));
        }
        return new SipIdentitySet(ids, rejected, false);
    }

    private static void uri(SubjectAltName san, List<SipIdentity> ids, List<RejectedName> rejected, Set<String> seen) {
        String v = san.value();
        String shown = "URI " + v;
        int colon = v.indexOf(':');
        String scheme = colon > 0 ? v.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("sip")) {
            rejected.add(new RejectedName(san.openssl(), false, shown + " has scheme "
                    + (scheme.isEmpty() ? "(none)" : scheme) + ", not sip" + (scheme.equals("sips")
                            ? " (RFC 5922 identities are encoded as sip URIs only)" : "")
                    + " (" + Rules.SIP_IDENTITY + ")"));
            return;
        }
        String rest = v.substring(colon + 1);
        int end = indexOfAny(rest, ";?");
        String userHostPort = end >= 0 ? rest.substring(0, end) : rest;
        if (userHostPort.indexOf('@') >= 0) {
            rejected.add(new RejectedName(san.openssl(), false, shown + " has a user part: it identifies a user,"
                    + " not a domain (" + Rules.SIP_IDENTITY + ")"));
            return;
        }
        String host;
        if (userHostPort.startsWith("[")) {
            int close = userHostPort.indexOf(']');
            host = close > 0 ? userHostPort.substring(0, close + 1) : userHostPort;
        } else {
            int c = userHostPort.indexOf(':');
            host = c >= 0 ? userHostPort.substring(0, c) : userHostPort;
        }
        String n = HostNames.normalize(host);
        if (HostNames.parseIp(n) != null) {
            rejected.add(new RejectedName(san.openssl(), false, shown + " has an IP literal as host: SIP domain"
                    + " identities are domain names (" + Rules.SIP_IDENTITY + ")"));
        } else if (HostNames.isWildcard(n)) {
            rejected.add(new RejectedName(san.openssl(), true, shown + " has a wildcard host: not a SIP identity"
                    + " under " + Rules.SIP_MATCHING));
        } else if (!HostNames.isDnsName(n)) {
            rejected.add(new RejectedName(san.openssl(), false, shown + " has no valid host part ("
                    + Rules.SIP_IDENTITY + ")"));
        } else if (seen.add(n)) {
            ids.add(new SipIdentity(n, Source.URI_SAN, shown + " has scheme sip and no user part: its host part is a"
                    + " SIP domain identity (" + Rules.SIP_IDENTITY + ")"));
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
