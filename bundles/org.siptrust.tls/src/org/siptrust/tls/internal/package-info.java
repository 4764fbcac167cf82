/**
 * Building blocks of the TLS stage, not API: the record scanner, handshake message parsers, the
 * cipher suite table, key log and private key readers, the TLS 1.0-1.2 PRF and TLS 1.3 HKDF key
 * schedules, and record decryption (AES-GCM/CCM/CBC, ChaCha20-Poly1305, RC4, NULL) on JCA and
 * Bouncy Castle primitives.
 */
package org.siptrust.tls.internal;
