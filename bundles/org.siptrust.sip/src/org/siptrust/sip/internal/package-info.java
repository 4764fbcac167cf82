/**
 * Text-level helpers behind the SIP model: header-name canonicalisation (compact forms),
 * splitting comma lists and parameter lists while respecting quotes and angle brackets, byte-to-text
 * decoding that never fails, and MIME body walking (multipart, base64). Not API: the public types
 * in {@code org.siptrust.sip} are built on these.
 */
package org.siptrust.sip.internal;
