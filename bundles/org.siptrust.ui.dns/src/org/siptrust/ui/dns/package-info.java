/**
 * The DNS/DANE view of the workbench: its ids and preference keys. The view shows, per SIP target,
 * how RFC 3263 locates the server (NAPTR, SRV, A/AAAA, TLSA) with DNSSEC status and the capture
 * frames behind every answer, and the DANE verdict of each TLS connection.
 */
package org.siptrust.ui.dns;
