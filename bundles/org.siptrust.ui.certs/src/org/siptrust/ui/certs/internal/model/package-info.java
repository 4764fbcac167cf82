/**
 * What the certificate inspector shows, without widgets: the inventory of one analysis plus the
 * certificates the user opened from files, the field tree of a certificate, its chains, its lint and
 * validation problems, the field-by-field comparison of two certificates, and PEM/DER reading and
 * writing. Everything here is immutable and safe to build in a background job.
 */
package org.siptrust.ui.certs.internal.model;
