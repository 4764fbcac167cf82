/**
 * Groups parsed SIP messages the way RFC 3261 does: transactions (§17, top Via branch plus
 * method, with the RFC 2543 fallback key when the branch lacks the magic cookie), dialogs
 * (Call-ID plus both tags, §12) and calls (Call-ID). The index spans every hop of a capture, so
 * the same request forwarded by a proxy is one call but a separate transaction per hop, and a
 * retransmission is a repeat on the same hop only.
 */
package org.siptrust.sip.calls;
