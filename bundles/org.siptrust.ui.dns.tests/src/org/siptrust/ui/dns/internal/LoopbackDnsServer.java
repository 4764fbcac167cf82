package org.siptrust.ui.dns.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.Zone;

/**
 * A tiny authoritative DNS server on 127.0.0.1 (UDP, a free port) answering from a zone file, so
 * that "Resolve live" can be tested without touching any network. Test-only.
 */
final class LoopbackDnsServer implements AutoCloseable {
    private final Zone zone;
    private final DatagramSocket socket;
    private final Thread thread;
    private final AtomicInteger queries = new AtomicInteger();

    LoopbackDnsServer(Path zoneFile, String origin) throws IOException {
        zone = new Zone(Name.fromString(origin), zoneFile.toString());
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "loopback DNS server");
        thread.setDaemon(true);
        thread.start();
    }

    /** host:port of the server. */
    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    int queries() {
        return queries.get();
    }

    private void serve() {
        byte[] buf = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                byte[] in = java.util.Arrays.copyOf(p.getData(), p.getLength());
                byte[] out = answer(new Message(in)).toWire(1232);
                socket.send(new DatagramPacket(out, out.length, p.getSocketAddress()));
                queries.incrementAndGet();
            } catch (SocketException closed) {
                return;
            } catch (IOException | RuntimeException e) {
                // a bad query gets no answer, as from a real server under load
            }
        }
    }

    private Message answer(Message query) {
        Message r = new Message(query.getHeader().getID());
        r.getHeader().setFlag(Flags.QR);
        r.getHeader().setFlag(Flags.AA);
        Record q = query.getQuestion();
        r.addRecord(q, Section.QUESTION);
        OPTRecord opt = query.getOPT();
        boolean dnssecOk = opt != null && (opt.getFlags() & org.xbill.DNS.ExtendedFlags.DO) != 0;
        if (opt != null) {
            r.addRecord(new OPTRecord(1232, 0, 0, dnssecOk ? org.xbill.DNS.ExtendedFlags.DO : 0), Section.ADDITIONAL);
        }
        SetResponse sr = zone.findRecords(q.getName(), q.getType());
        if (sr.isSuccessful()) {
            for (RRset set : sr.answers()) {
                set.rrs().forEach(rr -> r.addRecord(rr, Section.ANSWER));
                if (dnssecOk) {
                    set.sigs().forEach(s -> r.addRecord(s, Section.ANSWER));
                }
            }
        } else if (sr.isNXDOMAIN()) {
            r.getHeader().setRcode(Rcode.NXDOMAIN);
            authority(r, dnssecOk);
        } else {
            authority(r, dnssecOk);
        }
        return r;
    }

    private void authority(Message r, boolean dnssecOk) {
        RRset soa = zone.findExactMatch(zone.getOrigin(), org.xbill.DNS.Type.SOA);
        if (soa != null) {
            soa.rrs().forEach(rr -> r.addRecord(rr, Section.AUTHORITY));
            if (dnssecOk) {
                soa.sigs().forEach(s -> r.addRecord(s, Section.AUTHORITY));
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
