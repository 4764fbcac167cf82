package org.siptrust.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.core.Times;

/**
 * Frame times as the reports print them ({@code Times.iso}, core has no test fragment): the
 * per-second shortcut must print exactly what the ISO formatter prints, microseconds truncated.
 */
class TimesIsoTest {
    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static void same(long nanos) {
        assertEquals(REFERENCE.format(Times.instant(nanos)), Times.iso(nanos), "nanos " + nanos);
    }

    @Test
    void everyFrameOfACaptureIsPrintedLikeTheFormatter() throws Exception {
        Capture c = CaptureLoader.load(TestData.ROOT.resolve("captures/a_multihop_tls13_ok/a_multihop_tls13_ok.pcap"),
                ProgressMonitor.NULL);
        for (long f = 1; f <= c.frameIndex().size(); f++) {
            same(c.frameIndex().time(f));
        }
        assertEquals("2026-11-27T05:06:49.123456Z", Times.iso(1_795_756_009_123_456_789L));
    }

    @Test
    void edgesOfSecondsAndTimesBeforeTheEpoch() {
        long[] edges = {0, 1, 999, 1000, 999_999_999, 1_000_000_000, -1, -1000, -999_999_999, -1_000_000_000,
            -1_000_000_001, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long e : edges) {
            same(e);
        }
        SplittableRandom r = new SplittableRandom(5922);
        for (int i = 0; i < 20_000; i++) {
            same(r.nextLong(-4_000_000_000_000_000_000L, 4_000_000_000_000_000_000L));
        }
    }
}
