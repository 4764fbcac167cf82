package org.siptrust.sip;

import java.util.List;

/** Lets tests in other packages reuse the parsed sip_wireshark.pcap messages. */
public final class SipWiresharkCaptureTestAccess {

    private static List<SipMessage> cached;

    private SipWiresharkCaptureTestAccess() {
    }

    public static synchronized List<SipMessage> messages() throws Exception {
        if (cached == null) {
            cached = List.copyOf(SipWiresharkCaptureTest.loadMessages());
        }
        return cached;
    }
}
