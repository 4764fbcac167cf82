/**
 * X.509 certificates for SIP over TLS: an immutable certificate model whose text forms match
 * {@code openssl x509 -nameopt RFC2253} ({@link org.siptrust.x509.CertificateInfo}), trust anchors
 * from files or the JVM store ({@link org.siptrust.x509.TrustAnchors}), path building and
 * validation as of the capture time with every failure reported on its own
 * ({@link org.siptrust.x509.CertificateValidator}), SIP domain identities under RFC 5922 §7.1
 * ({@link org.siptrust.x509.SipIdentities}), name matching under the RFC 5922, RFC 9525 and
 * vendor-lenient profiles ({@link org.siptrust.x509.NameMatcher}) and static lint findings
 * ({@link org.siptrust.x509.CertificateLint}). Offline: nothing here touches the network.
 */
package org.siptrust.x509;
