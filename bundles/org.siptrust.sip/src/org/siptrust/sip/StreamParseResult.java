package org.siptrust.sip;

import java.util.List;

/**
 * Everything framing found in one byte stream: the messages, and the byte ranges it had to skip
 * (garbage, bytes after a gap before the next start line), so a caller can report them as
 * capture damage instead of losing them silently.
 *
 * @param messages   messages in stream order
 * @param skipped    ranges that were not part of any message
 * @param keepAlives number of CRLF / CRLFCRLF keep-alive runs skipped (RFC 5626 §4.4.1)
 */
public record StreamParseResult(List<SipMessage> messages, List<Skipped> skipped, int keepAlives) {

    public StreamParseResult {
        messages = List.copyOf(messages);
        skipped = List.copyOf(skipped);
    }

    /**
     * Bytes that framing could not attribute to a message.
     *
     * @param offset stream offset of the first skipped byte
     * @param length number of bytes skipped
     * @param frame  frame of the first skipped byte
     * @param reason why they were skipped
     */
    public record Skipped(int offset, int length, long frame, String reason) {
    }
}
