package org.siptrust.ui.flow.internal.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.siptrust.core.FramedBytes;

/**
 * The two decrypted directions of a connection as one text: pieces in the order of the frames that
 * delivered them (the client's first within a frame), consecutive pieces of one direction joined.
 * Line ends become line breaks, tabs stay, valid UTF-8 stays, and any other byte that is not
 * printable is written {@code \xNN}. Missing bytes (records that could not be decrypted, TCP
 * segments not in the capture) are marked. Long conversations are cut at a character budget.
 */
public final class StreamTranscript {

    public enum Direction {
        CLIENT, SERVER
    }

    /** A piece of the text sent by one side; {@code frame} delivered its first byte. */
    public record Segment(Direction direction, int start, int length, long frame, boolean gap) {
        public int end() {
            return start + length;
        }
    }

    private record Piece(Direction direction, FramedBytes bytes, int from, int to, long frame, boolean gapBefore, long missing) {
    }

    private final String text;
    private final List<Segment> segments;
    private final int clientBytes;
    private final int serverBytes;
    private final boolean truncated;
    /** Text offset where the bytes of each piece start, ascending, and the frame of that piece. */
    private final int[] markStart;
    private final long[] markFrame;

    private StreamTranscript(String text, List<Segment> segments, int clientBytes, int serverBytes, boolean truncated,
            int[] markStart, long[] markFrame) {
        this.text = text;
        this.markStart = markStart;
        this.markFrame = markFrame;
        this.segments = List.copyOf(segments);
        this.clientBytes = clientBytes;
        this.serverBytes = serverBytes;
        this.truncated = truncated;
    }

    public static StreamTranscript of(FramedBytes client, FramedBytes server, int maxChars) {
        List<Piece> pieces = new ArrayList<>();
        add(pieces, Direction.CLIENT, client);
        add(pieces, Direction.SERVER, server);
        pieces.sort(Comparator.comparingLong(Piece::frame).thenComparing(Piece::direction).thenComparingInt(Piece::from));

        StringBuilder text = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        boolean truncated = false;
        int[] markStart = new int[pieces.size()];
        long[] markFrame = new long[pieces.size()];
        int marks = 0;
        for (Piece p : pieces) {
            if (text.length() >= maxChars) {
                truncated = true;
                break;
            }
            if (p.gapBefore()) {
                int s = text.length();
                if (s > 0 && text.charAt(s - 1) != '\n') {
                    text.append('\n');
                    s++;
                }
                text.append(p.missing() > 0 ? "[" + p.missing() + " bytes missing]" : "[bytes missing]").append('\n');
                segments.add(new Segment(p.direction(), s, text.length() - s, p.frame(), true));
            }
            int s = text.length();
            markStart[marks] = s;
            markFrame[marks++] = p.frame();
            escape(p.bytes(), p.from(), p.to(), text, maxChars);
            if (text.length() > s) {
                Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                if (last != null && !last.gap() && last.direction() == p.direction() && last.end() == s) {
                    segments.set(segments.size() - 1, new Segment(last.direction(), last.start(), text.length() - last.start(), last.frame(), false));
                } else {
                    segments.add(new Segment(p.direction(), s, text.length() - s, p.frame(), false));
                }
            }
        }
        if (text.length() >= maxChars) {
            truncated = true;
        }
        return new StreamTranscript(text.toString(), segments, client.length(), server.length(), truncated,
                Arrays.copyOf(markStart, marks), Arrays.copyOf(markFrame, marks));
    }

    private static void add(List<Piece> pieces, Direction d, FramedBytes b) {
        int[] gaps = b.gapOffsets();
        long[] sizes = b.gapSizes();
        for (int r = 0; r < b.runCount(); r++) {
            int from = b.runStart(r);
            int gap = Arrays.binarySearch(gaps, from);
            pieces.add(new Piece(d, b, from, b.runEnd(r), b.runFrame(r), gap >= 0, gap >= 0 ? sizes[gap] : 0));
        }
    }

    /** Appends bytes {@code [from, to)} of {@code b} as readable text. */
    static void escape(FramedBytes b, int from, int to, StringBuilder out, int maxChars) {
        byte[] a = b.array();
        int i = from;
        while (i < to && out.length() < maxChars) {
            int c = a[i] & 0xff;
            if (c == '\r' && i + 1 < b.length() && a[i + 1] == '\n') {
                i++; // CR LF is one line break; the LF comes next
                continue;
            }
            if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f)) {
                out.append((char) c);
                i++;
                continue;
            }
            int n = utf8Length(a, i, to);
            if (n > 1) {
                String s = new String(a, i, n, java.nio.charset.StandardCharsets.UTF_8);
                int cp = s.codePointAt(0);
                if (!Character.isISOControl(cp) && Character.isDefined(cp)) {
                    out.append(s);
                    i += n;
                    continue;
                }
            }
            out.append(c == '\r' ? "\\r" : String.format("\\x%02x", c));
            i++;
        }
    }

    /** Length of a valid UTF-8 sequence of 2 to 4 bytes at {@code i}, or 0. */
    static int utf8Length(byte[] a, int i, int to) {
        int c = a[i] & 0xff;
        int n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        if (n == 0 || i + n > to) {
            return 0;
        }
        for (int k = 1; k < n; k++) {
            if ((a[i + k] & 0xc0) != 0x80) {
                return 0;
            }
        }
        // overlong 3- and 4-byte forms and surrogates
        int c1 = a[i + 1] & 0xff;
        if ((c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 > 0x9f) || (c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 > 0x8f)) {
            return 0;
        }
        return n;
    }

    public String text() {
        return text;
    }

    public List<Segment> segments() {
        return segments;
    }

    public int clientBytes() {
        return clientBytes;
    }

    public int serverBytes() {
        return serverBytes;
    }

    public boolean truncated() {
        return truncated;
    }

    /** The frame that delivered the text at {@code offset}, or 0. */
    public long frameAt(int offset) {
        if (offset < 0 || offset >= text.length() || markStart.length == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(markStart, offset);
        // equal starts (empty pieces) resolve to the last piece starting there
        if (i < 0) {
            i = -i - 2;
        }
        while (i + 1 < markStart.length && markStart[i + 1] == offset) {
            i++;
        }
        return i < 0 ? 0 : markFrame[i];
    }
}
