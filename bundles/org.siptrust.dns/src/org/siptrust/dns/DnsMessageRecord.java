package org.siptrust.dns;

import java.util.List;
import org.siptrust.core.Endpoint;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * One DNS message as seen in the capture (or exchanged with the live resolver, then with frame 0
 * and null endpoints for the local side). Record texts are dnsjava's presentation format, one
 * line per record, in wire order. Immutable.
 *
 * @param frame          1-based frame number (the frame of the last byte for TCP), 0 for live
 * @param timeNanos      capture time, nanoseconds since the epoch
 * @param src            sender
 * @param dst            receiver
 * @param id             DNS message id
 * @param response       QR bit
 * @param questionName   question name without the trailing dot ("" if the message has no question)
 * @param questionType   question type code (0 if no question)
 * @param rcode          response code including the EDNS extended bits
 * @param authoritative  AA bit
 * @param authenticData  AD bit
 * @param dnssecOk       the EDNS DO bit
 * @param answers        answer section records
 * @param authority      authority section records
 * @param additional     additional section records (including OPT)
 */
public record DnsMessageRecord(long frame, long timeNanos, Endpoint src, Endpoint dst, int id,
        boolean response, String questionName, int questionType, int rcode, boolean authoritative,
        boolean authenticData, boolean dnssecOk, List<String> answers, List<String> authority,
        List<String> additional) {

    public DnsMessageRecord {
        answers = List.copyOf(answers);
        authority = List.copyOf(authority);
        additional = List.copyOf(additional);
    }

    /** Mnemonic of the question type, e.g. {@code NAPTR}. */
    public String questionTypeName() {
        return Type.string(questionType);
    }

    /** Mnemonic of the response code, e.g. {@code NXDOMAIN}. */
    public String rcodeName() {
        return Rcode.string(rcode);
    }
}
