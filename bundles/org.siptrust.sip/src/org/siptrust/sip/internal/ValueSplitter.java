package org.siptrust.sip.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits header values at separators that are not inside a quoted string, angle brackets or a
 * comment, which is how SIP lists of name-addrs and parameters must be cut: a display name
 * {@code "Doe, John"} or a URI {@code <sip:a@b;x=1,2>} must survive intact.
 */
public final class ValueSplitter {

    private ValueSplitter() {
    }

    /** The comma-separated elements of {@code value}, trimmed, empty elements dropped. */
    public static List<String> splitList(String value) {
        return split(value, ',', true);
    }

    /**
     * Cuts {@code value} at each top-level {@code sep}. Parentheses count as nesting only when
     * {@code comments} is true (header lists), not inside URIs and parameters.
     */
    public static List<String> split(String value, char sep, boolean comments) {
        List<String> out = new ArrayList<>();
        Nesting nesting = new Nesting(comments);
        int start = 0;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (nesting.atTopLevel(c) && c == sep) {
                add(out, value.substring(start, i));
                start = i + 1;
            }
        }
        add(out, value.substring(start));
        return out;
    }

    private static void add(List<String> out, String piece) {
        String t = piece.trim();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    /**
     * The index of the first {@code c} at or after {@code from} that is outside quotes and angle
     * brackets, or -1.
     */
    public static int indexOfTopLevel(String s, char c, int from) {
        Nesting nesting = new Nesting(false);
        for (int i = from; i < s.length(); i++) {
            char x = s.charAt(i);
            if (nesting.atTopLevel(x) && x == c) {
                return i;
            }
        }
        return -1;
    }

    /** Removes surrounding double quotes and backslash escapes; returns the input if it is not quoted. */
    public static String unquote(String s) {
        String t = s.trim();
        if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() - 1) {
                c = t.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }
}
