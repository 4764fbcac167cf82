/**
 * Shared pieces of the flow pages and views: the RFC 5922 verdict that applies to a message on its
 * hop, the lock image, copying rows to the clipboard, the page context that binds Ctrl+F to a
 * page's filter, and finding the connection a selection is about.
 */
package org.siptrust.ui.flow.internal;
