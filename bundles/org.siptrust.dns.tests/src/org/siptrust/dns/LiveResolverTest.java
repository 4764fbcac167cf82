package org.siptrust.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.core.Endpoint;
import org.siptrust.core.Finding;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * The opt-in live resolver path against a real authoritative server: BIND 9 {@code named},
 * started in the foreground as the current user on 127.0.0.1 at free high ports, serving a copy of
 * the signed corpus zone, and a second instance serving a copy whose TLSA data was changed after
 * signing. Nothing leaves 127.0.0.1. Skipped when /usr/sbin/named is not installed (Debian package
 * bind9).
 */
class LiveResolverTest {
    static final Path NAMED = Path.of("/usr/sbin/named");

    static final List<Process> processes = new ArrayList<>();
    static final List<Path> dirs = new ArrayList<>();
    static String goodServer;
    static String badServer;

    @BeforeAll
    static void startNamed() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(NAMED),
                "BIND 9 named is not installed at /usr/sbin/named (apt-get install bind9): live resolver test skipped");
        String zone = TestData.zoneText();
        goodServer = start("good", zone);
        String broken = zone.replace(DnssecValidatorTest.BILOXI_TLSA_DATA, "1661FDF9E7A20A64B0E4278787620EC175AB");
        assertTrue(!broken.equals(zone));
        badServer = start("broken", broken);
    }

    @AfterAll
    static void stopNamed() throws Exception {
        for (Process p : processes) {
            p.destroy();
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        for (Path d : dirs) {
            try (Stream<Path> s = Files.walk(d)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return s.getLocalPort();
        }
    }

    /** Starts named for example.com with {@code zoneText}; returns {@code 127.0.0.1:port} once it answers. */
    private static String start(String label, String zoneText) throws Exception {
        Path dir = Files.createTempDirectory("siptrust-named-" + label);
        dirs.add(dir);
        Files.writeString(dir.resolve("example.com.zone"), zoneText, StandardCharsets.UTF_8);
        int port = freePort();
        String conf = "options {\n"
                + "  directory \"" + dir + "\";\n"
                + "  pid-file \"" + dir.resolve("named.pid") + "\";\n"
                + "  session-keyfile \"" + dir.resolve("session.key") + "\";\n"
                + "  managed-keys-directory \"" + dir + "\";\n"
                + "  listen-on port " + port + " { 127.0.0.1; };\n"
                + "  listen-on-v6 { none; };\n"
                + "  recursion no;\n"
                + "  dnssec-validation no;\n"
                + "  notify no;\n"
                + "};\n"
                + "controls { };\n"
                + "zone \"example.com\" { type primary; file \"example.com.zone\"; };\n";
        Files.writeString(dir.resolve("named.conf"), conf, StandardCharsets.UTF_8);
        Path log = dir.resolve("named.log");
        Process p = new ProcessBuilder(NAMED.toString(), "-g", "-n", "1", "-c", dir.resolve("named.conf").toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(p);
        SimpleResolver probe = new SimpleResolver(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        probe.setTimeout(Duration.ofMillis(300));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                fail("named (" + label + ") exited with " + p.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                Message m = probe.send(Message.newQuery(
                        Record.newRecord(Name.fromConstantString("example.com."), Type.SOA, DClass.IN)));
                if (m.getRcode() == Rcode.NOERROR && !m.getSection(1).isEmpty()) {
                    return "127.0.0.1:" + port;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("named (" + label + ") did not answer within 20 s:\n" + Files.readString(log));
        return null;
    }

    static Name n(String s) {
        return Name.fromConstantString(s + ".");
    }

    @Test
    void liveAnswersFromTheSignedZoneAreSecure() throws Exception {
        DnsEvidence ev = DnsEvidence.builder().liveResolver(goodServer).build();
        assertTrue(ev.hasLiveResolver());
        DnssecValidator v = DnssecValidator.of(ev, DnssecAnchors.load(TestData.DS), TestData.captureStart());
        List<DnsRrset> naptr = ev.rrsets(n("biloxi.example.com"), Type.NAPTR);
        assertEquals(1, naptr.size());
        assertEquals(DnsSource.LIVE, naptr.get(0).source());
        assertEquals(goodServer, naptr.get(0).origin());
        assertTrue(naptr.get(0).isSigned());
        assertEquals(DnssecStatus.SECURE, v.validate(naptr.get(0)).status());

        Resolution r = Rfc3263Locator.locate(SipTarget.parse("sip:bob@biloxi.example.com", "Request-URI"), ev, v);
        Destination d = r.destinationFor(new Endpoint("127.0.0.12", 5061)).orElseThrow(() -> new AssertionError(r.render()));
        assertEquals(DnssecStatus.SECURE, d.chainStatus(), r.render());
        assertEquals(DnssecStatus.SECURE, d.tlsaStatus(), r.render());
        assertEquals("match", d.dane(List.of(TestData.pkiCertificate("proxy-b.crt"))).result());
        assertEquals(List.of("sip.biloxi.example.com"),
                r.secureSrvTargets().stream().map(SrvReferenceIdentity::target).toList());
        r.root().flatten().stream().filter(x -> x.lookup() != null && x.lookup().hasData())
                .forEach(x -> assertEquals(List.of("live"), x.sources(), x.toString()));

        // the server's NXDOMAIN with its NSEC proof
        DnssecResult nx = v.validate(n("_sips._tcp.bob-pc.biloxi.example.com"), Type.SRV);
        assertEquals(DnssecStatus.SECURE, nx.status(), nx.toString());
        assertTrue(nx.reason().startsWith("NXDOMAIN"), nx.reason());

        assertFalse(ev.liveExchanges().isEmpty());
        assertTrue(ev.liveExchanges().stream().allMatch(m -> m.src() == null || m.src().toString().equals(goodServer)));
        assertTrue(ev.findings().isEmpty(), ev.findings().toString());
        assertTrue(v.findings().isEmpty(), v.findings().toString());
    }

    @Test
    void brokenSignatureServedLiveIsBogus() throws Exception {
        DnsEvidence ev = DnsEvidence.builder().liveResolver(badServer).build();
        DnssecValidator v = DnssecValidator.of(ev, DnssecAnchors.load(TestData.DS), TestData.captureStart());
        DnssecResult tlsa = v.validate(n("_5061._tcp.sip.biloxi.example.com"), Type.TLSA);
        assertEquals(DnssecStatus.BOGUS, tlsa.status(), tlsa.toString());
        assertEquals(DnsSource.LIVE, tlsa.source());
        assertEquals(DnssecStatus.SECURE, v.validate(n("sip.biloxi.example.com"), Type.A).status());

        Resolution r = Rfc3263Locator.locate(SipTarget.parse("sip:biloxi.example.com", "Request-URI"), ev, v);
        Destination d = r.destinations().get(0);
        assertEquals(DnssecStatus.BOGUS, d.tlsaStatus());
        DaneResult dane = d.dane(List.of(TestData.pkiCertificate("proxy-b.crt")));
        assertEquals("not-secure", dane.result());
        assertEquals("dane-not-secure", dane.finding(null, null, List.of()).orElseThrow().id());

        List<Finding> findings = v.findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("dnssec-bogus", findings.get(0).id());
        assertTrue(findings.get(0).message().contains("_5061._tcp.sip.biloxi.example.com TLSA (live)"),
                findings.get(0).message());
    }

    @Test
    void anUnreachableServerIsAFindingNotACrash() throws Exception {
        int closed = freePort();
        DnsEvidence ev = DnsEvidence.builder().liveResolver("127.0.0.1:" + closed).build();
        assertTrue(ev.rrsets(n("biloxi.example.com"), Type.NAPTR).isEmpty());
        assertEquals(1, ev.findings().size());
        assertEquals("dns-live-error", ev.findings().get(0).id());
    }
}
