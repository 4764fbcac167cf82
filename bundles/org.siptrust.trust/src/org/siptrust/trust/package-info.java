/**
 * The rules of TRUST-RULES.md: reconstructs the hops of the SIP path from the TLS connections and
 * the SIP messages they carried, determines for every request the identity the sender meant to
 * reach (Route, Request-URI, outbound proxy/SNI) and compares it with the identities the peer's
 * certificate presents, under five profiles side by side (RFC 5922, RFC 3263, RFC 7673, RFC 9525,
 * vendor-lenient). Every verdict and finding names the RFC clause it rests on and the frames that
 * prove it.
 */
package org.siptrust.trust;
