package org.siptrust.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.siptrust.core.Endpoint;
import org.siptrust.core.FramedBytes;
import org.siptrust.sip.internal.HeaderNames;
import org.siptrust.sip.internal.Params;
import org.siptrust.sip.internal.ValueSplitter;

/**
 * The header index of {@link MessageHead}: values are cut from the message bytes, lists are split on
 * the bytes, names are matched by id. Each case edits a real message of the multihop corpus capture
 * (the INVITE that proxy A forwards in frame 53), so everything else in it stays real.
 */
class HeaderIndexTest {

    private static final List<Corpus.Record> RECORDS = Corpus.plaintextRecords("a_multihop_tls13_ok.plaintext");
    private static final String INVITE = Corpus.recordText(RECORDS, 53);
    private static final String ORIGINAL_CONTACT = "<sip:alice@alice-pc.atlanta.example.com:5061;transport=tls>";

    @Test
    void theCorpusInviteReadsAsTsharkShowsIt() {
        Map<String, Object> ref = Corpus.sipReference(
                "captures/a_multihop_tls13_ok/reference/a_multihop_tls13_ok.sip.json").stream()
                .filter(e -> ((Number) e.get("frame")).longValue() == 53).findFirst().orElseThrow();
        SipMessage m = parse(INVITE.getBytes(StandardCharsets.UTF_8));
        assertEquals(ref.get("from"), m.from());
        assertEquals(ref.get("to"), m.to());
        assertEquals(ref.get("call_id"), m.callId());
        assertEquals(ref.get("cseq"), m.cseq());
        assertEquals(ref.get("top_via"), m.via().get(0));
        assertEquals(Corpus.strings(ref.get("record_route")), m.recordRoute());
        assertEquals(Corpus.strings(ref.get("contact")), m.contact());
        // every header as the text shows it, in order
        List<String> lines = new ArrayList<>();
        for (Header h : m.headers()) {
            lines.add(h.name() + ": " + h.value());
        }
        String head = INVITE.substring(INVITE.indexOf("\r\n") + 2, INVITE.indexOf("\r\n\r\n"));
        assertEquals(List.of(head.split("\r\n")), lines);
        assertEquals(INVITE.substring(0, INVITE.indexOf("\r\n")), m.startLine());
    }

    @Test
    void namesOutsideTheKnownSetAreMatchedCaseInsensitivelyAndSplitAsLists() {
        SipMessage m = parse(withHeaders("X-Trace-Id: abc, \"d,e\"\r\nx-TRACE-id:ghi\r\n"));
        assertFalse(m.malformed(), m.malformedReason());
        assertEquals("abc, \"d,e\"", m.header("x-trace-id"));
        assertEquals(List.of("abc", "\"d,e\"", "ghi"), m.headerValues("X-Trace-ID"));
        assertEquals(List.of(), m.headerValues("X-Trace"));
        assertNull(m.header("X-Trace-Id-2"));
    }

    @Test
    void listsAreCutOnlyAtTopLevelCommas() {
        String contact = "\"Doe, \\\"J\\\"\" <sip:a@b.example.com;x=1,2>, (home, mobile) <sip:c@d.example.com>,,"
                + " <sip:e@f.example.com>";
        SipMessage m = parse(withHeaders("Route: , <sip:p1.example.com;lr>,,\r\nContact: " + contact + "\r\n"));
        assertEquals(List.of("\"Doe, \\\"J\\\"\" <sip:a@b.example.com;x=1,2>", "(home, mobile) <sip:c@d.example.com>",
                "<sip:e@f.example.com>", ORIGINAL_CONTACT), m.contact());
        // the same cuts as the string splitter makes
        List<String> bySplitter = new ArrayList<>(ValueSplitter.splitList(contact));
        bySplitter.add(ORIGINAL_CONTACT);
        assertEquals(bySplitter, m.contact());
        assertEquals(", <sip:p1.example.com;lr>,,", m.header("Route"));
        assertEquals(List.of("<sip:p1.example.com;lr>"), m.route());
        assertEquals("Doe, \"J\"", m.contactParsed().get(0).displayName());
    }

    @Test
    void emptyAndBlankValuesAndStrayControlBytes() {
        SipMessage m = parse(withHeaders("Supported: \t \r\nSubject:\r\nX-Odd: v\r\r\n"));
        assertEquals("", m.header("Supported"));
        assertEquals(List.of(), m.headerValues("Supported"));
        assertEquals(List.of(""), m.headerValues("Subject"), "not a list: the empty value is the value");
        assertEquals("v", m.header("X-Odd"));
        assertFalse(m.malformed(), m.malformedReason());
    }

    @Test
    void utf8HeadersDecodeAsUtf8() {
        String text = INVITE.replace("From: <", "From: \"J\u00fcrgen M\u00fcller \u2603\" <");
        SipMessage m = parse(text.getBytes(StandardCharsets.UTF_8));
        assertEquals("J\u00fcrgen M\u00fcller \u2603", m.fromParsed().displayName());
        assertTrue(m.rawText().contains("\r\nFrom: " + m.from() + "\r\n"));
        assertTrue(m.headers().stream().anyMatch(h -> h.value().equals(m.from())));
    }

    @Test
    void headersThatAreNotUtf8DecodeAsIso88591() {
        // 0xFC alone is not UTF-8: the whole header section is read as ISO-8859-1, as before
        String text = INVITE.replace("From: <", "From: \"J\u00fcrgen\" <")
                .replace("User-Agent: corpus-sipua/1", "User-Agent: corpus-sipua/1 \u00e9t\u00e9");
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        SipMessage m = parse(latin1);
        assertEquals("J\u00fcrgen", m.fromParsed().displayName());
        assertEquals(new String(latin1, StandardCharsets.ISO_8859_1), m.rawText());
        assertTrue(m.rawText().contains("\r\nFrom: " + m.from() + "\r\n"));
        assertEquals("corpus-sipua/1 \u00e9t\u00e9 (python ssl)", m.header("User-Agent"));
    }

    @Test
    void knownNamesGiveOneSharedKeyAndTheSameIdFromTextAndBytes() {
        assertSame(HeaderNames.key("via"), HeaderNames.key("VIA"));
        assertSame(HeaderNames.key("via"), HeaderNames.key(" v "));
        assertEquals("record-route", HeaderNames.key("Record-ROUTE"));
        assertEquals("x-custom", HeaderNames.key("X-Custom"));
        assertEquals(-1, HeaderNames.id("X-Custom"));
        for (String name : List.of("Via", "v", "CALL-ID", "i", "Content-Length", "l", "Record-Route", "Identity", "y",
                "WWW-Authenticate", "Refer-Sub", "x-asserted-identity")) {
            byte[] b = ("  " + name + ":").getBytes(StandardCharsets.US_ASCII);
            int id = HeaderNames.id(b, 2, 2 + name.length());
            assertTrue(id >= 0, name);
            assertEquals(HeaderNames.id(name), id, name);
            assertEquals(HeaderNames.key(name), HeaderNames.keyOf(id), name);
            assertEquals(HeaderNames.isList(name), HeaderNames.isList(id), name);
        }
        assertEquals(HeaderNames.id("Via"), HeaderNames.id("v"));
        assertFalse(HeaderNames.isList("From"));
        assertTrue(HeaderNames.isList("Route"));
    }

    @Test
    void parameterMapsKeepOrderFirstOccurrenceAndTheMapContract() {
        Map<String, String> p = Params.parse(" transport=TLS ; LR ; lr=x; maddr = 192.0.2.1 ;;");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("transport", "TLS");
        expected.put("lr", "");
        expected.put("maddr", "192.0.2.1");
        assertEquals(expected, p);
        assertEquals(expected.hashCode(), p.hashCode());
        assertEquals(expected.toString(), p.toString());
        assertEquals(List.of("transport", "lr", "maddr"), List.copyOf(p.keySet()));
        assertEquals("", p.get("lr"));
        assertNull(p.get("ttl"));
        assertNull(p.get(null));
        assertFalse(p.containsKey("ttl"));
        assertThrows(UnsupportedOperationException.class, () -> p.put("ttl", "1"));
        assertThrows(UnsupportedOperationException.class, () -> p.entrySet().iterator().next().setValue("y"));
        assertEquals(Map.of(), Params.parse("  "));
        assertNull(Params.parse("").get(null));
    }

    /** The corpus INVITE with {@code extra} header lines inserted before its Contact. */
    private static byte[] withHeaders(String extra) {
        String text = INVITE.replace("\r\nContact: ", "\r\n" + extra + "Contact: ");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static SipMessage parse(byte[] bytes) {
        FramedBytes fb = new FramedBytes.Builder().append(bytes, 53, 0).build();
        List<SipMessage> ms = SipParser.parseStream(fb, new WireContext("t", "TLS",
                Endpoint.parse("127.0.0.11:5061"), Endpoint.parse("127.0.0.12:5061"), true));
        assertEquals(1, ms.size(), "one message expected");
        return ms.get(0);
    }
}
