package org.siptrust.dns.internal;

import java.util.List;
import org.siptrust.dns.DnsRrset;

/**
 * What an authoritative server holding a zone file would answer: the response code, the answer
 * RRsets (the data, or a CNAME) and the authority RRsets that prove a negative answer (SOA and
 * NSEC/NSEC3 with their signatures).
 */
public record ZoneAnswer(int rcode, List<DnsRrset> answer, List<DnsRrset> authority, String note) {
    public ZoneAnswer {
        answer = List.copyOf(answer);
        authority = List.copyOf(authority);
    }
}
