package org.siptrust.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.siptrust.core.IpText;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.testing.Tshark;

/**
 * IP address texts ({@code IpText}, core has no test fragment), used by the capture decoder, the
 * certificate model and the Frames table: RFC 5952's own examples, and the addresses of a real
 * IPv6 capture as tshark prints them.
 */
class IpTextTest {

    private static String v6(String hex) {
        byte[] b = new byte[16];
        for (int i = 0; i < 16; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return IpText.v6(b, 0);
    }

    @Test
    void rfc5952Examples() {
        assertEquals("2001:db8::1", v6("20010db8000000000000000000000001"), "§4.2.1 the longest zero run");
        assertEquals("2001:db8:0:1:1:1:1:1", v6("20010db8000000010001000100010001"), "§4.2.2 one zero group stays");
        assertEquals("2001:0:0:1::1", v6("20010000000000010000000000000001"), "§4.2.3 the longer run");
        assertEquals("2001:db8::1:0:0:1", v6("20010db8000000000001000000000001"), "§4.2.3 the first of equal runs");
        assertEquals("2001:db8::aaaa:0:0:1", v6("20010db800000000aaaa000000000001"), "§4.3 lower case");
        assertEquals("::ffff:192.0.2.1", v6("00000000000000000000ffffc0000201"), "§5 IPv4-mapped");
        assertEquals("::", v6("00000000000000000000000000000000"));
        assertEquals("::1", v6("00000000000000000000000000000001"));
        assertEquals("fd00::12", v6("fd000000000000000000000000000012"));
        assertEquals("192.0.2.255", IpText.v4(new byte[] {0, (byte) 192, 0, 2, (byte) 255}, 1));
    }

    @Test
    void addressesOfAnIpv6CaptureAreTsharks() throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed");
        Path cap = TestData.ROOT.resolve("regenerated/ipv6/captures/f_dns_naptr_srv_tlsa/f_dns_naptr_srv_tlsa.pcapng");
        Set<String> want = new TreeSet<>();
        for (String line : Tshark.lines("-r", cap.toString(), "-T", "fields", "-E", "separator=,", "-e", "ipv6.src", "-e", "ipv6.dst")) {
            for (String a : line.split(",")) {
                if (!a.isBlank()) {
                    want.add(a);
                }
            }
        }
        Capture c = CaptureLoader.load(cap, ProgressMonitor.NULL);
        Set<String> got = new TreeSet<>();
        c.tcpConnections().forEach(t -> {
            got.add(t.client().ip());
            got.add(t.server().ip());
        });
        c.udpFlows().forEach(u -> {
            got.add(u.client().ip());
            got.add(u.server().ip());
        });
        assertEquals(Set.of("fd00::10", "fd00::11", "fd00::12", "fd00::13", "fd00::53"), want, "tshark");
        assertEquals(want, got.stream().filter(a -> a.contains(":")).collect(Collectors.toCollection(TreeSet::new)));
    }
}
