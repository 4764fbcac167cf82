package org.siptrust.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.siptrust.capture.TcpConnection;
import org.siptrust.capture.UdpFlow;
import org.siptrust.core.Datagram;
import org.siptrust.core.FramedBytes;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.SipParser;
import org.siptrust.sip.WireContext;
import org.siptrust.tls.TlsSession;

/** Frames SIP messages out of UDP datagrams, plain TCP streams and decrypted TLS streams. */
public final class SipStage {
    private final List<SipMessage> messages = new ArrayList<>();

    public void tls(TcpConnection t, TlsSession s) {
        if (!s.clientApplicationData().isEmpty()) {
            stream(s.clientApplicationData(), new WireContext(t.id(), "TLS", t.client(), t.server(), true));
        }
        if (!s.serverApplicationData().isEmpty()) {
            stream(s.serverApplicationData(), new WireContext(t.id(), "TLS", t.server(), t.client(), true));
        }
    }

    public void tcp(TcpConnection t) {
        stream(t.clientToServer(), new WireContext(t.id(), "TCP", t.client(), t.server(), false));
        stream(t.serverToClient(), new WireContext(t.id(), "TCP", t.server(), t.client(), false));
    }

    public void udp(UdpFlow u) {
        for (Datagram d : u.datagrams()) {
            messages.addAll(SipParser.parseDatagram(d, new WireContext(u.id(), "UDP", d.source(), d.destination(), false)));
        }
    }

    private void stream(FramedBytes bytes, WireContext ctx) {
        if (!bytes.isEmpty()) {
            messages.addAll(SipParser.parseStream(bytes, ctx));
        }
    }

    /** Every message, in frame order (several in one frame keep their order in the frame). */
    public List<SipMessage> messages() {
        List<SipMessage> out = new ArrayList<>(messages);
        out.sort(Comparator.comparingLong(SipMessage::frame).thenComparingLong(SipMessage::streamOffset)
                .thenComparingInt(SipMessage::indexInFrame));
        return out;
    }
}
