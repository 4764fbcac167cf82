package org.siptrust.capture;

/**
 * One packet record as stored in the file: its number, time, link type and captured bytes.
 *
 * @param number      1-based frame number
 * @param timeNanos   capture time, nanoseconds since the epoch
 * @param linkType    LINKTYPE_ value of the interface that captured it
 * @param data        the captured bytes (may be shorter than {@code origLength})
 * @param origLength  length of the packet on the wire
 * @param fileOffset  byte offset of the record in the file (for random access later)
 */
public record RawFrame(long number, long timeNanos, int linkType, byte[] data, int origLength, long fileOffset) {
}
