package org.siptrust.sip.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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

    /** Parameter names that recur in every message: kept once instead of once per message. */
    private static final Map<String, String> COMMON_NAMES = new HashMap<>();

    static {
        for (String n : new String[] {"tag", "branch", "rport", "received", "alias", "maddr", "ttl", "transport",
            "lr", "user", "method", "expires", "q", "comp", "sigcomp-id", "ob", "gr", "reg-id", "+sip.instance",
            "boundary", "charset", "handling", "purpose", "phone-context", "isub", "ext"}) {
            COMMON_NAMES.put(n, n);
        }
    }

    /** Parses {@code text} (without the leading {@code ;}) into an unmodifiable ordered map. */
    public static Map<String, String> parse(String text) {
        if (text == null || text.isBlank()) {
            return ParamMap.EMPTY;
        }
        List<String> pieces = ValueSplitter.split(text, ';', false);
        String[] pairs = new String[pieces.size() * 2];
        int n = 0;
        outer:
        for (String p : pieces) {
            int eq = ValueSplitter.indexOfTopLevel(p, '=', 0);
            String name = (eq < 0 ? p : p.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            for (int i = 0; i < n; i += 2) {
                if (pairs[i].equals(name)) {
                    continue outer;
                }
            }
            pairs[n++] = COMMON_NAMES.getOrDefault(name, name);
            pairs[n++] = eq < 0 ? "" : p.substring(eq + 1).trim();
        }
        if (n == 0) {
            return ParamMap.EMPTY;
        }
        return new ParamMap(n == pairs.length ? pairs : Arrays.copyOf(pairs, n));
    }

    /** True if every parameter name is a token (used to tell garbage from a parameter list). */
    public static boolean namesAreTokens(Map<String, String> params) {
        if (params instanceof ParamMap p) {
            return p.namesAreTokens();
        }
        for (String k : params.keySet()) {
            if (!HeaderNames.isToken(k)) {
                return false;
            }
        }
        return true;
    }
}
