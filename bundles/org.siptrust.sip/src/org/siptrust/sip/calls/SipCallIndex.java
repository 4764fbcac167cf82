package org.siptrust.sip.calls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.siptrust.sip.SipMessage;
import org.siptrust.sip.Via;

/**
 * Transactions, dialogs and calls over all messages of a capture (every hop). Build it once from
 * the messages sorted by frame; it is immutable afterwards and answers by message identity.
 *
 * <p>Transaction matching follows RFC 3261 §17.1.3/§17.2.3: top Via branch (with the magic
 * cookie), sent-by (default port filled in) and method, where an ACK belongs to the INVITE with
 * the same branch (the ACK of a non-2xx response) and CANCEL is a transaction of its own. Without
 * the magic cookie the RFC 2543 fallback key is Call-ID, CSeq number, method, From tag and top
 * Via sent-by/branch.
 */
public final class SipCallIndex {

    static final Comparator<SipMessage> ORDER =
            Comparator.comparingLong(SipMessage::frame).thenComparingInt(SipMessage::indexInFrame);

    private static final Set<String> DIALOG_CREATING = Set.of("INVITE", "SUBSCRIBE", "REFER", "NOTIFY");

    private final List<SipMessage> messages;
    private final List<SipCall> calls;
    private final List<SipDialog> dialogs;
    private final List<SipTransaction> transactions;
    private final Map<SipMessage, SipTransaction> transactionOf = new IdentityHashMap<>();
    private final Map<SipMessage, SipDialog> dialogOf = new IdentityHashMap<>();
    private final Map<SipMessage, SipCall> callOf = new IdentityHashMap<>();
    private final Map<SipMessage, Boolean> retransmission = new IdentityHashMap<>();
    private final Map<String, SipTransaction> transactionsByKey;

    private SipCallIndex(List<SipMessage> sorted) {
        this.messages = List.copyOf(sorted);

        Map<String, SipTransaction> byKey = new LinkedHashMap<>();
        for (SipMessage m : messages) {
            if (!m.isRequest() && !m.isResponse()) {
                continue;
            }
            String methodKey = methodKey(m);
            if (methodKey == null) {
                continue;
            }
            Via top = m.topVia();
            boolean modern = top != null && top.hasMagicCookie();
            String key = key(m, top, methodKey);
            SipTransaction t = byKey.get(key);
            if (t == null) {
                String label = m.isRequest() ? m.method() : m.cseqMethod();
                t = new SipTransaction(key, label, top == null ? null : top.branch(), !modern);
                byKey.put(key, t);
            }
            retransmission.put(m, !t.addSignature(signature(m)));
            t.add(m);
            transactionOf.put(m, t);
        }
        byKey.values().forEach(SipTransaction::freeze);
        this.transactions = List.copyOf(byKey.values());
        this.transactionsByKey = byKey;

        Map<String, SipDialog> dialogsByKey = new LinkedHashMap<>();
        for (SipMessage m : messages) {
            // each accessor parses the message again: read every part once
            String callId = m.callId();
            String ft = m.fromTag();
            String tt = m.toTag();
            if (callId == null || ft == null || tt == null) {
                continue;
            }
            String key = callId + "|" + (ft.compareTo(tt) <= 0 ? ft + "|" + tt : tt + "|" + ft);
            SipDialog d = dialogsByKey.get(key);
            if (m.isResponse()) {
                boolean creating = m.cseqMethod() != null && DIALOG_CREATING.contains(m.cseqMethod());
                if (d == null && creating && m.statusCode() > 100 && m.statusCode() < 300) {
                    d = new SipDialog(callId, ft, tt);
                    dialogsByKey.put(key, d);
                }
                SipMessage request = d == null ? null : requestOf(m);
                if (request != null) {
                    // the creating request on this hop (each hop has its own transaction)
                    d.add(request);
                }
                if (d != null && creating && m.statusCode() >= 200 && m.statusCode() < 300) {
                    d.confirm();
                }
            } else if (d == null && !"ACK".equals(m.method()) && !"CANCEL".equals(m.method())) {
                // an in-dialog request whose creation was not captured
                d = new SipDialog(callId, ft, tt);
                d.confirm();
                dialogsByKey.put(key, d);
            }
            if (d != null) {
                d.add(m);
                dialogOf.put(m, d);
            }
        }
        dialogsByKey.values().forEach(SipDialog::freeze);
        for (SipDialog d : dialogsByKey.values()) {
            for (SipMessage m : d.messages()) {
                dialogOf.putIfAbsent(m, d);
            }
        }
        this.dialogs = List.copyOf(dialogsByKey.values());

        Map<String, List<SipMessage>> byCallId = new LinkedHashMap<>();
        for (SipMessage m : messages) {
            String callId = m.callId();
            if (callId != null) {
                byCallId.computeIfAbsent(callId, k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, List<SipDialog>> dialogsByCall = new LinkedHashMap<>();
        for (SipDialog d : dialogs) {
            dialogsByCall.computeIfAbsent(d.callId(), k -> new ArrayList<>()).add(d);
        }
        List<SipCall> callList = new ArrayList<>();
        for (Map.Entry<String, List<SipMessage>> e : byCallId.entrySet()) {
            List<SipMessage> ms = e.getValue();
            Set<SipTransaction> ts = new LinkedHashSet<>();
            for (SipMessage m : ms) {
                SipTransaction t = transactionOf.get(m);
                if (t != null) {
                    ts.add(t);
                }
            }
            SipCall call = new SipCall(e.getKey(), ms, new ArrayList<>(ts),
                    dialogsByCall.getOrDefault(e.getKey(), List.of()));
            callList.add(call);
            for (SipMessage m : ms) {
                callOf.put(m, call);
            }
        }
        this.calls = List.copyOf(callList);
    }

    /** Builds the index; the input is sorted by frame (and index in frame) again, stably, to be safe. */
    public static SipCallIndex build(List<SipMessage> allMessagesSortedByFrame) {
        List<SipMessage> sorted = new ArrayList<>(allMessagesSortedByFrame);
        sorted.removeIf(Objects::isNull);
        sorted.sort(ORDER);
        return new SipCallIndex(sorted);
    }

    private static String key(SipMessage m, Via top, String methodKey) {
        if (top != null && top.hasMagicCookie()) {
            return "3261|" + top.branch() + "|" + top.sentByWithDefaultPort() + "|" + methodKey;
        }
        return "2543|" + m.callId() + "|" + m.cseqNumber() + "|" + methodKey + "|" + m.fromTag() + "|"
                + (top == null ? "" : top.sentByWithDefaultPort() + "|" + top.branch());
    }

    /** ACK joins the INVITE transaction it acknowledges (same branch); responses use their CSeq method. */
    private static String methodKey(SipMessage m) {
        if (m.isRequest()) {
            return "ACK".equals(m.method()) ? "INVITE" : m.method();
        }
        return m.cseqMethod();
    }

    /** What makes a copy a retransmission: same start line, CSeq and top Via, between the same two endpoints. */
    private static String signature(SipMessage m) {
        List<String> via = m.via();
        return m.startLine() + "\n" + m.cseq() + "\n" + (via.isEmpty() ? "" : via.get(0)) + "\n"
                + (m.context() == null ? "" : m.context().source() + ">" + m.context().destination());
    }

    /** Every message indexed, in frame order. */
    public List<SipMessage> messages() {
        return messages;
    }

    /** Calls in order of their first message. */
    public List<SipCall> calls() {
        return calls;
    }

    public List<SipDialog> dialogs() {
        return dialogs;
    }

    public List<SipTransaction> transactions() {
        return transactions;
    }

    /** The call (by Call-ID) of a message, or null if it has no Call-ID. */
    public SipCall callOf(SipMessage m) {
        return callOf.get(m);
    }

    public SipCall call(String callId) {
        for (SipCall c : calls) {
            if (c.callId().equals(callId)) {
                return c;
            }
        }
        return null;
    }

    public SipTransaction transactionOf(SipMessage m) {
        return transactionOf.get(m);
    }

    /** The dialog a message belongs to, or null (out-of-dialog requests and their non-dialog responses). */
    public SipDialog dialogOf(SipMessage m) {
        return dialogOf.get(m);
    }

    /**
     * True if an earlier message of the same transaction had the same start line, CSeq and top
     * Via and went between the same endpoints: the same message seen again on the same hop.
     */
    public boolean isRetransmission(SipMessage m) {
        return Boolean.TRUE.equals(retransmission.get(m));
    }

    /**
     * The INVITE transaction a CANCEL (request or response) targets: same top Via branch and
     * sent-by, method INVITE (RFC 3261 §9.2); null if that INVITE was not captured on this hop.
     */
    public SipTransaction transactionCancelledBy(SipMessage cancel) {
        if (!cancel.isFor("CANCEL")) {
            return null;
        }
        return transactionsByKey.get(key(cancel, cancel.topVia(), "INVITE"));
    }

    /** Responses in the request's transaction (none for ACK). */
    public List<SipMessage> responsesTo(SipMessage request) {
        SipTransaction t = transactionOf.get(request);
        if (t == null || !request.isRequest() || "ACK".equals(request.method())) {
            return List.of();
        }
        return t.responses();
    }

    /** The request a response answers (first copy seen on that hop), or null if it was not captured. */
    public SipMessage requestOf(SipMessage response) {
        SipTransaction t = transactionOf.get(response);
        if (t == null || response.isRequest()) {
            return null;
        }
        for (SipMessage m : t.pendingMessages()) {
            if (m.isRequest() && m.method().equals(response.cseqMethod())) {
                return m;
            }
        }
        return null;
    }
}
