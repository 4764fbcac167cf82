/**
 * Key material attached to captures: the Keys dialog, the per-capture memory of key file paths in
 * the preferences, private key passwords in Eclipse secure storage (only when the user asks), the
 * master password prompt for that storage, and the harmless descriptions (names, counts,
 * fingerprints) shown instead of key bytes.
 */
package org.siptrust.ui.internal.keys;
