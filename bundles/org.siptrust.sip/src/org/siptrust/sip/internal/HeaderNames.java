package org.siptrust.sip.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Header names as SIP compares them: case-insensitively, with the single-letter compact forms of
 * RFC 3261 §7.3.3 and later RFCs mapped to their long names.
 */
public final class HeaderNames {

    private static final Map<String, String> COMPACT = new HashMap<>();
    private static final Map<String, String> CANONICAL = new HashMap<>();

    /**
     * Headers whose grammar is not a comma-separated list, or whose values contain commas that do
     * not separate elements (challenge/credential parameters, dates, free text, single name-addr).
     */
    private static final Set<String> NOT_LISTS = Set.of(
            "www-authenticate", "authorization", "proxy-authenticate", "proxy-authorization",
            "authentication-info", "date", "identity", "identity-info", "call-id", "cseq", "from", "to",
            "content-length", "content-type", "content-disposition", "max-forwards", "min-expires",
            "expires", "subject", "user-agent", "server", "organization", "retry-after", "timestamp",
            "mime-version", "priority", "reply-to", "refer-to", "referred-by", "replaces", "join", "event",
            "subscription-state", "session-expires", "min-se", "rseq", "rack", "sip-etag", "sip-if-match",
            "p-charging-vector", "p-charging-function-addresses", "target-dialog", "content-id",
            "call-info-digest", "p-asserted-service", "p-called-party-id", "geolocation-routing",
            "refer-sub", "x-asserted-identity");

    static {
        compact("i", "Call-ID");
        compact("m", "Contact");
        compact("e", "Content-Encoding");
        compact("l", "Content-Length");
        compact("f", "From");
        compact("s", "Subject");
        compact("k", "Supported");
        compact("t", "To");
        compact("v", "Via");
        compact("c", "Content-Type");
        compact("o", "Event");
        compact("u", "Allow-Events");
        compact("r", "Refer-To");
        compact("b", "Referred-By");
        compact("x", "Session-Expires");
        compact("y", "Identity");
        compact("n", "Identity-Info");
        compact("a", "Accept-Contact");
        compact("j", "Reject-Contact");
        compact("d", "Request-Disposition");
        for (String n : new String[] {"Record-Route", "Route", "CSeq", "Max-Forwards", "WWW-Authenticate",
                "Proxy-Authenticate", "Proxy-Authorization", "Authorization", "MIME-Version", "RSeq", "RAck",
                "SIP-ETag", "SIP-If-Match", "P-Asserted-Identity", "P-Preferred-Identity"}) {
            CANONICAL.put(n.toLowerCase(Locale.ROOT), n);
        }
    }

    private HeaderNames() {
    }

    private static void compact(String letter, String full) {
        COMPACT.put(letter, full);
        CANONICAL.put(full.toLowerCase(Locale.ROOT), full);
    }

    /** The lower-case long name used as a lookup key: {@code "v"} and {@code "VIA"} both give {@code "via"}. */
    public static String key(String name) {
        String lower = lowerAscii(name.trim());
        String full = COMPACT.get(lower);
        return full != null ? full.toLowerCase(Locale.ROOT) : lower;
    }

    /** Lower-cases ASCII letters without allocating when there are none to change. */
    private static String lowerAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || c > 0x7f) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    /** The long name in its usual spelling where known ({@code "i"} gives {@code "Call-ID"}), else the name as given. */
    public static String canonical(String name) {
        String k = key(name);
        String c = CANONICAL.get(k);
        return c != null ? c : name.trim();
    }

    /** True if the name is a one-letter compact form. */
    public static boolean isCompact(String name) {
        return COMPACT.containsKey(name.trim().toLowerCase(Locale.ROOT));
    }

    /** True if values of this header are comma-separated lists that should be split into elements. */
    public static boolean isList(String name) {
        return !NOT_LISTS.contains(key(name));
    }

    /** RFC 3261 token characters (used for header names and methods). */
    public static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isTokenChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-.!%*_+`'~".indexOf(c) >= 0;
    }
}
