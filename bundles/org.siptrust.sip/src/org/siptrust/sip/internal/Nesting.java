package org.siptrust.sip.internal;

/**
 * Where a scan of a header value is, one character at a time: inside a quoted string (with
 * backslash escapes), inside angle brackets, or inside a comment (parentheses, only where
 * comments are allowed). Shared by the string splitter and the byte splitter of the header index,
 * so that both cut values at exactly the same places.
 */
public final class Nesting {

    private final boolean comments;
    private boolean quoted;
    private boolean escaped;
    private int angle;
    private int paren;

    /** @param comments true if parentheses nest (header lists), false inside URIs and parameters */
    public Nesting(boolean comments) {
        this.comments = comments;
    }

    /**
     * Takes the next character; true if it stands at the top level and is not itself a quote,
     * bracket or parenthesis that changed the nesting (so it can be a separator).
     */
    public boolean atTopLevel(int c) {
        if (escaped) {
            escaped = false;
            return false;
        }
        if (quoted) {
            if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                quoted = false;
            }
            return false;
        }
        if (c == '"') {
            quoted = true;
        } else if (c == '<') {
            angle++;
        } else if (c == '>' && angle > 0) {
            angle--;
        } else if (comments && c == '(' && angle == 0) {
            paren++;
        } else if (comments && c == ')' && paren > 0) {
            paren--;
        } else {
            return angle == 0 && paren == 0;
        }
        return false;
    }
}
