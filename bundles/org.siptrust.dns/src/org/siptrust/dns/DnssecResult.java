package org.siptrust.dns;

import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * The DNSSEC verdict on one piece of evidence (an RRset or a negative answer), as of the
 * validation time.
 *
 * @param status  secure, insecure, bogus or indeterminate (RFC 4035 §4.3)
 * @param reason  why, in dnsjava's words where it gave one (its EDE text), else ours
 * @param edeCode RFC 8914 extended DNS error code dnsjava reported, -1 if none
 * @param name    owner/question name
 * @param type    RR type
 * @param source  where the evidence came from
 * @param frames  capture frames of the evidence
 */
public record DnssecResult(DnssecStatus status, String reason, int edeCode, Name name, int type, DnsSource source,
        List<Long> frames) {

    public DnssecResult {
        frames = List.copyOf(frames);
    }

    /** {@code secure}, {@code insecure}, {@code bogus} or {@code indeterminate}. */
    public String statusWord() {
        return status.word();
    }

    public boolean isSecure() {
        return status == DnssecStatus.SECURE;
    }

    /** What was validated, e.g. {@code _5061._tcp.sip.biloxi.example.com TLSA}. */
    public String subject() {
        return name.toString(true) + " " + Type.string(type);
    }

    @Override
    public String toString() {
        return subject() + ": " + status.word() + (reason == null ? "" : " (" + reason + ")");
    }
}
