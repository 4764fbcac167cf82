/**
 * Internals of the X.509 bundle: a bounds-checked DER walk that every input passes before any
 * ASN.1 library sees it, the certificate field decoder, OpenSSL-compatible printing of names and
 * subjectAltNames (with OpenSSL's object table as a resource), host name and IP literal helpers,
 * and signature checks through a private Bouncy Castle provider. Not exported.
 */
package org.siptrust.x509.internal;
