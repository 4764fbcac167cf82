package org.siptrust.dns;

import java.util.List;

/**
 * One place RFC 3263 resolution says the client may send the request: transport, address and
 * port, with the names that led there and, for TLS transports, the TLSA records that DANE would
 * use (RFC 6698, RFC 7673).
 *
 * @param transport   the transport
 * @param ip          the address (from A/AAAA, or the numeric host)
 * @param port        the port (from SRV, the URI, or the default)
 * @param host        the name whose address this is (SRV target or URI host)
 * @param naptrOwner  the NAPTR owner that led here, or null
 * @param srvOwner    the SRV owner that led here, or null
 * @param chainStatus worst DNSSEC status over the NAPTR, SRV and address records on the way
 *                    (null for a numeric host)
 * @param tlsaName    {@code _port._tcp.host} for TLS transports, else null
 * @param tlsa        the TLSA records found there (empty if none)
 * @param tlsaStatus  DNSSEC status for using the TLSA records: the worst of the chain and the
 *                    TLSA RRset itself (RFC 7673 §3); null when not a TLS transport
 * @param tlsaFrames  capture frames that carried the TLSA records
 * @param preferred   true for the destination the client should try first
 */
public record Destination(SipTransport transport, String ip, int port, String host, String naptrOwner,
        String srvOwner, DnssecStatus chainStatus, String tlsaName, List<TlsaRecord> tlsa, DnssecStatus tlsaStatus,
        List<Long> tlsaFrames, boolean preferred) {

    public Destination {
        tlsa = List.copyOf(tlsa);
        tlsaFrames = List.copyOf(tlsaFrames);
    }

    /** The DANE verdict for the chain a server at this destination presented (leaf first). */
    public DaneResult dane(List<byte[]> presentedChainDer) {
        return DaneMatcher.match(tlsa, presentedChainDer, tlsaStatus == null ? null : tlsaStatus.word());
    }

    public String endpointText() {
        return (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":" + port;
    }
}
