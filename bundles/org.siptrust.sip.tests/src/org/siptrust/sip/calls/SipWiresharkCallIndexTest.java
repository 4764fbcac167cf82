package org.siptrust.sip.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.SipWiresharkCaptureTestAccess;

/** Transactions, dialogs and calls of public/zeek/sip_wireshark.pcap (one UA, two servers, UDP). */
class SipWiresharkCallIndexTest {

    static List<SipMessage> messages;
    static SipCallIndex index;

    @BeforeAll
    static void build() throws Exception {
        messages = SipWiresharkCaptureTestAccess.messages();
        index = SipCallIndex.build(messages);
    }

    static SipMessage frame(long f) {
        return messages.stream().filter(m -> m.frame() == f).findFirst().orElseThrow();
    }

    @Test
    void sixCallsByCallId() {
        Map<String, Integer> sizes = new TreeMap<>();
        for (SipCall c : index.calls()) {
            sizes.put(c.callId(), c.messages().size());
        }
        assertEquals(Map.of("578222729-4665d775@578222732-4665d772", 26,
                "105090259-446faf7a@192.168.1.2", 18,
                "85216695-42dcdb1d@192.168.1.2", 8,
                "29858147-465b0752@29858051-465b07b2", 14,
                "24487391-449bf2a0@192.168.1.2", 7,
                "11894297-4432a9f8@192.168.1.2", 8), sizes);
        assertEquals(81, index.calls().stream().mapToInt(c -> c.messages().size()).sum());
        assertEquals("REGISTER voi18063@sip.cybercity.dk -> voi18063@sip.cybercity.dk", index.calls().get(0).label());
        assertEquals("INVITE 816666@voip.brurjula.net -> 97239287044@voip.brujula.net", index.calls().get(1).label());
        assertEquals(2, index.calls().get(1).participants().size());
    }

    @Test
    void transactionsFollowBranchAndMethod() {
        // 18 REGISTER, 7 INVITE (the non-2xx ACKs join them), 1 CANCEL
        assertEquals(26, index.transactions().size());
        Map<String, Integer> byMethod = new TreeMap<>();
        for (SipTransaction t : index.transactions()) {
            byMethod.merge(t.method(), 1, Integer::sum);
            assertFalse(t.isRfc2543());
        }
        assertEquals(Map.of("REGISTER", 18, "INVITE", 7, "CANCEL", 1), byMethod);
        for (SipMessage m : messages) {
            if ("ACK".equals(m.method())) {
                SipTransaction t = index.transactionOf(m);
                assertEquals("INVITE", t.method(), "ACK in frame " + m.frame());
                assertTrue(t.finalStatus() >= 300, "ACK in frame " + m.frame() + " acknowledges a non-2xx");
            }
        }
    }

    @Test
    void responsesMatchTheirRequests() {
        SipMessage register = frame(1);
        SipMessage unauthorized = frame(2);
        assertSame(register, index.requestOf(unauthorized));
        assertEquals(List.of(unauthorized), index.responsesTo(register));
        // the 100 and 200 of REGISTER CSeq 75
        assertEquals(List.of(17L, 18L), index.responsesTo(frame(16)).stream().map(SipMessage::frame).toList());
        // the INVITE retransmitted three times: 100 Trying and 408, to the first copy
        assertEquals(List.of(22L, 26L), index.responsesTo(frame(19)).stream().map(SipMessage::frame).toList());
        assertSame(frame(19), index.requestOf(frame(26)));
        // the CANCEL shares the INVITE's branch but is its own transaction; its 408 is frame 36
        assertSame(frame(23), index.requestOf(frame(36)));
        assertEquals(List.of(36L), index.responsesTo(frame(23)).stream().map(SipMessage::frame).toList());
        assertEquals(List.of(), index.responsesTo(frame(27)));
        // RFC 3261 §9.2: the CANCEL (sent-by without port) targets the INVITE (sent-by with :5060)
        assertSame(index.transactionOf(frame(19)), index.transactionCancelledBy(frame(23)));
        assertSame(index.transactionOf(frame(19)), index.transactionCancelledBy(frame(36)));
        assertNull(index.transactionCancelledBy(frame(19)));
        assertSame(frame(72), index.requestOf(frame(75)));
        assertEquals(480, index.transactionOf(frame(72)).finalStatus());
    }

    @Test
    void retransmissionsAreTheRepeatsOnTheSameHop() {
        List<Long> retransmitted = messages.stream().filter(index::isRetransmission).map(SipMessage::frame).toList();
        assertEquals(List.of(20L, 21L, 24L, 25L, 28L, 29L, 30L, 31L, 32L, 33L, 34L, 35L, 38L, 39L), retransmitted);
        assertFalse(index.isRetransmission(frame(19)));
        assertFalse(index.isRetransmission(frame(27)));
    }

    @Test
    void theOnlyDialogIsTheEarlyOneOf183() {
        assertEquals(1, index.dialogs().size());
        SipDialog d = index.dialogs().get(0);
        assertEquals("11894297-4432a9f8@192.168.1.2", d.callId());
        assertEquals("b56e6e", d.callerTag());
        assertEquals("00-04075-1701baa2-2dfdf7c21", d.calleeTag());
        assertFalse(d.isConfirmed());
        assertEquals(List.of(72L, 74L, 75L, 76L), d.messages().stream().map(SipMessage::frame).toList());
        assertNull(index.dialogOf(frame(1)));
        assertSame(d, index.dialogOf(frame(76)));
    }
}
