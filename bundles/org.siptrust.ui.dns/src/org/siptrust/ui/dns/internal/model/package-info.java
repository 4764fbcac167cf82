/**
 * What the DNS/DANE view shows, without widgets: the rows of the resolution tree (targets, lookups,
 * the DANE verdicts beside each TLSA record), the DANE table, and the comparison of the queries a
 * client asked with those RFC 3263 calls for, built from an {@code Analysis}.
 */
package org.siptrust.ui.dns.internal.model;
