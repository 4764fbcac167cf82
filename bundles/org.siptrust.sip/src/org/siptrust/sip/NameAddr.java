package org.siptrust.sip;

import java.util.Locale;
import java.util.Map;

import org.siptrust.sip.internal.Params;
import org.siptrust.sip.internal.ValueSplitter;

/**
 * One From/To/Contact/Route/Record-Route value (RFC 3261 §20.10, §25.1 name-addr / addr-spec):
 * an optional display name, the URI, and the header parameters ({@code tag}, {@code expires},
 * {@code q}, ...). Without angle brackets, everything after the first {@code ;} is a header
 * parameter, not a URI parameter, as the RFC says. A Contact of {@code *} is a wildcard with no
 * URI.
 */
public final class NameAddr {

    private final String raw;
    private final String displayName;
    private final SipUri uri;
    private final boolean bracketed;
    private final Map<String, String> params;

    private NameAddr(String raw, String displayName, SipUri uri, boolean bracketed, Map<String, String> params) {
        this.raw = raw;
        this.displayName = displayName;
        this.uri = uri;
        this.bracketed = bracketed;
        this.params = params;
    }

    public static NameAddr parse(String text) throws SipParseException {
        if (text == null || text.isBlank()) {
            throw new SipParseException(0, "empty address");
        }
        String t = text.trim();
        if (t.equals("*")) {
            return new NameAddr(t, null, null, false, Map.of());
        }
        int lt = openAngle(t);
        if (lt >= 0) {
            int gt = t.indexOf('>', lt + 1);
            if (gt < 0) {
                throw new SipParseException(lt, "unterminated '<'");
            }
            String display = t.substring(0, lt).trim();
            if (display.startsWith("\"")) {
                if (display.length() < 2 || !display.endsWith("\"")) {
                    throw new SipParseException(0, "bad quoted display name");
                }
                display = ValueSplitter.unquote(display);
            } else if (display.indexOf('"') >= 0) {
                throw new SipParseException(0, "bad display name");
            }
            SipUri uri;
            try {
                uri = SipUri.parse(t.substring(lt + 1, gt));
            } catch (SipParseException e) {
                throw new SipParseException(lt + 1 + e.offset(), e.reason());
            }
            String rest = t.substring(gt + 1).trim();
            if (!rest.isEmpty() && rest.charAt(0) != ';') {
                throw new SipParseException(gt + 1, "text after '>' that is not a parameter");
            }
            Map<String, String> params = Params.parse(rest.isEmpty() ? "" : rest.substring(1));
            if (!Params.namesAreTokens(params)) {
                throw new SipParseException(gt + 1, "bad header parameter name");
            }
            return new NameAddr(t, display.isEmpty() ? null : display, uri, true, params);
        }
        int semi = t.indexOf(';');
        String uriText = semi < 0 ? t : t.substring(0, semi);
        SipUri uri = SipUri.parse(uriText);
        Map<String, String> params = Params.parse(semi < 0 ? "" : t.substring(semi + 1));
        if (!Params.namesAreTokens(params)) {
            throw new SipParseException(semi + 1, "bad header parameter name");
        }
        return new NameAddr(t, null, uri, false, params);
    }

    /** Like {@link #parse(String)} but null for garbage. */
    public static NameAddr parseOrNull(String text) {
        try {
            return parse(text);
        } catch (SipParseException e) {
            return null;
        }
    }

    private static int openAngle(String t) {
        boolean quoted = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                return i;
            }
        }
        return -1;
    }

    /** Display name without quotes or escapes, or null. */
    public String displayName() {
        return displayName;
    }

    /** The URI; null only for the Contact wildcard {@code *}. */
    public SipUri uri() {
        return uri;
    }

    /** True if the URI was written inside {@code <>}. */
    public boolean isBracketed() {
        return bracketed;
    }

    public boolean isWildcard() {
        return uri == null;
    }

    /** Header parameters (lower-case names, "" for flags). */
    public Map<String, String> params() {
        return params;
    }

    public String param(String name) {
        return params.get(name.toLowerCase(Locale.ROOT));
    }

    /** The {@code tag} parameter (From/To), or null. */
    public String tag() {
        String t = params.get("tag");
        return t == null || t.isEmpty() ? null : t;
    }

    /** The {@code expires} parameter (Contact) in seconds, or -1 if absent or not a number. */
    public long expires() {
        String e = params.get("expires");
        if (e == null || e.isEmpty() || e.length() > 10) {
            return -1;
        }
        try {
            return Long.parseLong(e);
        } catch (NumberFormatException x) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return raw;
    }
}
