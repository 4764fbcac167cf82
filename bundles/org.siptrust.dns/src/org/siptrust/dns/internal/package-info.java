/**
 * Helpers behind the DNS API that callers never see: the in-memory zone model with its
 * NSEC/NSEC3 denial proofs, name and digest utilities, and certificate field extraction for DANE.
 * Nothing here is exported.
 */
package org.siptrust.dns.internal;
