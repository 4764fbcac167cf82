package org.siptrust.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureLoader;
import org.siptrust.capture.UdpFlow;
import org.siptrust.core.Datagram;
import org.siptrust.core.ProgressMonitor;

/**
 * public/zeek/sip_wireshark.pcap (81 SIP/UDP messages) loaded through the capture bundle,
 * every datagram parsed, compared field by field with tshark's reference.
 */
class SipWiresharkCaptureTest {

    static final String PCAP = "public/zeek/sip_wireshark.pcap";
    static final String REFERENCE = "public/zeek/reference/sip_wireshark.sip.json";

    static List<SipMessage> messages;

    @BeforeAll
    static void load() throws Exception {
        messages = loadMessages();
    }

    static List<SipMessage> loadMessages() throws Exception {
        Capture capture = CaptureLoader.load(Corpus.testdata().resolve(PCAP), progressIgnored());
        List<SipMessage> out = new ArrayList<>();
        for (UdpFlow flow : capture.udpFlows()) {
            WireContext ctx = new WireContext(flow.id(), "UDP", flow.client(), flow.server(), false);
            for (Datagram d : flow.datagrams()) {
                out.addAll(SipParser.parseDatagram(d, ctx));
            }
        }
        out.sort(Comparator.comparingLong(SipMessage::frame).thenComparingInt(SipMessage::indexInFrame));
        return out;
    }

    static ProgressMonitor progressIgnored() {
        return ProgressMonitor.NULL;
    }

    @Test
    void frameMethodCallIdAndCseqEqualTheReference() {
        List<Map<String, Object>> ref = Corpus.sipReference(REFERENCE);
        assertEquals(81, ref.size());
        List<String> expected = new ArrayList<>();
        for (Map<String, Object> e : ref) {
            Object what = e.get("method") != null ? e.get("method") : e.get("status_code");
            expected.add(e.get("frame") + " " + what + " " + e.get("call_id") + " " + e.get("cseq"));
        }
        List<String> actual = new ArrayList<>();
        for (SipMessage m : messages) {
            actual.add(m.frame() + " " + (m.isRequest() ? m.method() : String.valueOf(m.statusCode())) + " "
                    + m.callId() + " " + m.cseq());
        }
        assertEquals(expected, actual);
    }

    @Test
    void viaRouteRecordRouteAndAddressesAgreeWithTheReference() {
        List<Map<String, Object>> ref = Corpus.sipReference(REFERENCE);
        for (int i = 0; i < ref.size(); i++) {
            Map<String, Object> e = ref.get(i);
            SipMessage m = messages.get(i);
            String where = "frame " + e.get("frame");
            assertEquals(e.get("top_via"), m.via().get(0), where);
            assertEquals(((Number) e.get("via_count")).intValue(), m.via().size(), where);
            assertEquals(Corpus.strings(e.get("route")), m.route(), where);
            assertEquals(Corpus.strings(e.get("record_route")), m.recordRoute(), where);
            assertEquals(Corpus.strings(e.get("contact")), m.contact(), where);
            assertEquals(e.get("from"), m.from(), where);
            assertEquals(e.get("to"), m.to(), where);
            assertEquals(e.get("request_uri"), m.requestUri(), where);
            assertEquals(((Number) e.get("msg_in_frame")).intValue(), m.indexInFrame(), where);
            // the reference has no UDP ports; compare addresses
            assertEquals(((String) e.get("src")).replace(":None", ""), m.context().source().ip(), where);
            assertEquals(((String) e.get("dst")).replace(":None", ""), m.context().destination().ip(), where);
            assertNotNull(m.topVia(), where);
        }
    }

    @Test
    void onlyMessagesThatMissMaxForwardsAreMalformed() {
        List<String> malformed = new ArrayList<>();
        for (SipMessage m : messages) {
            if (m.malformed()) {
                malformed.add(m.frame() + " " + m.method() + ": " + m.malformedReason());
            }
        }
        // the Nero SIPPS phone sends ACKs without Max-Forwards (RFC 3261 §8.1.1 makes it mandatory)
        List<String> expected = new ArrayList<>();
        for (SipMessage m : messages) {
            if (m.isRequest() && m.header("Max-Forwards") == null) {
                expected.add(m.frame() + " ACK: missing mandatory header Max-Forwards");
            }
        }
        assertEquals(expected, malformed);
        assertEquals(List.of(27L, 41L, 44L, 62L, 68L, 71L, 76L),
                messages.stream().filter(SipMessage::malformed).map(SipMessage::frame).toList());
    }

    @Test
    void typedViewsOfRealHeaders() {
        SipMessage register = messages.get(0);
        assertEquals("sip.cybercity.dk", register.requestUriParsed().host());
        assertEquals(-1, register.requestUriParsed().port());
        Via via = register.topVia();
        assertEquals("UDP", via.transport());
        assertEquals("192.168.1.2", via.host());
        assertEquals(-1, via.port());
        assertEquals("z9hG4bKnp151248737-46ea715e192.168.1.2", via.branch());
        assertEquals(true, via.hasRport());
        assertEquals(-1, via.rport());
        assertEquals("903df0a", register.fromTag());
        assertEquals(null, register.toTag());
        assertEquals(1200, register.contactParsed().get(0).expires());
        assertEquals("9c7d2dbd8822013c", register.contactParsed().get(0).uri().param("line"));
        assertEquals(70, register.maxForwards());

        SipMessage challenge = messages.get(1);
        assertEquals(401, challenge.statusCode());
        assertEquals("Unauthorized", challenge.reasonPhrase());
        assertEquals("80.230.219.70", challenge.topVia().received());
        assertEquals(5060, challenge.topVia().rport());
        // WWW-Authenticate is not a comma list: one value, commas kept
        assertEquals(List.of("Digest realm=\"sip.cybercity.dk\",nonce=\"1701af566be182070084c6f740706bb\","
                + "opaque=\"1701a1351f70795\",stale=false,algorithm=MD5"), challenge.headerValues("www-authenticate"));
        assertEquals("00-04092-1701af62-120c67172", challenge.toTag());

        SipMessage invite = messages.get(18);
        assertEquals("INVITE", invite.method());
        assertEquals("arik", invite.fromParsed().displayName());
        assertEquals(List.of("INVITE", "ACK", "CANCEL", "BYE", "REFER", "OPTIONS", "NOTIFY", "INFO"),
                invite.headerValues("Allow"));
        SdpSummary sdp = invite.sdp();
        assertEquals("192.168.1.2", sdp.connectionAddress());
        assertEquals(List.of("0", "8", "97", "2", "3"), sdp.media().get(0).formats());
        assertEquals("sendrecv", sdp.media().get(0).direction());
        assertEquals(272, invite.body().length);
        assertEquals("INVITE sip:97239287044@voip.brujula.net", invite.summary());

        SipMessage progress = messages.get(73);
        assertEquals("183 In band info available", progress.summary());
        assertEquals("212.242.33.36", progress.sdp().media().get(0).connectionAddress());
    }
}
