package org.siptrust.analysis.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.analysis.DaneView;
import org.siptrust.analysis.DnsRecordView;
import org.siptrust.analysis.InputException;
import org.siptrust.capture.Capture;
import org.siptrust.capture.TcpConnection;
import org.siptrust.capture.UdpFlow;
import org.siptrust.core.Datagram;
import org.siptrust.core.Finding;
import org.siptrust.dns.DaneMatcher;
import org.siptrust.dns.DaneResult;
import org.siptrust.dns.Destination;
import org.siptrust.dns.DnsEvidence;
import org.siptrust.dns.DnsRrset;
import org.siptrust.dns.DnssecAnchors;
import org.siptrust.dns.DnssecResult;
import org.siptrust.dns.DnssecValidator;
import org.siptrust.dns.Resolution;
import org.siptrust.dns.Rfc3263Locator;
import org.siptrust.dns.SipTarget;
import org.siptrust.dns.TlsaRecord;
import org.siptrust.dns.ZoneFileException;
import org.siptrust.sip.NameAddr;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.SipUri;
import org.siptrust.trust.LocationFacts;
import org.siptrust.trust.TrustInput;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * DNS evidence (capture, zone files, the live resolver when the user enabled it), DNSSEC validation
 * as of the evaluation time, RFC 3263 location of every SIP target, and DANE for every TLS
 * connection the located destinations lead to.
 */
public final class DnsStage {
    private final DnsEvidence evidence;
    private final DnssecValidator validator;
    private final List<Resolution> resolutions = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final boolean anchorsGiven;

    public DnsStage(Capture capture, AnalysisOptions options, Instant at) throws InputException {
        DnsEvidence.Builder b = DnsEvidence.builder();
        for (UdpFlow u : capture.udpFlows()) {
            if (isDns(u.client().port(), u.server().port())) {
                for (Datagram d : u.datagrams()) {
                    b.addDatagram(d);
                }
            }
        }
        for (TcpConnection t : capture.tcpConnections()) {
            if (isDns(t.client().port(), t.server().port())) {
                b.addTcpStream(t.clientToServer(), t.client(), t.server());
                b.addTcpStream(t.serverToClient(), t.server(), t.client());
            }
        }
        try {
            for (var z : options.dnsZones()) {
                b.addZoneFile(z);
            }
        } catch (ZoneFileException e) {
            throw new InputException(e.getMessage());
        }
        if (options.dnsServer() != null) {
            b.liveResolver(options.dnsServer());
        }
        evidence = b.build();
        DnssecAnchors anchors = DnssecAnchors.none();
        try {
            for (var a : options.dnssecAnchors()) {
                anchors = anchors.plus(DnssecAnchors.load(a));
            }
        } catch (ZoneFileException e) {
            throw new InputException(e.getMessage());
        }
        if (options.dnsServer() != null) {
            anchors = anchors.plus(DnssecAnchors.ianaRoot());
        }
        anchorsGiven = !anchors.isEmpty();
        validator = DnssecValidator.of(evidence, anchors, at);
        findings.addAll(evidence.findings());
    }

    private static boolean isDns(int a, int b) {
        return a == 53 || b == 53 || a == 5353 || b == 5353;
    }

    public boolean hasEvidence() {
        return !evidence.allRrsets().isEmpty() || !evidence.allNegatives().isEmpty() || evidence.hasLiveResolver();
    }

    public DnsEvidence evidence() {
        return evidence;
    }

    /** The RRsets of the evidence with their DNSSEC status. */
    public List<DnsRecordView> records() {
        List<DnsRecordView> out = new ArrayList<>();
        for (DnsRrset r : evidence.allRrsets()) {
            if (r.type() == Type.RRSIG) {
                continue;
            }
            DnssecResult v = validator.validate(r);
            out.add(new DnsRecordView(r.nameText(), r.typeName(), r.answers(), v.statusWord(), v.reason(),
                    r.source().word(), r.frames()));
        }
        return out;
    }

    /** Locates every SIP target the messages name (Request-URI and top Route of out-of-dialog requests). */
    public void locate(List<SipMessage> messages) {
        if (!hasEvidence()) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (SipMessage m : messages) {
            if (!m.isRequest() || m.malformed()) {
                continue;
            }
            List<String> uris = new ArrayList<>();
            try {
                List<NameAddr> routes = m.routeParsed();
                if (!routes.isEmpty() && routes.get(0).uri() != null) {
                    uris.add("Route|" + routes.get(0).uri());
                }
            } catch (RuntimeException e) {
                // an unparsable Route is reported by the SIP stage
            }
            SipUri r = m.requestUriParsed();
            if (r != null && r.host() != null) {
                uris.add("Request-URI|" + r);
            }
            for (String u : uris) {
                String source = u.substring(0, u.indexOf('|'));
                String uri = u.substring(u.indexOf('|') + 1);
                SipTarget t;
                try {
                    t = SipTarget.parse(uri, source);
                } catch (RuntimeException e) {
                    continue;
                }
                if (t.isNumericHost() || !seen.add(t.host().toLowerCase(Locale.ROOT) + "|" + t.port() + "|" + t.transportParam() + "|" + t.sips())) {
                    continue;
                }
                resolutions.add(Rfc3263Locator.locate(t, evidence, validator));
            }
        }
        findings.addAll(validator.findings());
    }

    public List<Resolution> resolutions() {
        return resolutions;
    }

    /** DANE for each TLS connection that a located destination (or its SNI) leads to. */
    public List<DaneView> dane(List<TrustInput.Connection> connections) {
        List<DaneView> out = new ArrayList<>();
        if (!hasEvidence()) {
            return out;
        }
        for (TrustInput.Connection c : connections) {
            if (!c.isTls() || c.serverChain().isEmpty()) {
                continue;
            }
            List<byte[]> chain = c.serverChain().stream().map(x -> x.der()).toList();
            Optional<Destination> dest = destination(c);
            DaneResult r;
            String tlsaName;
            List<Long> frames = new ArrayList<>();
            if (dest.isPresent() && dest.get().tlsaName() != null) {
                r = dest.get().dane(chain);
                tlsaName = dest.get().tlsaName();
                frames.addAll(dest.get().tlsaFrames());
            } else if (c.tls().sni() != null) {
                tlsaName = "_" + c.server().port() + "._tcp." + c.tls().sni().toLowerCase(Locale.ROOT) + ".";
                List<TlsaRecord> tlsa = new ArrayList<>();
                String status = null;
                try {
                    for (DnsRrset rr : evidence.rrsets(Name.fromString(tlsaName), Type.TLSA)) {
                        tlsa.addAll(TlsaRecord.of(rr));
                        frames.addAll(rr.frames());
                        status = validator.validate(rr).statusWord();
                    }
                } catch (TextParseException e) {
                    continue;
                }
                if (tlsa.isEmpty()) {
                    continue;
                }
                r = DaneMatcher.match(tlsa, chain, status);
            } else {
                continue;
            }
            long certFrame = c.tls().serverCertificateFrame();
            if (certFrame > 0) {
                frames.add(certFrame);
            }
            List<Long> sorted = frames.stream().distinct().sorted().toList();
            out.add(new DaneView(c.id(), tlsaName, r.records(), r.result(), r.explanation(),
                    r.rule() == null ? null : r.rule().toString(), sorted));
            r.finding(c.id(), c.serverChain().get(0).sha256(), sorted).map(this::withoutAnchorsInfo).ifPresent(findings::add);
        }
        return out;
    }

    /**
     * Without any DNSSEC trust anchor nothing can be secure; that is the user's choice of evidence,
     * not a fault of the capture, so it is said once per connection as information.
     */
    private Finding withoutAnchorsInfo(Finding f) {
        if (!anchorsGiven && f.id().equals("dane-not-secure")) {
            return new Finding(f.id(), org.siptrust.core.Severity.INFO, f.rule(), f.message()
                    + " (no DNSSEC trust anchor was given: pass --dnssec-anchor to validate)", f.connection(), f.frames(),
                    f.certificate());
        }
        return f;
    }

    private Optional<Destination> destination(TrustInput.Connection c) {
        for (Resolution r : resolutions) {
            Optional<Destination> d = r.destinationFor(c.server());
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** What the resolutions say about SRV targets, for the RFC 3263 and RFC 7673 profiles. */
    public LocationFacts locationFacts() {
        Map<String, List<String>> targets = new LinkedHashMap<>();
        Map<String, Boolean> secure = new LinkedHashMap<>();
        for (Resolution r : resolutions) {
            String domain = r.target().host().toLowerCase(Locale.ROOT);
            for (Destination d : r.destinations()) {
                if (d.srvOwner() != null && d.host() != null) {
                    String h = d.host().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
                    List<String> l = targets.computeIfAbsent(domain, k -> new ArrayList<>());
                    if (!l.contains(h)) {
                        l.add(h);
                    }
                }
            }
            r.secureSrvTargets().forEach(s -> secure.put(domain, true));
        }
        return new LocationFacts() {
            @Override
            public List<String> srvTargets(String domain) {
                return targets.getOrDefault(domain.toLowerCase(Locale.ROOT), List.of());
            }

            @Override
            public boolean srvSecure(String domain) {
                return secure.getOrDefault(domain.toLowerCase(Locale.ROOT), false);
            }
        };
    }

    public List<Finding> findings() {
        return findings;
    }
}
