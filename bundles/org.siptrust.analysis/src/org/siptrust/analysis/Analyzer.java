package org.siptrust.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siptrust.analysis.internal.CertificateStage;
import org.siptrust.analysis.internal.DnsStage;
import org.siptrust.analysis.internal.InOrderWorker;
import org.siptrust.analysis.internal.KeyStage;
import org.siptrust.analysis.internal.SipStage;
import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureFormatException;
import org.siptrust.capture.CaptureLoader;
import org.siptrust.capture.TcpConnection;
import org.siptrust.capture.UdpFlow;
import org.siptrust.core.Finding;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.core.RuleRef;
import org.siptrust.core.Severity;
import org.siptrust.core.Times;
import org.siptrust.sip.SipMessage;
import org.siptrust.tls.KeyMaterial;
import org.siptrust.tls.TlsAlert;
import org.siptrust.tls.TlsAnalyzer;
import org.siptrust.tls.TlsSession;
import org.siptrust.tls.TlsSessionCache;
import org.siptrust.trust.TrustEngine;
import org.siptrust.trust.TrustInput;
import org.siptrust.trust.TrustResult;
import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.TrustAnchorException;
import org.siptrust.x509.TrustAnchors;

/**
 * Runs the pipeline of ARCHITECTURE.md on one capture: capture, then TLS, SIP, certificates, DNS
 * and trust, and assembles the immutable {@link Analysis}. Streaming work happens in the stages;
 * this class only wires them.
 */
public final class Analyzer {
    private Analyzer() {
    }

    /**
     * Analyses {@code file} with {@code options}.
     *
     * @throws InputException when the capture or a key/anchor/zone file cannot be used at all
     */
    public static Analysis analyze(Path file, AnalysisOptions options, ProgressMonitor monitor) throws InputException {
        Capture capture;
        try {
            capture = CaptureLoader.load(file, new SubMonitor(monitor, "Reading capture"));
        } catch (CaptureFormatException e) {
            throw new InputException(e.getMessage());
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        }
        TrustAnchors anchors = anchors(options);
        KeyMaterial keys = KeyStage.keys(options, capture.embeddedKeyLogs());
        long atNanos = options.at() != null ? Times.nanos(options.at()) : capture.summary().firstNanos();
        Instant at = Times.instant(atNanos);

        // DNS over TCP is read from the reassembled streams, so before they may be released below
        DnsStage dns = new DnsStage(capture, options, at);
        List<TcpConnection> tcp = new ArrayList<>(capture.tcpConnections());
        if (!options.keepStreams()) {
            // from here on the loop holds the only reference to each connection's bytes, and lets go of it
            capture = capture.withoutTcpStreams();
        }

        List<Finding> findings = new ArrayList<>(capture.findings());
        int conns = capture.tcpConnections().size() + capture.udpFlows().size();
        monitor.begin("Decrypting and decoding " + conns + " connections", conns);
        SipStage sip = new SipStage();
        CertificateStage certs = new CertificateStage();
        Map<String, TlsSession> sessions = new LinkedHashMap<>();
        List<Connection> connections = new ArrayList<>();
        List<TrustInput.Connection> trustConnections = new ArrayList<>();
        // one session cache per capture, connections in capture order: TLS 1.2 resumption decrypted
        // with an RSA key needs the master secret of the connection that established the session
        TlsSessionCache resumption = new TlsSessionCache();
        // Decryption stays on this thread in capture order (the session cache above needs it); SIP
        // framing, certificates and the connection records of connection n run on one worker thread,
        // in the same order, while this thread decrypts connection n+1.
        try (InOrderWorker worker = new InOrderWorker("siptrust-analysis", 4)) {
            for (int i = 0; i < tcp.size(); i++) {
                TcpConnection t = tcp.get(i);
                if (!options.keepStreams()) {
                    tcp.set(i, null);
                }
                monitor.checkCanceled();
                TlsSession s = TlsAnalyzer.analyze(t.id(), t.client(), t.server(), t.clientToServer(), t.serverToClient(), keys,
                        resumption, monitor);
                worker.submit(() -> {
                    TlsSession kept = s;
                    List<CertificateInfo> serverChain = List.of();
                    List<CertificateInfo> clientChain = List.of();
                    TlsFacts facts = null;
                    if (s.looksLikeTls()) {
                        findings.addAll(s.findings());
                        sip.tls(t, s);
                        if (!options.keepStreams()) {
                            kept = s.withoutApplicationData();
                        }
                        sessions.put(t.id(), kept);
                        serverChain = certs.chain(s.serverCertificates(), t.id(), "server", s.serverCertificateFrame());
                        clientChain = certs.chain(s.clientCertificates(), t.id(), "client", s.clientCertificateFrame());
                        facts = facts(s, serverChain, clientChain);
                    } else {
                        sip.tcp(t);
                    }
                    String transport = facts != null ? "tls" : "tcp";
                    connections.add(new Connection(t.id(), transport, t.client(), t.server(), t.firstFrame(), t.lastFrame(), t.frames(),
                            facts));
                    trustConnections.add(new TrustInput.Connection(t.id(), transport, t.client(), t.server(), t.firstFrame(),
                            facts != null ? kept : null, serverChain, clientChain));
                });
                monitor.worked(1);
            }
            worker.finish();
        }
        for (UdpFlow u : capture.udpFlows()) {
            sip.udp(u);
            List<Long> frames = u.datagrams().stream().map(d -> d.frame()).toList();
            connections.add(new Connection(u.id(), "udp", u.client(), u.server(), u.firstFrame(),
                    frames.get(frames.size() - 1), frames, null));
            trustConnections.add(new TrustInput.Connection(u.id(), "udp", u.client(), u.server(), u.firstFrame(), null,
                    List.of(), List.of()));
            monitor.worked(1);
        }
        connections.sort(Comparator.comparingLong(Connection::firstFrame));

        List<SipMessage> messages = sip.messages();
        for (SipMessage m : messages) {
            if (m.malformed()) {
                findings.add(new Finding("sip-malformed", Severity.WARNING, RuleRef.rfc(3261, "7"),
                        "malformed SIP message in frame " + m.frame() + ": " + m.malformedReason(), m.context().connectionId(),
                        List.of(m.frame()), null));
            }
            for (byte[] der : m.pkixCertificates()) {
                certs.body(der, m.context().connectionId(), m.frame());
            }
        }
        monitor.subTask("Certificates, DNS and trust");
        findings.addAll(certs.findings());
        List<CertificateRecord> certificateRecords = certs.records(anchors, at);

        dns.locate(messages);
        List<DaneView> dane = dns.dane(trustConnections);
        List<DnsRecordView> dnsRecords = dns.records();
        findings.addAll(dns.findings());

        TrustResult trust = TrustEngine.evaluate(new TrustInput(trustConnections, messages, anchors,
                !anchors.isEmpty(), at, dns.locationFacts()));
        findings.addAll(trust.findings());

        Analysis.Builder b = new Analysis.Builder();
        b.capture = capture;
        b.options = options;
        b.connections = connections;
        b.tlsSessions = sessions;
        b.messages = messages;
        b.certificates = certificateRecords;
        b.dnsRecords = dnsRecords;
        b.resolutions = dns.resolutions();
        b.dane = dane;
        b.hops = trust.hops();
        b.findings = findings;
        b.evaluationTimeNanos = atNanos;
        b.keySummary = keys.toString();
        return new Analysis(b);
    }

    private static TrustAnchors anchors(AnalysisOptions options) throws InputException {
        try {
            TrustAnchors a = options.trustAnchors().isEmpty() ? TrustAnchors.none() : TrustAnchors.load(options.trustAnchors());
            if (options.systemTrust()) {
                a = a.plus(TrustAnchors.systemDefault());
            }
            return a;
        } catch (TrustAnchorException e) {
            throw new InputException(e.getMessage());
        }
    }

    /** SHA-256 of the DER as sent (also for a certificate that does not parse). */
    static String sha256(byte[] der) {
        try {
            return org.siptrust.core.Hex.of(java.security.MessageDigest.getInstance("SHA-256").digest(der));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TlsFacts facts(TlsSession s, List<CertificateInfo> serverChain, List<CertificateInfo> clientChain) {
        List<String> alerts = new ArrayList<>();
        for (TlsAlert a : s.alerts()) {
            alerts.add(a.toString());
        }
        return new TlsFacts(s.version(), s.cipherSuite() < 0 ? null : s.cipherSuiteHex(), s.cipherSuiteName(), s.sni(),
                s.alpn(), s.decrypted(), s.undecryptedReason(),
                s.serverCertificates().stream().map(Analyzer::sha256).toList(),
                s.clientCertificates().stream().map(Analyzer::sha256).toList(), alerts, s.certificateRequested(),
                s.handshakeCompleted(), s.resumed(), s.clientHelloFrame(), s.serverHelloFrame());
    }
}
