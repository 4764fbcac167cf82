package org.siptrust.dns;

import java.nio.file.Path;
import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureLoader;
import org.siptrust.capture.TcpConnection;
import org.siptrust.capture.UdpFlow;
import org.siptrust.core.Datagram;
import org.siptrust.core.ProgressMonitor;

/** Feeds the DNS traffic of a corpus capture (port 53, UDP and TCP) into a DnsEvidence builder. */
final class CaptureDns {
    private CaptureDns() {
    }

    static Capture load(Path file) throws Exception {
        return CaptureLoader.load(file, ProgressMonitor.NULL);
    }

    static DnsEvidence.Builder add(Capture capture, DnsEvidence.Builder b) {
        for (UdpFlow f : capture.udpFlows()) {
            if (f.server().port() == 53 || f.client().port() == 53) {
                for (Datagram d : f.datagrams()) {
                    b.addDatagram(d);
                }
            }
        }
        for (TcpConnection c : capture.tcpConnections()) {
            if (c.server().port() == 53) {
                b.addTcpStream(c.clientToServer(), c.client(), c.server());
                b.addTcpStream(c.serverToClient(), c.server(), c.client());
            }
        }
        return b;
    }
}
