/**
 * The Follow TLS Stream view: the decrypted conversation of one TLS connection, client and server
 * bytes interleaved in frame order and coloured by direction, as Wireshark's "Follow TLS Stream".
 */
package org.siptrust.ui.flow.internal.stream;
