package org.siptrust.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.siptrust.core.Datagram;
import org.siptrust.core.Endpoint;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.Hex;

/**
 * Broken input built from real corpus messages (a_multihop_tls13_ok plaintext): each case
 * asserts the malformed reason and that the message after it is still parsed.
 */
class BadInputTest {

    private static final List<Corpus.Record> RECORDS = Corpus.plaintextRecords("a_multihop_tls13_ok.plaintext");
    private static final String REGISTER = Corpus.recordText(RECORDS, 22);
    private static final String MESSAGE = Corpus.recordText(RECORDS, 27);
    private static final String INVITE = Corpus.recordText(RECORDS, 48);
    private static final Endpoint A = Endpoint.parse("127.0.0.10:55771");
    private static final Endpoint B = Endpoint.parse("127.0.0.11:5061");
    private static final WireContext TLS = new WireContext("tcp1", "TLS", A, B, true);

    /** Each string is delivered by its own frame, numbered from 1. */
    static StreamParseResult stream(String... pieces) {
        FramedBytes.Builder b = new FramedBytes.Builder();
        long frame = 1;
        for (String p : pieces) {
            b.append(p.getBytes(StandardCharsets.ISO_8859_1), frame, frame * 1000);
            frame++;
        }
        return SipParser.parseStreamDetailed(b.build(), TLS);
    }

    static Datagram datagram(byte[] payload) {
        return new Datagram(7, 7000, Endpoint.parse("192.0.2.1:5060"), Endpoint.parse("192.0.2.2:5060"), payload);
    }

    static List<SipMessage> datagram(String payload) {
        return SipParser.parseDatagram(datagram(payload.getBytes(StandardCharsets.ISO_8859_1)), null);
    }

    @Test
    void garbageBeforeAMessageIsSkipped() {
        String http = "GET /index.html HTTP/1.1\r\nHost: sip.atlanta.example.com\r\n\r\n";
        StreamParseResult r = stream(http, "\u0016\u0003\u0001\u0000\u00c8\u0001binary", REGISTER);
        assertEquals(1, r.messages().size());
        assertEquals("REGISTER", r.messages().get(0).method());
        assertEquals(3, r.messages().get(0).frame());
        assertFalse(r.messages().get(0).malformed());
        assertEquals(List.of(new StreamParseResult.Skipped(0, http.length() + 12, 1, "not SIP: no start line")),
                r.skipped());
    }

    @Test
    void streamThatIsNotSipGivesNoMessages() {
        StreamParseResult r = stream("\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003 random bytes\n\n\r\n");
        assertEquals(List.of(), r.messages());
        assertEquals(1, r.skipped().size());
    }

    @Test
    void truncatedAtTheEndOfTheStream() {
        StreamParseResult r = stream(REGISTER, MESSAGE.substring(0, MESSAGE.length() - 4));
        assertEquals(2, r.messages().size());
        assertFalse(r.messages().get(0).malformed());
        SipMessage m = r.messages().get(1);
        assertEquals("MESSAGE", m.method());
        assertEquals("truncated: the stream ends after 5 of 9 body bytes (Content-Length beyond the stream)",
                m.malformedReason());
        assertEquals("hello", new String(m.body(), StandardCharsets.UTF_8));
        assertEquals(2, m.frame());
    }

    @Test
    void truncatedInsideTheHeaders() {
        StreamParseResult r = stream(INVITE.substring(0, 200));
        assertEquals(1, r.messages().size());
        assertEquals("truncated: the stream ends inside the header section", r.messages().get(0).malformedReason());
        assertEquals("INVITE", r.messages().get(0).method());
    }

    @Test
    void negativeContentLength() {
        StreamParseResult r = stream(MESSAGE.replace("Content-Length: 9", "Content-Length: -5"), INVITE);
        assertEquals(2, r.messages().size());
        SipMessage bad = r.messages().get(0);
        assertEquals("negative Content-Length -5", bad.malformedReason());
        assertEquals("hello bob", new String(bad.body(), StandardCharsets.UTF_8));
        assertEquals("INVITE", r.messages().get(1).method());
        assertFalse(r.messages().get(1).malformed());
        assertEquals(2, r.messages().get(1).frame());
    }

    @Test
    void contentLengthAbove16MiB() {
        StreamParseResult r = stream(MESSAGE.replace("Content-Length: 9", "Content-Length: 99999999"), INVITE);
        assertEquals(2, r.messages().size());
        assertEquals("absurd Content-Length 99999999 (over 16 MiB)", r.messages().get(0).malformedReason());
        assertEquals("INVITE", r.messages().get(1).method());
        StreamParseResult huge = stream(MESSAGE.replace("Content-Length: 9", "Content-Length: 18446744073709551617"),
                INVITE);
        assertEquals("absurd Content-Length 18446744073709551617 (over 16 MiB)",
                huge.messages().get(0).malformedReason());
        assertEquals(2, huge.messages().size());
    }

    @Test
    void contentLengthBeyondTheNextMessage() {
        StreamParseResult r = stream(MESSAGE.replace("Content-Length: 9", "Content-Length: 5000"), INVITE);
        assertEquals(2, r.messages().size());
        assertEquals("Content-Length 5000 exceeds the 9 bytes before the next message",
                r.messages().get(0).malformedReason());
        assertFalse(r.messages().get(1).malformed());
        assertEquals("1 INVITE", r.messages().get(1).cseq());
    }

    @Test
    void missingContentLengthOnAStream() {
        StreamParseResult r = stream(MESSAGE.replace("Content-Length: 9\r\n", ""), INVITE);
        assertEquals(2, r.messages().size());
        assertEquals("no Content-Length on a stream transport (RFC 3261 §18.3)", r.messages().get(0).malformedReason());
        assertEquals("hello bob", new String(r.messages().get(0).body(), StandardCharsets.UTF_8));
        assertFalse(r.messages().get(1).malformed());
    }

    @Test
    void missingMandatoryHeaders() {
        String noCallId = MESSAGE.replaceAll("Call-ID: [^\r]*\r\n", "").replace("Max-Forwards: 70\r\n", "");
        StreamParseResult r = stream(noCallId, INVITE);
        assertEquals(2, r.messages().size());
        assertEquals("missing mandatory headers Call-ID, Max-Forwards", r.messages().get(0).malformedReason());
        assertFalse(r.messages().get(1).malformed());

        String response = Corpus.recordText(RECORDS, 25).replaceAll("Via: [^\r]*\r\n", "").replaceAll("CSeq: [^\r]*\r\n", "");
        StreamParseResult r2 = stream(response, INVITE);
        assertEquals("missing mandatory headers Via, CSeq", r2.messages().get(0).malformedReason());
        assertEquals(200, r2.messages().get(0).statusCode());
        assertEquals(2, r2.messages().size());
    }

    @Test
    void badLinesAreReportedAndTheRestIsKept() {
        String broken = MESSAGE.replace("Max-Forwards: 70\r\n", "Max-Forwards: 70\r\nthis line is no header\r\n")
                .replace("CSeq: 1 MESSAGE", "CSeq: 1 INVITE");
        SipMessage m = stream(broken).messages().get(0);
        assertEquals("line 4 is not a header field: 'this line is no header'; "
                + "CSeq method INVITE does not match request method MESSAGE", m.malformedReason());
        assertEquals("1vfenv9369g720ofrwac@alice-pc.atlanta.example.com", m.callId());
        assertEquals(70, m.maxForwards());
    }

    @Test
    void headerSectionWithoutEndIsCapped() {
        StringBuilder pad = new StringBuilder(REGISTER.substring(0, REGISTER.indexOf("\r\n") + 2));
        while (pad.length() < 300_000) {
            pad.append("X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n");
        }
        StreamParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> stream(pad.toString(), INVITE));
        assertEquals(2, r.messages().size());
        assertEquals("header section longer than 262144 bytes", r.messages().get(0).malformedReason());
        assertEquals("INVITE", r.messages().get(1).method());
    }

    @Test
    void datagramKeepAlivesAndNonSipGiveNothing() {
        assertEquals(List.of(), datagram("\r\n\r\n"));
        assertEquals(List.of(), datagram("\r\n"));
        assertEquals(List.of(), datagram(""));
        // STUN Binding Request (RFC 5389), as RFC 5626 keep-alives send on the SIP port
        assertEquals(List.of(), SipParser.parseDatagram(datagram(Hex.parse(
                "000100002112a442b7e7a701bc34d686fa87dfae")), null));
        // a DNS query for _sips._tcp.example.com
        assertEquals(List.of(), SipParser.parseDatagram(datagram(Hex.parse(
                "123401000001000000000000055f73697073045f746370076578616d706c6503636f6d0000230001")), null));
    }

    @Test
    void datagramThatStartsLikeSipButIsBroken() {
        List<SipMessage> ms = datagram("SIP/2.0 2x0 OK\r\nVia: SIP/2.0/UDP 192.0.2.1\r\n\r\n");
        assertEquals(1, ms.size());
        assertTrue(ms.get(0).malformed());
        assertTrue(ms.get(0).malformedReason().startsWith("bad status code '2x0'"), ms.get(0).malformedReason());
        assertEquals("malformed: SIP/2.0 2x0 OK", ms.get(0).summary());
        assertEquals(7, ms.get(0).frame());
        assertEquals("192.0.2.1:5060", ms.get(0).context().source().toString());
        assertEquals("UDP", ms.get(0).context().transport());
    }

    @Test
    void datagramContentLengthBeyondThePayload() {
        List<SipMessage> ms = datagram(MESSAGE.replace("Content-Length: 9", "Content-Length: 500"));
        assertEquals(1, ms.size());
        assertEquals("Content-Length 500 exceeds the 9 bytes left in the datagram", ms.get(0).malformedReason());
        assertEquals(9, ms.get(0).body().length);
    }

    @Test
    void datagramBodyWithoutContentLengthRunsToTheEnd() {
        List<SipMessage> ms = datagram(MESSAGE.replace("Content-Length: 9\r\n", ""));
        assertFalse(ms.get(0).malformed(), ms.get(0).malformedReason());
        assertEquals("hello bob", new String(ms.get(0).body(), StandardCharsets.UTF_8));
    }

    @Test
    void bytesAfterContentLengthInADatagramAreDropped() {
        List<SipMessage> ms = datagram(MESSAGE + "trailing junk");
        assertEquals(1, ms.size());
        assertFalse(ms.get(0).malformed());
        List<SipMessage> two = datagram(MESSAGE + INVITE);
        assertEquals(2, two.size());
        assertEquals(1, two.get(1).indexInFrame());
        assertEquals("another message after the end of the previous one in the same datagram"
                + " (RFC 3261 §18.3: receivers discard it)", two.get(1).malformedReason());
    }

    @Test
    void mutatedRealMessagesNeverThrowOrHang() {
        byte[] base = (REGISTER + MESSAGE + INVITE).getBytes(StandardCharsets.ISO_8859_1);
        Random rnd = new Random(5922);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            int messages = 0;
            for (int round = 0; round < 2000; round++) {
                byte[] b = base.clone();
                int edits = 1 + rnd.nextInt(8);
                for (int e = 0; e < edits; e++) {
                    int at = rnd.nextInt(b.length);
                    switch (rnd.nextInt(4)) {
                        case 0 -> b[at] = (byte) rnd.nextInt(256);
                        case 1 -> b[at] = (byte) "\r\n:;<>\" ,0123456789-".charAt(rnd.nextInt(20));
                        case 2 -> b = java.util.Arrays.copyOf(b, at + 1);
                        default -> b[at] = '\n';
                    }
                }
                FramedBytes.Builder fb = new FramedBytes.Builder();
                int cut = rnd.nextInt(b.length);
                fb.append(b, 0, cut, 1, 1);
                if (rnd.nextBoolean()) {
                    fb.gap(-1);
                }
                fb.append(b, cut, b.length - cut, 2, 2);
                for (SipMessage m : SipParser.parseStream(fb.build(), TLS)) {
                    touch(m);
                    messages++;
                }
                for (SipMessage m : SipParser.parseDatagram(datagram(b), null)) {
                    touch(m);
                    messages++;
                }
            }
            assertTrue(messages > 2000, "most mutants still yield messages: " + messages);
        });
    }

    private static void touch(SipMessage m) {
        m.summary();
        m.via();
        m.viaParsed();
        m.routeParsed();
        m.contactParsed();
        m.fromTag();
        m.toTag();
        m.sdp();
        m.pkixCertificates();
        m.rawText();
        m.malformedReason();
        m.requestUriParsed();
    }
}
