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

    /**
     * Header names met often enough to get an id: lookups by these names compare ints instead of
     * lower-casing strings. Other names still work, by their lower-case key.
     */
    private static final String[] KNOWN = {"Via", "From", "To", "Call-ID", "CSeq", "Max-Forwards", "Contact",
        "Route", "Record-Route", "Content-Length", "Content-Type", "Content-Encoding", "Content-Disposition",
        "Content-Language", "Content-ID", "Subject", "Supported", "Require", "Proxy-Require", "Unsupported",
        "Allow", "Allow-Events", "Accept", "Accept-Encoding", "Accept-Language", "Accept-Contact", "Reject-Contact",
        "Request-Disposition", "Event", "Refer-To", "Referred-By", "Replaces", "Join", "Session-Expires", "Min-SE",
        "Expires", "Min-Expires", "User-Agent", "Server", "Organization", "Date", "Timestamp", "Retry-After",
        "Warning", "Priority", "Reply-To", "In-Reply-To", "MIME-Version", "Identity", "Identity-Info",
        "WWW-Authenticate", "Authorization", "Proxy-Authenticate", "Proxy-Authorization", "Authentication-Info",
        "RSeq", "RAck", "SIP-ETag", "SIP-If-Match", "Subscription-State", "Path", "Service-Route",
        "P-Asserted-Identity", "P-Preferred-Identity", "P-Charging-Vector", "P-Charging-Function-Addresses",
        "P-Asserted-Service", "P-Called-Party-ID", "Privacy", "Target-Dialog", "Call-Info", "Call-Info-Digest",
        "Alert-Info", "Error-Info", "Geolocation-Routing", "Refer-Sub", "X-Asserted-Identity"};

    /** Lower-case long name of each id. */
    private static final String[] KEYS = new String[KNOWN.length];
    private static final boolean[] LIST = new boolean[KNOWN.length];
    private static final Map<String, Integer> KEY_IDS = new HashMap<>();
    /** Open-addressing table of spellings (long names and compact letters, lower case) by String hash. */
    private static final int[] TABLE = new int[512];
    private static final String[] SPELLINGS;
    private static final int[] SPELLING_IDS;

    static {
        for (int i = 0; i < KNOWN.length; i++) {
            KEYS[i] = KNOWN[i].toLowerCase(Locale.ROOT).intern();
            LIST[i] = !NOT_LISTS.contains(KEYS[i]);
            KEY_IDS.put(KEYS[i], i);
        }
        for (String n : NOT_LISTS) {
            if (!KEY_IDS.containsKey(n)) {
                throw new IllegalStateException("header " + n + " needs an id");
            }
        }
        Map<String, Integer> spellings = new HashMap<>(KEY_IDS);
        for (Map.Entry<String, String> c : COMPACT.entrySet()) {
            Integer id = KEY_IDS.get(c.getValue().toLowerCase(Locale.ROOT));
            if (id == null) {
                throw new IllegalStateException("compact form " + c.getKey() + " needs an id");
            }
            spellings.put(c.getKey(), id);
        }
        SPELLINGS = spellings.keySet().toArray(new String[0]);
        SPELLING_IDS = new int[SPELLINGS.length];
        java.util.Arrays.fill(TABLE, -1);
        for (int e = 0; e < SPELLINGS.length; e++) {
            SPELLING_IDS[e] = spellings.get(SPELLINGS[e]);
            int slot = SPELLINGS[e].hashCode() & (TABLE.length - 1);
            while (TABLE[slot] >= 0) {
                slot = (slot + 1) & (TABLE.length - 1);
            }
            TABLE[slot] = e;
        }
    }

    private HeaderNames() {
    }

    private static void compact(String letter, String full) {
        COMPACT.put(letter, full);
        CANONICAL.put(full.toLowerCase(Locale.ROOT), full);
    }

    /**
     * The lower-case long name used as a lookup key: {@code "v"} and {@code "VIA"} both give
     * {@code "via"}. Known names give a shared constant without allocating.
     */
    public static String key(String name) {
        int id = knownId(name);
        if (id >= 0) {
            return KEYS[id];
        }
        String lower = lowerAscii(name.trim());
        String full = COMPACT.get(lower);
        return full != null ? full.toLowerCase(Locale.ROOT) : lower;
    }

    /** The id of a known header name (any case, compact forms mapped), or -1 for other names. */
    public static int id(String name) {
        int id = knownId(name);
        if (id >= 0) {
            return id;
        }
        Integer byKey = KEY_IDS.get(key(name));
        return byKey == null ? -1 : byKey;
    }

    /** The id of the header name in {@code b[from, to)} (ASCII, any case, compact forms mapped), or -1. */
    public static int id(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c > 0x7f) {
                return -1;
            }
            h = 31 * h + lower(c);
        }
        return lookup(h, to - from, null, b, from);
    }

    /** The lower-case long name of a known id. */
    public static String keyOf(int id) {
        return KEYS[id];
    }

    /** True if values of the known header {@code id} are comma-separated lists. */
    public static boolean isList(int id) {
        return id < 0 || LIST[id];
    }

    /** Trimmed ASCII names only: anything else takes the general path (non-ASCII case mapping). */
    private static int knownId(String name) {
        int from = 0;
        int to = name.length();
        while (from < to && name.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && name.charAt(to - 1) <= ' ') {
            to--;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = name.charAt(i);
            if (c > 0x7f) {
                return -1;
            }
            h = 31 * h + lower(c);
        }
        return lookup(h, to - from, name, null, from);
    }

    /**
     * The id of the spelling whose lower-case hash is {@code h} and which equals, ignoring ASCII
     * case, {@code len} characters of {@code text} (or bytes of {@code bytes}) from {@code from}; -1.
     */
    private static int lookup(int h, int len, String text, byte[] bytes, int from) {
        for (int slot = h & (TABLE.length - 1);; slot = (slot + 1) & (TABLE.length - 1)) {
            int e = TABLE[slot];
            if (e < 0) {
                return -1;
            }
            String spelling = SPELLINGS[e];
            if (spelling.length() == len && (text != null ? spelling.regionMatches(true, 0, text, from, len)
                    : sameIgnoringCase(spelling, bytes, from))) {
                return SPELLING_IDS[e];
            }
        }
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    private static boolean sameIgnoringCase(String lowerSpelling, byte[] b, int from) {
        for (int k = 0; k < lowerSpelling.length(); k++) {
            if (lower(b[from + k] & 0xff) != lowerSpelling.charAt(k)) {
                return false;
            }
        }
        return true;
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
