/**
 * The TLS stage of the analysis: give it the two reassembled byte streams of a TCP connection and
 * the user's key material (NSS key logs, pcapng secrets, RSA private keys), and it returns the
 * handshake facts (version, cipher suite, SNI, ALPN, certificate chains, alerts), the decrypted
 * application data of each direction with frame references, and findings that say precisely why
 * a connection could not be decrypted or where its records were damaged.
 */
package org.siptrust.tls;
