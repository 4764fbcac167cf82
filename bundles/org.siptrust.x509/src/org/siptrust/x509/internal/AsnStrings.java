package org.siptrust.x509.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes the ASN.1 character string types found in certificates into Java strings. */
public final class AsnStrings {

    public static final int UTF8 = 0x0c;
    public static final int NUMERIC = 0x12;
    public static final int PRINTABLE = 0x13;
    public static final int T61 = 0x14;
    public static final int VIDEOTEX = 0x15;
    public static final int IA5 = 0x16;
    public static final int UTC_TIME = 0x17;
    public static final int GENERALIZED_TIME = 0x18;
    public static final int GRAPHIC = 0x19;
    public static final int VISIBLE = 0x1a;
    public static final int GENERAL = 0x1b;
    public static final int UNIVERSAL = 0x1c;
    public static final int BMP = 0x1e;

    private AsnStrings() {
    }

    /** True for the universal primitive tags that carry text. */
    public static boolean isString(int tag) {
        return switch (tag) {
            case UTF8, NUMERIC, PRINTABLE, T61, VIDEOTEX, IA5, UTC_TIME, GENERALIZED_TIME, GRAPHIC, VISIBLE,
                    GENERAL, UNIVERSAL, BMP -> true;
            default -> false;
        };
    }

    /**
     * The text of a string value, or null if the tag is not a string type or the content is not
     * valid for it (an odd-length BMPString, for instance). Malformed UTF-8 becomes U+FFFD.
     */
    public static String decode(int tag, byte[] content) {
        switch (tag) {
            case UTF8:
                return utf8(content);
            case BMP:
                if ((content.length & 1) != 0) {
                    return null;
                }
                return new String(content, StandardCharsets.UTF_16BE);
            case UNIVERSAL: {
                if ((content.length & 3) != 0) {
                    return null;
                }
                StringBuilder sb = new StringBuilder(content.length / 4);
                for (int i = 0; i < content.length; i += 4) {
                    int cp = ((content[i] & 0xff) << 24) | ((content[i + 1] & 0xff) << 16)
                            | ((content[i + 2] & 0xff) << 8) | (content[i + 3] & 0xff);
                    if (cp < 0 || cp > 0x10ffff) {
                        return null;
                    }
                    sb.appendCodePoint(cp);
                }
                return sb.toString();
            }
            default:
                // One byte per character; teletex and friends are read as Latin-1, as OpenSSL does.
                return isString(tag) ? new String(content, StandardCharsets.ISO_8859_1) : null;
        }
    }

    /** UTF-8 with replacement of malformed sequences (never throws). */
    public static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** True if the bytes are well-formed UTF-8. */
    public static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
