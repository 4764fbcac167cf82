package org.siptrust.sip.calls;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.siptrust.core.Endpoint;
import org.siptrust.sip.NameAddr;
import org.siptrust.sip.SipMessage;

/** Every message with one Call-ID, across all hops, in frame order. */
public final class SipCall {

    private final String callId;
    private final List<SipMessage> messages;
    private final List<SipTransaction> transactions;
    private final List<SipDialog> dialogs;

    SipCall(String callId, List<SipMessage> messages, List<SipTransaction> transactions, List<SipDialog> dialogs) {
        this.callId = callId;
        this.messages = List.copyOf(messages);
        this.transactions = List.copyOf(transactions);
        this.dialogs = List.copyOf(dialogs);
    }

    public String callId() {
        return callId;
    }

    public List<SipMessage> messages() {
        return messages;
    }

    public List<SipTransaction> transactions() {
        return transactions;
    }

    public List<SipDialog> dialogs() {
        return dialogs;
    }

    public long firstFrame() {
        return messages.get(0).frame();
    }

    public long lastFrame() {
        return messages.get(messages.size() - 1).frame();
    }

    /** Every endpoint that sent or received a message of the call, in order of first appearance. */
    public List<Endpoint> participants() {
        Set<Endpoint> out = new LinkedHashSet<>();
        for (SipMessage m : messages) {
            if (m.context() != null) {
                if (m.context().source() != null) {
                    out.add(m.context().source());
                }
                if (m.context().destination() != null) {
                    out.add(m.context().destination());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The first request that opened something (not ACK/CANCEL), else the first message. */
    public SipMessage initialRequest() {
        for (SipMessage m : messages) {
            if (m.isRequest() && !"ACK".equals(m.method()) && !"CANCEL".equals(m.method())) {
                return m;
            }
        }
        for (SipMessage m : messages) {
            if (m.isRequest()) {
                return m;
            }
        }
        return messages.get(0);
    }

    /** A short label: {@code INVITE alice@atlanta.example.com -> bob@biloxi.example.com}. */
    public String label() {
        SipMessage m = initialRequest();
        String method = m.isRequest() ? m.method() : m.cseqMethod();
        return (method == null ? "?" : method) + " " + party(m.fromParsed(), m.from()) + " -> "
                + party(m.toParsed(), m.to());
    }

    private static String party(NameAddr a, String raw) {
        if (a != null && a.uri() != null) {
            return a.uri().userAtHost();
        }
        return raw == null ? "?" : raw;
    }

    @Override
    public String toString() {
        return label() + " [" + callId + ", " + messages.size() + " messages]";
    }
}
