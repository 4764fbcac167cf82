package org.siptrust.ui.certs.internal.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.siptrust.x509.CertificateInfo;

/** Short display forms: common names out of RFC 2253 names, dates, fingerprints. */
public final class Names {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Names() {
    }

    public static String commonName(CertificateInfo c) {
        List<String> cns = c.subjectCommonNames();
        return cns.isEmpty() ? c.subject() : cns.get(0);
    }

    /** The first CN= value of an RFC 2253 name (RFC 2253 lists the most specific RDN first), or the whole name. */
    public static String commonNameOf(String rfc2253) {
        String found = null;
        for (String rdn : splitRdns(rfc2253)) {
            String t = rdn.trim();
            if (t.regionMatches(true, 0, "CN=", 0, 3)) {
                if (found == null) {
                    found = unescape(t.substring(3));
                }
            }
        }
        return found == null ? rfc2253 : found;
    }

    /** The RDNs of an RFC 2253 string, split at commas that are not escaped. */
    public static List<String> splitRdns(String rfc2253) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < rfc2253.length(); i++) {
            char ch = rfc2253.charAt(i);
            if (ch == '\\' && i + 1 < rfc2253.length()) {
                cur.append(ch).append(rfc2253.charAt(++i));
            } else if (ch == '"') {
                quoted = !quoted;
                cur.append(ch);
            } else if ((ch == ',' || ch == ';') && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String unescape(String v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '\\' && i + 1 < v.length()) {
                ch = v.charAt(++i);
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    public static String dateTime(Instant t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    public static String date(Instant t) {
        return t == null ? "" : DATE.format(t);
    }

    /** {@code AB:CD:...} from lower-case hex, as openssl prints fingerprints. */
    public static String colonHex(String hex) {
        if (hex == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < hex.length(); i += 2) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(hex, i, i + 2);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** "3 years 12 days" style distance between two instants, coarse on purpose. */
    public static String distance(Instant a, Instant b) {
        long seconds = Math.abs(b.getEpochSecond() - a.getEpochSecond());
        long days = seconds / 86_400;
        if (days >= 365) {
            long years = days / 365;
            long rest = days % 365;
            return years + (years == 1 ? " year" : " years") + (rest == 0 ? "" : " " + rest + (rest == 1 ? " day" : " days"));
        }
        if (days >= 1) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = seconds / 3600;
        if (hours >= 1) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return (seconds / 60) + " minutes";
    }
}
