package org.siptrust.benchmark;

/** The capture's single, monotonic time line (microseconds since the epoch). */
final class CaptureClock {
    private long micros;

    CaptureClock(long startMicros) {
        this.micros = startMicros;
    }

    long now() {
        return micros;
    }

    long advance(long deltaMicros) {
        micros += Math.max(1, deltaMicros);
        return micros;
    }
}
