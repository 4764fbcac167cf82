package org.siptrust.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** URIs from the corpus (Route, Record-Route, Request-URI, Contact) and RFC 3261 / RFC 4475 examples. */
class SipUriTest {

    @Test
    void looseRouteWithTransport() throws Exception {
        // Record-Route of proxy B in a_multihop_tls13_ok
        SipUri u = SipUri.parse("sip:sip.biloxi.example.com:5061;transport=tls;lr");
        assertEquals("sip", u.scheme());
        assertNull(u.user());
        assertEquals("sip.biloxi.example.com", u.host());
        assertEquals(5061, u.port());
        assertEquals("tls", u.transportParam());
        assertTrue(u.isLooseRouting());
        assertEquals("", u.param("LR"));
        assertFalse(u.hostIsIpLiteral());
        assertFalse(u.isSecure());
        assertEquals(List.of("transport", "lr"), List.copyOf(u.params().keySet()));
        assertEquals("sip:sip.biloxi.example.com:5061;transport=tls;lr", u.toString());
    }

    @Test
    void ipLiteralOutboundProxy() throws Exception {
        // b_ip_in_record_route: bob's outbound proxy and the Route he puts on requests
        SipUri u = NameAddr.parse("<sip:127.0.0.12:5061;transport=tls;lr>").uri();
        assertTrue(u.hostIsIpLiteral());
        assertEquals("127.0.0.12:5061", u.hostPort());
        assertFalse(SipUri.parse("sip:127.0.0.12.example.com").hostIsIpLiteral());
        assertFalse(SipUri.parse("sip:1.2.3.400").hostIsIpLiteral());
    }

    @Test
    void ipv6Reference() throws Exception {
        SipUri u = SipUri.parse("sips:alice@[2001:db8::10]:5061;maddr=[2001:db8::1];transport=tcp");
        assertTrue(u.isSecure());
        assertEquals("alice", u.user());
        assertEquals("2001:db8::10", u.host());
        assertTrue(u.hostIsIpv6());
        assertTrue(u.hostIsIpLiteral());
        assertEquals(5061, u.port());
        assertEquals("[2001:db8::1]", u.param("maddr"));
        assertEquals("[2001:db8::10]:5061", u.hostPort());
        assertEquals(-1, SipUri.parse("sip:[::1]").port());
    }

    @Test
    void userPasswordHeadersAndEscapes() throws Exception {
        // RFC 3261 §19.1.3 examples
        SipUri u = SipUri.parse("sip:alice:secretword@atlanta.com;transport=tcp");
        assertEquals("alice", u.user());
        assertEquals("secretword", u.password());
        SipUri h = SipUri.parse("sip:atlanta.com;method=REGISTER?to=alice%40atlanta.com");
        assertEquals("REGISTER", h.param("method"));
        assertEquals(Map.of("to", "alice%40atlanta.com"), h.headers());
        SipUri p = SipUri.parse("sip:+1-212-555-1212:1234@gateway.com;user=phone");
        assertEquals("+1-212-555-1212", p.user());
        assertEquals("phone", p.param("user"));
        // RFC 4475 §3.1.1.? user part with ';' and escaped '@'
        SipUri e = SipUri.parse("sip:user;par=u%40example.net@example.com");
        assertEquals("user;par=u%40example.net", e.user());
        assertEquals("example.com", e.host());
    }

    @Test
    void telAndOtherSchemes() throws Exception {
        SipUri t = SipUri.parse("tel:+1-201-555-0123;phone-context=example.com");
        assertTrue(t.isTel());
        assertEquals("+1-201-555-0123", t.user());
        assertNull(t.host());
        assertEquals("example.com", t.param("phone-context"));
        assertEquals("+1-201-555-0123", t.userAtHost());
        SipUri urn = SipUri.parse("urn:service:sos");
        assertEquals("urn", urn.scheme());
        assertEquals("service:sos", urn.opaque());
        assertFalse(urn.isSip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bob@biloxi.example.com | 0 | no URI scheme",
        "sip: | 4 | empty URI after scheme",
        "sip:bob@ | 8 | empty host",
        "sip:@biloxi.example.com | 4 | empty user part before '@'",
        "sip:bob@biloxi example.com | 14 | character not allowed in a URI",
        "sip:bob@[2001:db8::1 | 8 | unterminated IPv6 reference",
        "sip:bob@[2001:zz8::1] | 9 | bad IPv6 reference",
        "sip:bob@biloxi.example.com:99999 | 27 | port out of range",
        "sip:bob@biloxi.example.com:50a | 29 | bad port",
        "sip:bob@bi/loxi | 8 | bad host name",
        "9ip:bob@x | 0 | bad URI scheme",
        "tel: 123 | 4 | character not allowed in a URI"})
    void garbageIsRejectedWithAnOffset(String text, int offset, String reason) {
        SipParseException e = assertThrows(SipParseException.class, () -> SipUri.parse(text));
        assertEquals(reason, e.reason());
        assertEquals(offset, e.offset());
        assertNull(SipUri.parseOrNull(text));
    }
}
