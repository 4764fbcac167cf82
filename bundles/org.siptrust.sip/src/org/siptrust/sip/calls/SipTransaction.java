package org.siptrust.sip.calls;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.siptrust.sip.SipMessage;

/**
 * One transaction (RFC 3261 §17): the request, its retransmissions, the ACK of a non-2xx final
 * response for INVITE, and the responses. An ACK for a 2xx is a transaction of its own (it has a
 * new branch), and so is a CANCEL (same branch, other method).
 */
public final class SipTransaction {

    private final String key;
    private final String method;
    private final String branch;
    private final boolean rfc2543;
    private final List<SipMessage> messages = new ArrayList<>();
    private final Set<String> signatures = new HashSet<>();
    private List<SipMessage> frozen;

    SipTransaction(String key, String method, String branch, boolean rfc2543) {
        this.key = key;
        this.method = method;
        this.branch = branch;
        this.rfc2543 = rfc2543;
    }

    void add(SipMessage m) {
        messages.add(m);
    }

    /** Records a message's on-the-wire signature; false if the same signature was seen before. */
    boolean addSignature(String signature) {
        return signatures.add(signature);
    }

    /** Messages added so far (valid while the index is being built, and after). */
    List<SipMessage> pendingMessages() {
        return frozen != null ? frozen : messages;
    }

    void freeze() {
        frozen = List.copyOf(messages);
        signatures.clear();
    }

    /** The matching key (branch, sent-by and method, or the RFC 2543 fields). */
    public String key() {
        return key;
    }

    /** The method the transaction is for: INVITE (also for its non-2xx ACK), CANCEL, ACK (2xx ACK), REGISTER, ... */
    public String method() {
        return method;
    }

    /** Top Via branch, or null. */
    public String branch() {
        return branch;
    }

    /** True if matched with the RFC 2543 fallback key (branch without z9hG4bK). */
    public boolean isRfc2543() {
        return rfc2543;
    }

    /** Every message of the transaction in frame order. */
    public List<SipMessage> messages() {
        return frozen;
    }

    /** The first request of {@link #method()} seen, or null if only responses were captured. */
    public SipMessage request() {
        for (SipMessage m : frozen) {
            if (m.isRequest() && method.equals(m.method())) {
                return m;
            }
        }
        return null;
    }

    public List<SipMessage> requests() {
        return frozen.stream().filter(SipMessage::isRequest).toList();
    }

    public List<SipMessage> responses() {
        return frozen.stream().filter(m -> !m.isRequest()).toList();
    }

    /** The first final (>= 200) response's status, or 0. */
    public int finalStatus() {
        for (SipMessage m : frozen) {
            if (!m.isRequest() && m.statusCode() >= 200) {
                return m.statusCode();
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return method + " " + key + " (" + frozen.size() + " messages)";
    }
}
