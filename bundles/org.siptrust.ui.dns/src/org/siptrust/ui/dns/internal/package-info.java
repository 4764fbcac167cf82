/**
 * The DNS/DANE view and its parts: the resolution tree with DNSSEC status icons, the query
 * comparison, the DANE and DNS record tables, the "Resolve live" action and the SIP Trust > DNS
 * preference page that gates it (live DNS is off unless the user allows it).
 */
package org.siptrust.ui.dns.internal;
