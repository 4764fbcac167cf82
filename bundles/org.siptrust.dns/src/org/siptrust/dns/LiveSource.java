package org.siptrust.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.siptrust.core.Endpoint;
import org.siptrust.core.Finding;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * The opt-in live resolver: one dnsjava {@link SimpleResolver} talking to exactly the server the
 * user named, asked with DO and CD so that it returns signatures and does not hide bogus data
 * behind SERVFAIL (this tool validates by itself). Each question is asked once; answers are kept.
 */
final class LiveSource {
    private final String server;
    private final InetSocketAddress address;
    private final SimpleResolver resolver;
    private final ConcurrentHashMap<RrsetKey, Message> answers = new ConcurrentHashMap<>();
    /** One DnsRrset per owner, type and data, whichever answer carried it (stable identity for caching). */
    private final java.util.Map<String, DnsRrset> rrsets = new java.util.LinkedHashMap<>();
    private final java.util.Map<RrsetKey, DnsNegative> negatives = new java.util.LinkedHashMap<>();
    private final List<DnsMessageRecord> exchanges = new CopyOnWriteArrayList<>();
    private final List<Finding> problems = new CopyOnWriteArrayList<>();

    LiveSource(String hostPort) {
        this.server = hostPort.trim();
        this.address = parse(server);
        this.resolver = new SimpleResolver(address);
        resolver.setEDNS(0, 1232, ExtendedFlags.DO, List.of());
        resolver.setTimeout(Duration.ofSeconds(3));
    }

    private static InetSocketAddress parse(String hostPort) {
        String host;
        String port;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("bad --dns-server " + hostPort + ": expected [v6]:port");
            }
            host = hostPort.substring(1, close);
            port = close + 1 < hostPort.length() && hostPort.charAt(close + 1) == ':'
                    ? hostPort.substring(close + 2) : "53";
        } else {
            int colon = hostPort.lastIndexOf(':');
            boolean hasPort = colon > 0 && hostPort.indexOf(':') == colon;
            host = hasPort ? hostPort.substring(0, colon) : hostPort;
            port = hasPort ? hostPort.substring(colon + 1) : "53";
        }
        int p;
        try {
            p = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad --dns-server " + hostPort + ": port is not a number");
        }
        if (p < 1 || p > 65535 || host.isEmpty()) {
            throw new IllegalArgumentException("bad --dns-server " + hostPort);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), p);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad --dns-server " + hostPort + ": unknown host");
        }
    }

    String server() {
        return server;
    }

    /** The server's answer to name/type, asking it on first use; null when it did not answer. */
    Message answer(Name name, int type) {
        RrsetKey key = new RrsetKey(name, type);
        Message cached = answers.get(key);
        if (cached != null) {
            return cached;
        }
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        query.getHeader().setFlag(Flags.CD);
        Endpoint remote = new Endpoint(address.getAddress().getHostAddress(), address.getPort());
        try {
            Message response = resolver.send(query);
            long now = System.currentTimeMillis() * 1_000_000L;
            exchanges.add(DnsEvidence.describe(query, 0, now, null, remote));
            exchanges.add(DnsEvidence.describe(response, 0, now, remote, null));
            Message prev = answers.putIfAbsent(key, response);
            if (prev != null) {
                return prev;
            }
            synchronized (rrsets) {
                for (DnsRrset r : DnsEvidence.rrsetsOf(response, DnsSource.LIVE, server, null)) {
                    String k = r.name().toString().toLowerCase(java.util.Locale.ROOT) + "/" + r.type() + "/" + r.dataKey();
                    DnsRrset old = rrsets.get(k);
                    if (old == null || (!old.isSigned() && r.isSigned())) {
                        rrsets.put(k, r);
                    }
                }
                DnsNegative n = DnsEvidence.negativeOf(response, DnsSource.LIVE, 0);
                if (n != null) {
                    negatives.putIfAbsent(new RrsetKey(n.name(), n.type()), n);
                }
            }
            return response;
        } catch (IOException | RuntimeException e) {
            problems.add(DnsFindings.liveError(server, name.toString(true) + " " + Type.string(type),
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return null;
        }
    }

    /** The RRsets of all answers so far (every section), one object per distinct RRset. */
    List<DnsRrset> allRrsets() {
        synchronized (rrsets) {
            return new ArrayList<>(rrsets.values());
        }
    }

    List<DnsRrset> rrsets(Name name, int type) {
        List<DnsRrset> out = new ArrayList<>();
        synchronized (rrsets) {
            for (DnsRrset r : rrsets.values()) {
                if (r.type() == type && r.name().equals(name)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    List<DnsNegative> allNegatives() {
        synchronized (rrsets) {
            return new ArrayList<>(negatives.values());
        }
    }

    DnsNegative negative(Name name, int type) {
        synchronized (rrsets) {
            return negatives.get(new RrsetKey(name, type));
        }
    }

    List<DnsMessageRecord> exchanges() {
        return List.copyOf(exchanges);
    }

    List<Finding> problems() {
        return List.copyOf(problems);
    }
}
