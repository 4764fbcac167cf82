package org.siptrust.trust;

import java.util.List;

/**
 * What DNS evidence says about how a SIP domain was located (RFC 3263): the SRV targets of the
 * domain and whether that NAPTR/SRV chain was DNSSEC-secure. Used by the RFC 3263 and RFC 7673
 * profiles; {@link #NONE} when there is no DNS evidence.
 */
public interface LocationFacts {

    /** SRV targets (host names, lower case) found for {@code domain}, empty when unknown. */
    List<String> srvTargets(String domain);

    /** True when the NAPTR/SRV answers for {@code domain} validated as DNSSEC-secure. */
    boolean srvSecure(String domain);

    LocationFacts NONE = new LocationFacts() {
        @Override
        public List<String> srvTargets(String domain) {
            return List.of();
        }

        @Override
        public boolean srvSecure(String domain) {
            return false;
        }
    };
}
