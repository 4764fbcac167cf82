package org.siptrust.capture;

import java.nio.file.Path;

/**
 * What a capture file holds at the frame level.
 *
 * @param file       the file that was read
 * @param format     {@code pcap} or {@code pcapng}
 * @param frames     number of frames (packet records) read
 * @param firstNanos time of the first frame, nanoseconds since the epoch (0 when no frames)
 * @param lastNanos  time of the last frame
 * @param bytes      size of the file in bytes
 */
public record CaptureSummary(Path file, String format, long frames, long firstNanos, long lastNanos, long bytes) {
}
