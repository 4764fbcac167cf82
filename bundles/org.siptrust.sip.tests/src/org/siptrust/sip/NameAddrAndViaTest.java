package org.siptrust.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siptrust.sip.internal.ValueSplitter;

/** From/To/Contact/Route values and Via values as they appear in the corpus captures. */
class NameAddrAndViaTest {

    @Test
    void fromWithQuotedDisplayNameAndTag() throws Exception {
        NameAddr a = NameAddr.parse("\"arik\" <sip:816666@voip.brurjula.net>;tag=6433ef9");
        assertEquals("arik", a.displayName());
        assertEquals("816666", a.uri().user());
        assertEquals("voip.brurjula.net", a.uri().host());
        assertEquals("6433ef9", a.tag());
        assertTrue(a.isBracketed());
    }

    @Test
    void displayNamesWithCommasAndEscapes() throws Exception {
        NameAddr a = NameAddr.parse("\"Doe, \\\"J\\\"\" <sip:j@example.com>");
        assertEquals("Doe, \"J\"", a.displayName());
        NameAddr b = NameAddr.parse("Bob Smith <sips:bob@biloxi.example.com>;expires=60");
        assertEquals("Bob Smith", b.displayName());
        assertEquals(60, b.expires());
        assertTrue(b.uri().isSecure());
    }

    @Test
    void addrSpecWithoutBracketsTakesParametersAsHeaderParameters() throws Exception {
        // RFC 3261 §20.10: without <>, ;tag and ;expires belong to the header, not to the URI
        NameAddr a = NameAddr.parse("sip:alice@atlanta.example.com;tag=88sja8x");
        assertEquals("88sja8x", a.tag());
        assertNull(a.uri().param("tag"));
        assertFalse(a.isBracketed());
    }

    @Test
    void contactWithUriAndHeaderParameters() throws Exception {
        NameAddr c = NameAddr.parse("<sip:bob@bob-pc.biloxi.example.com:5061;transport=tls>;expires=600");
        assertEquals("tls", c.uri().transportParam());
        assertEquals(600, c.expires());
        assertNull(c.displayName());
        assertTrue(NameAddr.parse("*").isWildcard());
    }

    @Test
    void garbageAddresses() {
        assertEquals("unterminated '<'",
                assertThrows(SipParseException.class, () -> NameAddr.parse("<sip:bob@biloxi.example.com")).reason());
        SipParseException e = assertThrows(SipParseException.class, () -> NameAddr.parse("Bob <sip:bob@>"));
        assertEquals("empty host", e.reason());
        assertEquals(13, e.offset());
        assertEquals("text after '>' that is not a parameter",
                assertThrows(SipParseException.class, () -> NameAddr.parse("<sip:a@b> x")).reason());
        assertNull(NameAddr.parseOrNull(""));
    }

    @Test
    void viaOfAClientBehindNat() throws Exception {
        // sip_wireshark.pcap frame 2: the registrar filled in received and rport
        Via v = Via.parse("SIP/2.0/UDP 192.168.1.2;received=80.230.219.70;rport=5060;"
                + "branch=z9hG4bKnp151248737-46ea715e192.168.1.2");
        assertEquals("SIP", v.protocolName());
        assertEquals("2.0", v.protocolVersion());
        assertEquals("UDP", v.transport());
        assertEquals("192.168.1.2", v.host());
        assertEquals(-1, v.port());
        assertEquals("192.168.1.2:5060", v.sentByWithDefaultPort());
        assertEquals("80.230.219.70", v.received());
        assertTrue(v.hasRport());
        assertEquals(5060, v.rport());
        assertTrue(v.hasMagicCookie());
        assertTrue(v.hostIsIpLiteral());
    }

    @Test
    void viaAskingForConnectionReuse() throws Exception {
        // e1_reuse_with_client_cert: alice asks for RFC 5923 reuse; proxy A adds rport and received
        Via v = Via.parse("SIP/2.0/TLS alice-pc.atlanta.example.com:5061;branch=z9hG4bKhcnunxus53fa2wzx;"
                + "rport=57303;alias;received=127.0.0.10");
        assertEquals("TLS", v.transport());
        assertEquals("alice-pc.atlanta.example.com", v.host());
        assertEquals(5061, v.port());
        assertTrue(v.hasAlias());
        assertEquals(57303, v.rport());
        assertEquals("z9hG4bKhcnunxus53fa2wzx", v.branch());
        assertFalse(v.hostIsIpLiteral());
        Via flag = Via.parse("SIP/2.0/TLS bob-pc.biloxi.example.com:5061;branch=z9hG4bK5ih5ygm65ba50kyn;rport");
        assertTrue(flag.hasRport());
        assertEquals(-1, flag.rport());
        assertFalse(flag.hasAlias());
    }

    @Test
    void viaWithSpacesIpv6MaddrAndTtl() throws Exception {
        Via v = Via.parse("SIP / 2.0 / udp [2001:db8::9]:5070 ;maddr=224.2.0.1;ttl=16;branch=old-2543");
        assertEquals("UDP", v.transport());
        assertEquals("2001:db8::9", v.host());
        assertEquals(5070, v.port());
        assertEquals("224.2.0.1", v.maddr());
        assertEquals(16, v.ttl());
        assertFalse(v.hasMagicCookie());
        assertEquals("[2001:db8::9]:5070", v.sentBy());
    }

    @Test
    void garbageVias() {
        assertEquals("no sent-by", assertThrows(SipParseException.class, () -> Via.parse("SIP/2.0/UDP")).reason());
        assertEquals("bad sent-protocol: '/' expected",
                assertThrows(SipParseException.class, () -> Via.parse("SIP 2.0 UDP host")).reason());
        assertEquals("bad sent-by port",
                assertThrows(SipParseException.class, () -> Via.parse("SIP/2.0/UDP host:70000")).reason());
        assertNull(Via.parseOrNull("garbage"));
    }

    @Test
    void listSplittingRespectsQuotesAndBrackets() {
        assertEquals(List.of("\"Doe, J\" <sip:j@example.com;x=1,2>;q=0.5", "<sip:k@example.com>"),
                ValueSplitter.splitList("\"Doe, J\" <sip:j@example.com;x=1,2>;q=0.5 , <sip:k@example.com>"));
        assertEquals(List.of("399 example.com \"a, b\"", "399 example.org \"c\""),
                ValueSplitter.splitList("399 example.com \"a, b\", 399 example.org \"c\""));
    }
}
