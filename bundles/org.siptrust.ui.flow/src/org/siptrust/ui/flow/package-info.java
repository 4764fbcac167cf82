/**
 * The SIP flow side of the workbench: the Messages and Ladder pages of the capture editor and the
 * Follow TLS Stream view, with the selection type they publish ({@link org.siptrust.ui.flow.MessageSelection})
 * so that other views can follow a selected SIP message by its frames.
 */
package org.siptrust.ui.flow;
