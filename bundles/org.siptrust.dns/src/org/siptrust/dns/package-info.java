/**
 * DNS evidence for the trust verdicts: the DNS messages seen in a capture, zone files the user
 * supplies and, only when the user opts in, a live resolver; DNSSEC validation of that evidence as
 * of the capture time (dnsjava's validator answering from the evidence); RFC 3263 server location
 * (NAPTR, SRV, A/AAAA) with the TLSA records of RFC 6698/7673 beside it; DANE matching of a
 * presented certificate chain; and the findings these produce ({@code dnssec-bogus},
 * {@code dane-mismatch}, {@code dane-not-secure}, {@code dns-malformed}).
 */
package org.siptrust.dns;
