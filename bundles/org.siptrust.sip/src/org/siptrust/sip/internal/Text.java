package org.siptrust.sip.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Byte-to-text conversion that never fails: UTF-8 when the bytes are valid UTF-8, else ISO-8859-1. */
public final class Text {

    private Text() {
    }

    public static String decode(byte[] b, int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii || !isUtf8(b, from, to)) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /** True if {@code b[from, to)} is valid UTF-8 (strictly: no malformed or unmappable sequence). */
    public static boolean isUtf8(byte[] b, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    public static String decode(byte[] b) {
        return decode(b, 0, b.length);
    }

    /** Shortens {@code s} for use in a reason or a log line, escaping control characters. */
    public static String excerpt(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append("\\r");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() >= max && s.length() > max) {
            b.append("...");
        }
        return b.toString();
    }
}
