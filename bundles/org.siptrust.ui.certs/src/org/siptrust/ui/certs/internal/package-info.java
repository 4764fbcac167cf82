/**
 * The certificate inspector view and its parts: the inventory table, the field, chain, identity
 * and problem panels of the selected certificate, the validity timeline, the compare dialog, PEM/DER
 * export, and File > Open Certificate… for files outside any capture.
 */
package org.siptrust.ui.certs.internal;
