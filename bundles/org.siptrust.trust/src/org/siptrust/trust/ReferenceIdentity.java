package org.siptrust.trust;

/**
 * The name (or address) the sender of a request meant to reach over a hop, and where that came from.
 *
 * @param name      host name (lower case) or IP literal
 * @param source    {@code Route}, {@code Request-URI}, {@code SNI}, {@code Outbound proxy (SNI)},
 *                  {@code Outbound proxy (IP literal, no SNI)}, ...
 * @param ipLiteral true when the name is an IPv4/IPv6 literal: RFC 3263 does no lookup and RFC 5922
 *                  has no IP identity type, so no certificate can authenticate it
 * @param frame     the frame of the request it was taken from (0 for SNI-only references)
 * @param note      why this source was chosen (shown in the hop panel)
 */
public record ReferenceIdentity(String name, String source, boolean ipLiteral, long frame, String note) {
}
