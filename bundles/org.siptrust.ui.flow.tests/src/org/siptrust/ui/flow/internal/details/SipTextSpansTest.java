package org.siptrust.ui.flow.internal.details;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siptrust.sip.Header;
import org.siptrust.ui.flow.internal.details.SipTextSpans.Kind;
import org.siptrust.ui.flow.internal.details.SipTextSpans.Span;

/** Where the start line, header names, routing headers and body are in a message's text. */
class SipTextSpansTest {
    private static final String MESSAGE = "INVITE sip:bob@b.example SIP/2.0\r\n"
            + "v: SIP/2.0/TLS a.example;branch=z9hG4bK1\r\n"
            + "Record-Route: <sip:127.0.0.12:5061;lr>,\r\n <sip:p.example;lr>\r\n"
            + "Call-ID: x\r\n"
            + "\r\n"
            + "v=0\r\n";

    @Test
    void spansOfAMessage() {
        SipTextSpans s = SipTextSpans.of(MESSAGE);
        List<Span> spans = s.spans();
        assertEquals(new Span(0, 32, Kind.START_LINE), spans.get(0));
        assertEquals(Kind.ROUTING_NAME, spans.get(1).kind(), "compact Via is a routing header");
        assertEquals("v", MESSAGE.substring(spans.get(1).start(), spans.get(1).end()));
        assertEquals(Kind.ROUTING_NAME, spans.get(3).kind());
        assertEquals("Record-Route", MESSAGE.substring(spans.get(3).start(), spans.get(3).end()));
        // the continuation line belongs to Record-Route's value
        assertEquals(": <sip:127.0.0.12:5061;lr>,\r\n <sip:p.example;lr>", MESSAGE.substring(spans.get(4).start(), spans.get(4).end()));
        assertEquals(Kind.HEADER_NAME, spans.get(5).kind());
        Span body = spans.get(spans.size() - 1);
        assertEquals(Kind.BODY, body.kind());
        assertEquals("v=0\r\n", MESSAGE.substring(body.start()));
        assertEquals(3, s.fields().size());
    }

    @Test
    void listValuesOfOneHeaderLine() {
        assertEquals(List.of("<sip:a;lr>", "\"Doe, J\" <sip:b,c@d>"),
                HeaderTree.splitList(new Header("Route", "<sip:a;lr>, \"Doe, J\" <sip:b,c@d>")));
    }
}
