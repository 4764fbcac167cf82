package org.siptrust.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Capture times: nanoseconds since the epoch, printed as ISO-8601 UTC with microseconds. */
public final class Times {
    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
                Math.floorMod(epochNanos, 1_000_000_000L));
    }

    public static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.").withZone(ZoneOffset.UTC);

    /** The formatted second of the last call: a report prints many times within one second. */
    private record SecondPrefix(long second, String text) {
    }

    private static volatile SecondPrefix last = new SecondPrefix(Long.MIN_VALUE, "");

    /** {@code 2026-11-27T05:06:49.123456Z}. */
    public static String iso(long epochNanos) {
        long second = Math.floorDiv(epochNanos, 1_000_000_000L);
        int micros = (int) (Math.floorMod(epochNanos, 1_000_000_000L) / 1000); // truncated, like pattern SSSSSS
        SecondPrefix p = last;
        if (p.second() != second) {
            p = new SecondPrefix(second, ISO_SECONDS.format(Instant.ofEpochSecond(second)));
            last = p;
        }
        char[] digits = {'0', '0', '0', '0', '0', '0', 'Z'};
        for (int i = 5; i >= 0 && micros > 0; i--) {
            digits[i] = (char) ('0' + micros % 10);
            micros /= 10;
        }
        return p.text().concat(new String(digits));
    }

    public static String iso(Instant instant) {
        return ISO_MICROS.format(instant);
    }
}
