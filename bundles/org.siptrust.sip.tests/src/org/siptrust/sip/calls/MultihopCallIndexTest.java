package org.siptrust.sip.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siptrust.sip.MultihopTestAccess;
import org.siptrust.sip.SipMessage;

/**
 * alice -> proxy A -> proxy B -> bob over TLS (a_multihop_tls13_ok, decrypted): the same request
 * on three hops is one call, three transactions, and no retransmission.
 */
class MultihopCallIndexTest {

    static final List<SipMessage> MESSAGES = MultihopTestAccess.messages();
    static final SipCallIndex INDEX = SipCallIndex.build(MESSAGES);

    static SipMessage frame(long f) {
        return MESSAGES.stream().filter(m -> m.frame() == f).findFirst().orElseThrow();
    }

    static List<Long> frames(List<SipMessage> ms) {
        return ms.stream().map(SipMessage::frame).toList();
    }

    @Test
    void oneCallPerCallIdAcrossHops() {
        assertEquals(MultihopTestAccess.referenceCallIds(), INDEX.calls().size());
        // REGISTER of bob, REGISTER of alice, MESSAGE alice->bob, INVITE, MESSAGE bob->alice
        assertEquals(5, INDEX.calls().size());
        SipCall call = INDEX.callOf(frame(48));
        assertSame(call, INDEX.callOf(frame(53)));
        assertSame(call, INDEX.callOf(frame(84)));
        assertEquals("INVITE alice@atlanta.example.com -> bob@biloxi.example.com", call.label());
        assertEquals(List.of(48L, 50L, 51L, 52L, 53L, 54L, 55L, 57L, 60L, 62L, 63L, 64L, 65L, 66L, 70L, 76L, 84L, 86L,
                88L, 90L), frames(call.messages()));
        assertEquals(List.of("127.0.0.10:55771", "127.0.0.11:5061", "127.0.0.11:44835", "127.0.0.12:5061",
                "127.0.0.12:34449", "127.0.0.13:5061", "127.0.0.13:46299", "127.0.0.12:39905", "127.0.0.11:39037",
                "127.0.0.10:5061"), call.participants().stream().map(Object::toString).toList());
    }

    @Test
    void forwardedRequestIsANewTransactionNotARetransmission() {
        SipTransaction hop1 = INDEX.transactionOf(frame(48));
        SipTransaction hop2 = INDEX.transactionOf(frame(51));
        SipTransaction hop3 = INDEX.transactionOf(frame(53));
        assertNotSame(hop1, hop2);
        assertNotSame(hop2, hop3);
        assertTrue(MESSAGES.stream().noneMatch(INDEX::isRetransmission));
        assertEquals(List.of(50L, 57L, 63L), frames(INDEX.responsesTo(frame(48))));
        assertEquals(List.of(52L, 55L, 62L), frames(INDEX.responsesTo(frame(51))));
        assertEquals(List.of(54L, 60L), frames(INDEX.responsesTo(frame(53))));
        assertSame(frame(53), INDEX.requestOf(frame(60)));
        assertSame(frame(48), INDEX.requestOf(frame(63)));
        assertEquals(200, hop3.finalStatus());
        // the ACK of a 2xx has its own branch: a transaction of its own on each hop
        for (long ack : new long[] {64, 65, 66}) {
            SipTransaction t = INDEX.transactionOf(frame(ack));
            assertEquals("ACK", t.method());
            assertEquals(List.of(ack), frames(t.messages()));
        }
        // 2 REGISTER + 3 hops x (MESSAGE, INVITE, ACK, BYE, MESSAGE)
        assertEquals(17, INDEX.transactions().size());
    }

    @Test
    void oneConfirmedDialogSpansEveryHop() {
        SipDialog d = INDEX.dialogOf(frame(84));
        assertTrue(d.isConfirmed());
        assertSame(d, INDEX.dialogOf(frame(54)));
        assertSame(d, INDEX.dialogOf(frame(48)));
        assertEquals("5ucml54k", d.callerTag());
        assertFalse(d.messages().contains(frame(50)), "100 Trying carries no To tag");
        assertEquals(List.of(48L, 51L, 53L, 54L, 55L, 57L, 60L, 62L, 63L, 64L, 65L, 66L, 70L, 76L, 84L, 86L, 88L, 90L),
                frames(d.messages()));
        assertEquals(1, INDEX.dialogs().size());
    }
}
