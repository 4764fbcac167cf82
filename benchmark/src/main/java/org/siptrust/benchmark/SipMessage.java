package org.siptrust.benchmark;

/** One SIP message to send on a connection, in wire form. */
record SipMessage(boolean fromClient, byte[] bytes) {
}
