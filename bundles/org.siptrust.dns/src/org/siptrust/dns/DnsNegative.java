package org.siptrust.dns;

import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Evidence that a name/type has no data: an NXDOMAIN or NODATA answer seen in the capture or from
 * the live resolver (with the authority section that proves it, when the server sent one), one
 * that a zone file implies (with the NSEC/NSEC3 proof taken from the zone), or a failure answer
 * such as SERVFAIL or REFUSED. Immutable.
 *
 * @param name      the question name
 * @param type      the question type
 * @param rcode     NXDOMAIN, NOERROR (= NODATA) or a failure code
 * @param source    capture, zone or live
 * @param frames    frames of the responses, ascending
 * @param authority the authority section of the best observation (SOA, NSEC/NSEC3 and RRSIGs)
 * @param dnssecOk  true when the best observation answered a DO-bit query
 */
public record DnsNegative(Name name, int type, int rcode, DnsSource source, List<Long> frames,
        List<Record> authority, boolean dnssecOk) {

    public DnsNegative {
        frames = List.copyOf(frames);
        authority = List.copyOf(authority);
    }

    public boolean isNxdomain() {
        return rcode == Rcode.NXDOMAIN;
    }

    public boolean isNodata() {
        return rcode == Rcode.NOERROR;
    }

    /** True for SERVFAIL, REFUSED and the like: the server gave no answer either way. */
    public boolean isFailure() {
        return rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN;
    }

    /** {@code NXDOMAIN}, {@code NODATA} or the failure code's mnemonic. */
    public String kind() {
        return isNodata() ? "NODATA" : Rcode.string(rcode);
    }

    @Override
    public String toString() {
        return name.toString(true) + " " + Type.string(type) + " " + kind() + " (" + source.word()
                + (frames.isEmpty() ? "" : " frames " + frames) + ")";
    }
}
