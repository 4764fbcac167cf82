/**
 * Text-level helpers behind the SIP model: header-name canonicalisation (compact forms, ids for
 * known names), splitting comma lists and parameter lists while respecting quotes and angle
 * brackets, byte-to-text decoding that never fails, MIME body walking (multipart, base64) and
 * compact parameter maps. Not API: the public types in {@code org.siptrust.sip} are built on these.
 */
package org.siptrust.sip.internal;
