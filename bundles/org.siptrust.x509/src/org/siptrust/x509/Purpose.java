package org.siptrust.x509;

/** What the leaf certificate was presented for in the TLS handshake. */
public enum Purpose {
    /** Presented by the TLS server (the side that accepted the connection). */
    SERVER,
    /** Presented by the TLS client (mutual TLS). */
    CLIENT
}
