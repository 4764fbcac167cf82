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

    /** {@code 2026-11-27T05:06:49.123456Z}. */
    public static String iso(long epochNanos) {
        return ISO_MICROS.format(instant(epochNanos));
    }

    public static String iso(Instant instant) {
        return ISO_MICROS.format(instant);
    }
}
