package org.siptrust.sip.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ;name=value} parameter lists (URI parameters, header parameters). Names are compared
 * case-insensitively and stored in lower case; a parameter without {@code =} maps to the empty
 * string, so presence ({@code ;lr}, {@code ;rport}) and value can be told apart. The first
 * occurrence of a repeated name wins.
 */
public final class Params {

    private Params() {
    }

    /** Parses {@code text} (without the leading {@code ;}) into an unmodifiable ordered map. */
    public static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return Collections.unmodifiableMap(out);
        }
        for (String p : ValueSplitter.split(text, ';', false)) {
            int eq = ValueSplitter.indexOfTopLevel(p, '=', 0);
            String name = (eq < 0 ? p : p.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : p.substring(eq + 1).trim();
            if (!name.isEmpty()) {
                out.putIfAbsent(name, value);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** True if every parameter name is a token (used to tell garbage from a parameter list). */
    public static boolean namesAreTokens(Map<String, String> params) {
        for (String k : params.keySet()) {
            if (!HeaderNames.isToken(k)) {
                return false;
            }
        }
        return true;
    }
}
