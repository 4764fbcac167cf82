package org.siptrust.x509;

/** The role a certificate is linted for. */
public enum Role {
    /** A TLS server certificate (proxy, registrar, B2BUA accepting connections). */
    SERVER,
    /** A TLS client certificate (user agent or proxy opening connections, mutual TLS). */
    CLIENT,
    /** A certification authority (intermediate or root). */
    CA
}
