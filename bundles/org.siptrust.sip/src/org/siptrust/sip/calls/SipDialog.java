package org.siptrust.sip.calls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.siptrust.sip.SipMessage;

/**
 * A dialog (RFC 3261 §12): Call-ID plus the two tags. Created by a 1xx (early) or 2xx
 * (confirmed) response with a To tag to a dialog-creating request, or by an in-dialog request
 * seen without its creation (capture started mid-dialog). Holds the creating request and every
 * message that carries both tags, on every hop.
 */
public final class SipDialog {

    private final String callId;
    private final String callerTag;
    private final String calleeTag;
    private final List<SipMessage> messages = new ArrayList<>();
    private final Set<SipMessage> members = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean confirmed;
    private List<SipMessage> frozen;

    SipDialog(String callId, String callerTag, String calleeTag) {
        this.callId = callId;
        this.callerTag = callerTag;
        this.calleeTag = calleeTag;
    }

    void add(SipMessage m) {
        if (members.add(m)) {
            messages.add(m);
        }
    }

    void confirm() {
        confirmed = true;
    }

    void freeze() {
        messages.sort(SipCallIndex.ORDER);
        frozen = List.copyOf(messages);
    }

    public String callId() {
        return callId;
    }

    /** From tag of the request that created the dialog (the caller's tag). */
    public String callerTag() {
        return callerTag;
    }

    /** To tag the callee added. */
    public String calleeTag() {
        return calleeTag;
    }

    /** True once a 2xx (or an in-dialog request) was seen; false for a dialog that stayed early. */
    public boolean isConfirmed() {
        return confirmed;
    }

    public List<SipMessage> messages() {
        return frozen;
    }

    @Override
    public String toString() {
        return callId + " " + callerTag + "/" + calleeTag + (confirmed ? "" : " (early)");
    }
}
