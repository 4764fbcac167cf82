package org.siptrust.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.siptrust.core.Endpoint;
import org.siptrust.core.FramedBytes;

/**
 * Content-Length framing over decrypted TLS streams, with the real plaintext of
 * a_multihop_tls13_ok (exported by tshark with the corpus key log) and the tshark reference of
 * the same capture.
 */
class StreamFramingTest {

    private static final String CAPTURE = "captures/a_multihop_tls13_ok/reference/a_multihop_tls13_ok.sip.json";
    private static final List<Corpus.Record> RECORDS = Corpus.plaintextRecords("a_multihop_tls13_ok.plaintext");
    private static final Endpoint ALICE = Endpoint.parse("127.0.0.10:55771");
    private static final Endpoint PROXY_A = Endpoint.parse("127.0.0.11:5061");

    @Test
    void everyDecryptedStreamMatchesTheTsharkReference() {
        List<SipMessage> all = new ArrayList<>();
        for (Corpus.Direction d : Corpus.directions(RECORDS)) {
            StreamParseResult r = SipParser.parseStreamDetailed(d.stream(), d.context());
            assertEquals(List.of(), r.skipped(), "nothing skipped in " + d);
            all.addAll(r.messages());
        }
        all.sort(Comparator.comparingLong(SipMessage::frame).thenComparingInt(SipMessage::indexInFrame));
        List<Map<String, Object>> ref = Corpus.sipReference(CAPTURE);
        assertEquals(36, ref.size());
        assertEquals(ref.size(), all.size());
        for (int i = 0; i < ref.size(); i++) {
            Map<String, Object> e = ref.get(i);
            SipMessage m = all.get(i);
            String where = "message " + i + " (frame " + e.get("frame") + ")";
            assertEquals(((Number) e.get("frame")).longValue(), m.frame(), where);
            assertEquals(((Number) e.get("msg_in_frame")).intValue(), m.indexInFrame(), where);
            assertEquals(e.get("src"), m.context().source().toString(), where);
            assertEquals(e.get("dst"), m.context().destination().toString(), where);
            assertEquals(e.get("method"), m.method(), where);
            assertEquals(e.get("status_code") == null ? 0 : ((Number) e.get("status_code")).intValue(), m.statusCode(), where);
            assertEquals(e.get("request_uri"), m.requestUri(), where);
            assertEquals(e.get("call_id"), m.callId(), where);
            assertEquals(e.get("cseq"), m.cseq(), where);
            assertEquals(e.get("from"), m.from(), where);
            assertEquals(e.get("to"), m.to(), where);
            assertEquals(e.get("top_via"), m.via().get(0), where);
            assertEquals(((Number) e.get("via_count")).intValue(), m.via().size(), where);
            assertEquals(Corpus.strings(e.get("route")), m.route(), where);
            assertEquals(Corpus.strings(e.get("record_route")), m.recordRoute(), where);
            assertEquals(Corpus.strings(e.get("contact")), m.contact(), where);
            assertFalse(m.malformed(), where + ": " + m.malformedReason());
            assertTrue(m.context().decrypted());
            assertEquals(List.of(m.frame()), m.frames(), where);
        }
    }

    @Test
    void messageSplitOverTwoRecordsIsReportedAtTheFrameOfItsLastByte() {
        Corpus.Direction alice = aliceToProxyA();
        Corpus.Record invite = recordOfFrame(alice, 48);
        byte[] bytes = invite.plaintext();
        int cut = indexOf(bytes, "Content-Length") + 3;
        FramedBytes.Builder b = new FramedBytes.Builder();
        Corpus.Record before = recordOfFrame(alice, 27);
        b.append(before.plaintext(), before.frame(), before.timeNanos());
        b.append(bytes, 0, cut, 48, invite.timeNanos());
        b.append(bytes, cut, bytes.length - cut, 49, invite.timeNanos() + 1000);
        List<SipMessage> ms = SipParser.parseStream(b.build(), alice.context());
        assertEquals(2, ms.size());
        SipMessage m = ms.get(1);
        assertEquals("INVITE", m.method());
        assertEquals(49, m.frame());
        assertEquals(List.of(48L, 49L), m.frames());
        assertEquals(invite.timeNanos() + 1000, m.timeNanos());
        assertEquals(new String(bytes, StandardCharsets.UTF_8), m.rawText());
        assertEquals(156, m.body().length);
        assertEquals("127.0.0.10", m.sdp().originAddress());
        assertEquals(30000, m.sdp().media().get(0).port());
        assertFalse(m.malformed(), m.malformedReason());
    }

    @Test
    void splitInsideTheBodyAndByteByByteDelivery() {
        Corpus.Record invite = recordOfFrame(aliceToProxyA(), 48);
        byte[] bytes = invite.plaintext();
        FramedBytes.Builder b = new FramedBytes.Builder();
        for (int i = 0; i < bytes.length; i++) {
            b.append(bytes, i, 1, 1000 + i, i);
        }
        List<SipMessage> ms = SipParser.parseStream(b.build(), aliceToProxyA().context());
        assertEquals(1, ms.size());
        assertEquals(1000 + bytes.length - 1, ms.get(0).frame());
        assertEquals(bytes.length, ms.get(0).frames().size());
        assertEquals("1 INVITE", ms.get(0).cseq());
    }

    @Test
    void twoMessagesInOneRecordShareTheFrameWithIncreasingIndex() {
        Corpus.Direction proxyToAlice = direction(1, PROXY_A, ALICE);
        // 100 Trying and 180 Ringing as if the proxy had flushed them in one TLS record
        Corpus.Record trying = recordOfFrame(proxyToAlice, 50);
        Corpus.Record ringing = recordOfFrame(proxyToAlice, 57);
        FramedBytes.Builder b = new FramedBytes.Builder();
        b.append(concat(trying.plaintext(), ringing.plaintext()), 57, ringing.timeNanos());
        List<SipMessage> ms = SipParser.parseStream(b.build(), proxyToAlice.context());
        assertEquals(2, ms.size());
        assertEquals(100, ms.get(0).statusCode());
        assertEquals(180, ms.get(1).statusCode());
        assertEquals(57, ms.get(0).frame());
        assertEquals(57, ms.get(1).frame());
        assertEquals(0, ms.get(0).indexInFrame());
        assertEquals(1, ms.get(1).indexInFrame());
        assertEquals(trying.plaintext().length, ms.get(1).streamOffset());
    }

    @Test
    void crlfKeepAlivesAreSkipped() {
        Corpus.Direction alice = aliceToProxyA();
        FramedBytes.Builder b = new FramedBytes.Builder();
        b.append("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 20, 0);
        long prev = 0;
        for (Corpus.Record r : alice.records()) {
            b.append(r.plaintext(), r.frame(), r.timeNanos());
            b.append("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), r.frame() + 1, r.timeNanos() + 1);
            prev = r.frame();
        }
        b.append("\r\n".getBytes(StandardCharsets.US_ASCII), prev + 2, 0);
        StreamParseResult r = SipParser.parseStreamDetailed(b.build(), alice.context());
        assertEquals(alice.records().size(), r.messages().size());
        assertEquals(alice.records().size() + 1, r.keepAlives());
        assertEquals(List.of(), r.skipped());
        for (int i = 0; i < r.messages().size(); i++) {
            assertEquals(alice.records().get(i).frame(), r.messages().get(i).frame());
            assertFalse(r.messages().get(i).malformed());
        }
    }

    @Test
    void compactHeaderNamesAndOddCaseGiveTheSameValues() {
        String original = Corpus.recordText(RECORDS, 53);
        String compact = original.replace("\r\nVia:", "\r\nv:").replace("\r\nFrom:", "\r\nf :")
                .replace("\r\nTo:", "\r\nt:").replace("\r\nCall-ID:", "\r\ni:").replace("\r\nContact:", "\r\nm:")
                .replace("\r\nContent-Type:", "\r\nc:").replace("\r\nContent-Length:", "\r\nl:")
                .replace("\r\nCSeq:", "\r\ncseq:").replace("\r\nRecord-Route:", "\r\nRECORD-route:")
                .replace("\r\nMax-Forwards:", "\r\nmax-forwards:");
        SipMessage a = parseOne(original);
        SipMessage b = parseOne(compact);
        assertFalse(b.malformed(), b.malformedReason());
        assertEquals(a.via(), b.via());
        assertEquals(3, b.via().size());
        assertEquals(a.from(), b.from());
        assertEquals(a.to(), b.to());
        assertEquals(a.callId(), b.callId());
        assertEquals(a.contact(), b.contact());
        assertEquals(a.contentType(), b.contentType());
        assertEquals(a.cseq(), b.cseq());
        assertEquals(a.recordRoute(), b.recordRoute());
        assertEquals(68, b.maxForwards());
        assertEquals(156, b.contentLength());
        assertEquals("v", b.headers().get(2).name());
        assertEquals("Via", b.headers().get(2).canonicalName());
        assertEquals(a.headerValues("VIA"), b.headerValues("v"));
        assertEquals(a.sdp().media().get(0).formats(), b.sdp().media().get(0).formats());
    }

    @Test
    void foldedHeaderLinesAreJoined() {
        String original = Corpus.recordText(RECORDS, 53);
        String folded = original
                .replace("Via: SIP/2.0/TLS sip.atlanta.example.com:5061;received=127.0.0.11;",
                        "Via: SIP/2.0/TLS sip.atlanta.example.com:5061;\r\n   received=127.0.0.11;")
                .replace("Record-Route: <sip:sip.biloxi.example.com:5061;transport=tls;lr>\r\nRecord-Route: ",
                        "Record-Route: <sip:sip.biloxi.example.com:5061;transport=tls;lr>,\r\n\t");
        SipMessage a = parseOne(original);
        SipMessage b = parseOne(folded);
        assertFalse(b.malformed(), b.malformedReason());
        assertEquals(a.recordRoute(), b.recordRoute());
        assertEquals(a.via().get(0), b.via().get(0));
        assertEquals("SIP/2.0/TLS sip.atlanta.example.com:5061; received=127.0.0.11;"
                + "branch=z9hG4bK5828.726bb334728971b72765267f706985e4.0;i=1", b.via().get(1));
        assertEquals("127.0.0.11", b.viaParsed().get(1).received());
        assertEquals(a.headers().size() - 1, b.headers().size());
    }

    @Test
    void gapInTheMiddleCutsOneMessageAndTheNextIsParsed() {
        Corpus.Direction alice = aliceToProxyA();
        List<Corpus.Record> rs = alice.records();
        // REGISTER (22), MESSAGE (27) cut by a gap, INVITE (48) after it
        FramedBytes.Builder b = new FramedBytes.Builder();
        b.append(rs.get(0).plaintext(), rs.get(0).frame(), rs.get(0).timeNanos());
        byte[] message = rs.get(1).plaintext();
        b.append(message, 0, message.length - 5, rs.get(1).frame(), rs.get(1).timeNanos());
        b.gap(5);
        b.append(rs.get(2).plaintext(), rs.get(2).frame(), rs.get(2).timeNanos());
        StreamParseResult r = SipParser.parseStreamDetailed(b.build(), alice.context());
        assertEquals(3, r.messages().size());
        assertEquals("REGISTER", r.messages().get(0).method());
        assertFalse(r.messages().get(0).malformed());
        SipMessage cut = r.messages().get(1);
        assertEquals("MESSAGE", cut.method());
        assertTrue(cut.malformed());
        assertEquals("truncated: data missing (gap) after 4 of 9 body bytes", cut.malformedReason());
        assertEquals("hell", new String(cut.body(), StandardCharsets.UTF_8));
        SipMessage next = r.messages().get(2);
        assertEquals("INVITE", next.method());
        assertEquals(48, next.frame());
        assertFalse(next.malformed(), next.malformedReason());
    }

    @Test
    void gapInsideTheHeaderSection() {
        Corpus.Direction alice = aliceToProxyA();
        List<Corpus.Record> rs = alice.records();
        byte[] message = rs.get(1).plaintext();
        int cut = indexOf(message, "Content-Length") + 5;
        FramedBytes.Builder b = new FramedBytes.Builder();
        b.append(message, 0, cut, rs.get(1).frame(), rs.get(1).timeNanos());
        b.gap(message.length - cut);
        b.append(rs.get(2).plaintext(), rs.get(2).frame(), rs.get(2).timeNanos());
        StreamParseResult r = SipParser.parseStreamDetailed(b.build(), alice.context());
        assertEquals(2, r.messages().size());
        SipMessage m = r.messages().get(0);
        assertEquals("truncated: data missing (gap) inside the header section", m.malformedReason());
        assertEquals("1 MESSAGE", m.cseq());
        assertEquals(rs.get(1).frame(), m.frame());
        assertEquals("INVITE", r.messages().get(1).method());
        assertFalse(r.messages().get(1).malformed());
    }

    @Test
    void dataResumingMidMessageAfterAGapIsSkippedUntilTheNextStartLine() {
        Corpus.Direction alice = aliceToProxyA();
        List<Corpus.Record> rs = alice.records();
        FramedBytes.Builder b = new FramedBytes.Builder();
        b.append(rs.get(0).plaintext(), rs.get(0).frame(), rs.get(0).timeNanos());
        b.gap(-1);
        byte[] message = rs.get(1).plaintext();
        b.append(message, 100, message.length - 100, rs.get(1).frame(), rs.get(1).timeNanos());
        b.append(rs.get(2).plaintext(), rs.get(2).frame(), rs.get(2).timeNanos());
        StreamParseResult r = SipParser.parseStreamDetailed(b.build(), alice.context());
        assertEquals(List.of("REGISTER", "INVITE"), r.messages().stream().map(SipMessage::method).toList());
        assertEquals(1, r.skipped().size());
        StreamParseResult.Skipped s = r.skipped().get(0);
        assertEquals(rs.get(0).plaintext().length, s.offset());
        assertEquals(message.length - 100, s.length());
        assertEquals(rs.get(1).frame(), s.frame());
        assertEquals("bytes after missing data, before the next SIP start line", s.reason());
        assertTrue(r.messages().stream().noneMatch(SipMessage::malformed));
    }

    static SipMessage parseOne(String text) {
        FramedBytes fb = new FramedBytes.Builder().append(text.getBytes(StandardCharsets.UTF_8), 1, 0).build();
        List<SipMessage> ms = SipParser.parseStream(fb, new WireContext("t", "TLS", ALICE, PROXY_A, true));
        assertEquals(1, ms.size(), "one message expected");
        return ms.get(0);
    }

    private static Corpus.Direction aliceToProxyA() {
        return direction(1, ALICE, PROXY_A);
    }

    private static Corpus.Direction direction(int stream, Endpoint src, Endpoint dst) {
        for (Corpus.Direction d : Corpus.directions(RECORDS)) {
            if (d.tcpStream() == stream && d.src().equals(src) && d.dst().equals(dst)) {
                return d;
            }
        }
        throw new IllegalStateException("no direction " + stream);
    }

    private static Corpus.Record recordOfFrame(Corpus.Direction d, long frame) {
        return d.records().stream().filter(r -> r.frame() == frame).findFirst().orElseThrow();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static int indexOf(byte[] hay, String needle) {
        return new String(hay, StandardCharsets.ISO_8859_1).indexOf(needle);
    }
}
