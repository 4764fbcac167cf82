/** The stages the {@link org.siptrust.analysis.Analyzer} wires: TLS, SIP, certificates, DNS/DANE, trust. */
package org.siptrust.analysis.internal;
