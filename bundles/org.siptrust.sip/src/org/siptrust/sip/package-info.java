/**
 * SIP message framing and the header/URI model (RFC 3261): {@link org.siptrust.sip.SipParser}
 * turns UDP datagrams and reassembled TCP or decrypted TLS byte streams into immutable
 * {@link org.siptrust.sip.SipMessage}s that remember the capture frames they came from; the value
 * types {@link org.siptrust.sip.SipUri}, {@link org.siptrust.sip.NameAddr} and
 * {@link org.siptrust.sip.Via} parse the header values the trust rules need. This package only
 * parses bytes: it knows nothing of TLS or capture files, and bad input becomes a message marked
 * malformed (or a skipped range), never an exception.
 */
package org.siptrust.sip;
