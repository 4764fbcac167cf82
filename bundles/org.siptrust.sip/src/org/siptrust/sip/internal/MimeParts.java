package org.siptrust.sip.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Walks a SIP body as MIME (RFC 2046 multipart, RFC 5621 for SIP): returns the leaf parts with
 * their media types, descending into {@code multipart/*} and decoding base64 transfer encoding.
 * Bounded: nesting depth and part count are capped so a crafted body cannot make it loop or
 * allocate more than the body's own size.
 */
public final class MimeParts {

    private static final int MAX_DEPTH = 4;
    private static final int MAX_PARTS = 64;

    /** A leaf body part: lower-case media type without parameters ({@code application/sdp}) and content. */
    public record Part(String mediaType, byte[] content) {
    }

    private MimeParts() {
    }

    /** Lower-case {@code type/subtype} of a Content-Type value, without parameters; null for null. */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semi = contentType.indexOf(';');
        String t = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
        return t.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The parameters of a Content-Type value ({@code boundary}, {@code charset}, ...). */
    public static Map<String, String> params(String contentType) {
        int semi = contentType == null ? -1 : contentType.indexOf(';');
        return Params.parse(semi < 0 ? "" : contentType.substring(semi + 1));
    }

    /** Every leaf part of {@code body} typed {@code contentType}; the body itself if it is not multipart. */
    public static List<Part> leaves(String contentType, byte[] body) {
        List<Part> out = new ArrayList<>();
        if (body == null || body.length == 0) {
            return out;
        }
        collect(contentType, body, 0, out);
        return out;
    }

    private static void collect(String contentType, byte[] body, int depth, List<Part> out) {
        String media = mediaType(contentType);
        if (media == null) {
            media = "application/octet-stream";
        }
        if (!media.startsWith("multipart/")) {
            if (out.size() < MAX_PARTS) {
                out.add(new Part(media, body));
            }
            return;
        }
        String boundary = ValueSplitter.unquote(params(contentType).getOrDefault("boundary", ""));
        if (boundary.isEmpty() || depth >= MAX_DEPTH) {
            return;
        }
        for (byte[][] part : split(body, boundary)) {
            if (out.size() >= MAX_PARTS) {
                return;
            }
            collect(partContentType(part[0]), decode(part[0], part[1]), depth + 1, out);
        }
    }

    /** Each part as {headerBytes, contentBytes}. */
    private static List<byte[][]> split(byte[] body, String boundary) {
        byte[] delim = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Integer> starts = new ArrayList<>();
        for (int i = indexOf(body, delim, 0); i >= 0 && starts.size() <= MAX_PARTS; i = indexOf(body, delim, i + delim.length)) {
            if (i == 0 || body[i - 1] == '\n') {
                starts.add(i);
            }
        }
        List<byte[][]> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int d = starts.get(k);
            if (isClose(body, d + delim.length)) {
                break;
            }
            int contentStart = lineEnd(body, d);
            // a body cut before its close delimiter still yields its last part
            int contentEnd = k + 1 < starts.size() ? starts.get(k + 1) : body.length;
            if (contentEnd > contentStart && body[contentEnd - 1] == '\n') {
                contentEnd--;
                if (contentEnd > contentStart && body[contentEnd - 1] == '\r') {
                    contentEnd--;
                }
            }
            if (contentEnd < contentStart) {
                contentEnd = contentStart;
            }
            int headerEnd = blankLine(body, contentStart, contentEnd);
            byte[] headers = Arrays.copyOfRange(body, contentStart, headerEnd < 0 ? contentStart : headerEnd);
            int partBody = headerEnd < 0 ? contentStart : skipBlankLine(body, headerEnd);
            parts.add(new byte[][] {headers, Arrays.copyOfRange(body, Math.min(partBody, contentEnd), contentEnd)});
        }
        return parts;
    }

    private static boolean isClose(byte[] b, int i) {
        return i + 1 < b.length && b[i] == '-' && b[i + 1] == '-';
    }

    private static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return b.length;
    }

    /** Offset of the first empty line in {@code [from, to)}, or -1 if there is none. */
    private static int blankLine(byte[] b, int from, int to) {
        int line = from;
        while (line < to) {
            int i = line;
            if (b[i] == '\r' && i + 1 < to && b[i + 1] == '\n') {
                return line;
            }
            if (b[i] == '\n') {
                return line;
            }
            while (i < to && b[i] != '\n') {
                i++;
            }
            line = i + 1;
        }
        return -1;
    }

    private static int skipBlankLine(byte[] b, int at) {
        int i = at;
        if (i < b.length && b[i] == '\r') {
            i++;
        }
        if (i < b.length && b[i] == '\n') {
            i++;
        }
        return i;
    }

    private static String partContentType(byte[] headers) {
        String ct = partHeader(headers, "content-type");
        return ct == null ? "text/plain" : ct;
    }

    private static byte[] decode(byte[] headers, byte[] content) {
        String cte = partHeader(headers, "content-transfer-encoding");
        if (cte != null && cte.trim().equalsIgnoreCase("base64")) {
            try {
                return Base64.getMimeDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                return content;
            }
        }
        return content;
    }

    private static String partHeader(byte[] headers, String name) {
        String text = new String(headers, StandardCharsets.ISO_8859_1).replaceAll("\r?\n[ \t]+", " ");
        for (String line : text.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
            if (colon > 0 && name.equals("content-type") && line.substring(0, colon).trim().equalsIgnoreCase("c")) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
