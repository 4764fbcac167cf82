/** The individual rule checks and the helpers that read identities out of certificates and messages. */
package org.siptrust.trust.internal;
