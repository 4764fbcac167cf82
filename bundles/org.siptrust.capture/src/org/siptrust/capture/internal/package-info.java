/**
 * The decoders behind {@link org.siptrust.capture.CaptureLoader}: file-format block readers, the
 * link/IP/transport header decoders and the TCP reassembler. Each validates bounds before it reads
 * and reports what it could not read instead of failing.
 */
package org.siptrust.capture.internal;
