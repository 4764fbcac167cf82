package org.siptrust.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Denial of existence with NSEC and NSEC3, wildcards and an unsigned delegation (insecure), on
 * the corpus zone re-signed with BIND's own tools (dnssec-keygen, dnssec-signzone,
 * dnssec-dsfromkey; Debian package bind9-utils). Skipped when the tools are not installed.
 */
class SignedZonesTest {
    static final Path KEYGEN = Path.of("/usr/bin/dnssec-keygen");
    static final Path SIGNZONE = Path.of("/usr/bin/dnssec-signzone");
    static final Path DSFROMKEY = Path.of("/usr/bin/dnssec-dsfromkey");
    static final String CHILD = "child.example.com. 300 IN SOA ns.child.example.com. hostmaster.child.example.com. "
            + "1 3600 600 86400 300\n"
            + "child.example.com. 300 IN NS ns.child.example.com.\n"
            + "ns.child.example.com. 300 IN A 127.0.0.99\n"
            + "www.child.example.com. 300 IN A 127.0.0.98\n";

    @TempDir
    static Path dir;
    static Instant at;
    static DnssecAnchors anchors;
    static String nsecZone;
    static String nsec3Zone;

    @BeforeAll
    static void sign() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(KEYGEN) && Files.isExecutable(SIGNZONE)
                && Files.isExecutable(DSFROMKEY), "BIND tools (bind9-utils) not installed: signed-zone tests skipped");
        at = TestData.captureStart();
        StringBuilder unsigned = new StringBuilder();
        try (Master m = new Master(Files.newInputStream(TestData.ZONE))) {
            Record r;
            while ((r = m.nextRecord()) != null) {
                int t = r.getType();
                if (t != Type.RRSIG && t != Type.NSEC && t != Type.DNSKEY) {
                    unsigned.append(r).append('\n');
                }
            }
        }
        unsigned.append("*.wild.example.com. 300 IN TXT \"wildcard\"\n");
        unsigned.append("child.example.com. 300 IN NS ns.child.example.com.\n");
        unsigned.append("ns.child.example.com. 300 IN A 127.0.0.99\n");
        String ksk = run("dnssec-keygen", KEYGEN.toString(), "-q", "-K", dir.toString(), "-a", "ECDSAP256SHA256",
                "-f", "KSK", "example.com").trim();
        String zsk = run("dnssec-keygen", KEYGEN.toString(), "-q", "-K", dir.toString(), "-a", "ECDSAP256SHA256",
                "example.com").trim();
        // the DNSKEY RRset goes into the zone; dnssec-signzone finds the private keys in -K
        unsigned.append(Files.readString(dir.resolve(ksk + ".key"), StandardCharsets.UTF_8));
        unsigned.append(Files.readString(dir.resolve(zsk + ".key"), StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("example.com.zone"), unsigned.toString(), StandardCharsets.UTF_8);
        anchors = DnssecAnchors.parse(run("dnssec-dsfromkey", DSFROMKEY.toString(), "-2",
                dir.resolve(ksk + ".key").toString()), "dsfromkey");
        nsecZone = signed("nsec", ksk, zsk);
        nsec3Zone = signed("nsec3", ksk, zsk, "-3", "AABBCCDD", "-H", "0");
        assertTrue(nsec3Zone.contains("NSEC3PARAM"));
        assertFalse(nsecZone.contains("NSEC3"));
    }

    private static String signed(String label, String ksk, String zsk, String... extra) throws Exception {
        Path out = dir.resolve("example.com." + label + ".signed");
        List<String> cmd = new ArrayList<>(List.of(SIGNZONE.toString(), "-q", "-K", dir.toString(), "-d",
                dir.toString(), "-o", "example.com", "-f", out.toString(), "-s", "20261101000000", "-e",
                "20361101000000"));
        cmd.addAll(List.of(extra));
        cmd.add(dir.resolve("example.com.zone").toString());
        run("dnssec-signzone", cmd.toArray(new String[0]));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String run(String what, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(what + " timed out");
        }
        if (p.exitValue() != 0) {
            throw new IOException(what + " failed: " + out);
        }
        return out;
    }

    static DnssecValidator validator(String zone) throws Exception {
        DnsEvidence ev = DnsEvidence.builder().addZoneText(zone, "example.com (re-signed)")
                .addZoneText(CHILD, "child.example.com (unsigned)").build();
        return DnssecValidator.of(ev, anchors, at);
    }

    static Name n(String s) {
        return Name.fromConstantString(s + ".");
    }

    private static void assertStatus(DnssecValidator v, String name, int type, DnssecStatus expected) {
        DnssecResult r = v.validate(n(name), type);
        assertEquals(expected, r.status(), r.toString());
    }

    @Test
    void nsecZone() throws Exception {
        checkZone(validator(nsecZone));
    }

    @Test
    void nsec3Zone() throws Exception {
        checkZone(validator(nsec3Zone));
    }

    private void checkZone(DnssecValidator v) {
        assertStatus(v, "_5061._tcp.sip.biloxi.example.com", Type.TLSA, DnssecStatus.SECURE);
        assertStatus(v, "biloxi.example.com", Type.NAPTR, DnssecStatus.SECURE);
        // NXDOMAIN and NODATA, proven
        assertStatus(v, "_sips._tcp.bob-pc.biloxi.example.com", Type.SRV, DnssecStatus.SECURE);
        assertEquals(ResolutionNode.NXDOMAIN, Rfc3263Locator.locate(SipTarget.parse("sip:bob-pc.biloxi.example.com",
                "Request-URI"), v.evidence(), v).root().children().get(1).outcome());
        assertStatus(v, "sip.biloxi.example.com", Type.AAAA, DnssecStatus.SECURE);
        // wildcard expansion, with the proof that the name itself does not exist
        List<DnsRrset> wild = v.evidence().rrsets(n("alice.wild.example.com"), Type.TXT);
        assertEquals(1, wild.size());
        assertEquals(List.of("\"wildcard\""), wild.get(0).answers());
        assertStatus(v, "alice.wild.example.com", Type.TXT, DnssecStatus.SECURE);
        assertStatus(v, "alice.wild.example.com", Type.A, DnssecStatus.SECURE);
        // unsigned child below a proven-absent DS: insecure, not bogus
        assertStatus(v, "www.child.example.com", Type.A, DnssecStatus.INSECURE);
        assertStatus(v, "child.example.com", Type.DS, DnssecStatus.SECURE);
        // the whole evidence validates without a bogus item
        assertTrue(v.findings().isEmpty(), v.findings().toString());
    }

    @Test
    void forgedNsec3DenialIsBogus() throws Exception {
        // delete the SRV RRset of _sips._tcp.biloxi but keep the NSEC3 chain that says it exists
        String forged = nsec3Zone.replaceAll("(?m)^_sips\\._tcp\\.biloxi\\.example\\.com\\.\\s+\\d+\\s+IN SRV .*$", "");
        assertFalse(forged.equals(nsec3Zone), "the SRV line was not found");
        DnssecValidator v = validator(forged);
        assertStatus(v, "_sips._tcp.biloxi.example.com", Type.SRV, DnssecStatus.BOGUS);
    }
}
