package org.siptrust.ui.flow.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.siptrust.analysis.Analysis;
import org.siptrust.sip.SipMessage;
import org.siptrust.trust.Hop;
import org.siptrust.trust.HopCheck;
import org.siptrust.trust.Profile;
import org.siptrust.trust.Verdict;

/**
 * The verdict that applies to one message on its hop: a request is judged by the check of its frame;
 * a response by the check of the request it answers on the same hop; anything else by the hop's own
 * verdict. Messages outside TLS hops have none.
 */
public final class HopVerdicts {
    private final Analysis analysis;
    private final Map<String, Hop> hops = new HashMap<>();
    /** The checks of each hop by frame (a hop can carry many requests: no scanning per message). */
    private final Map<Hop, Map<Long, List<HopCheck>>> checks = new HashMap<>();

    public HopVerdicts(Analysis analysis) {
        this.analysis = analysis;
        for (Hop h : analysis.hops()) {
            hops.put(h.connection(), h);
            Map<Long, List<HopCheck>> byFrame = new HashMap<>();
            for (HopCheck c : h.checks()) {
                byFrame.computeIfAbsent(c.frame(), f -> new ArrayList<>(1)).add(c);
            }
            checks.put(h, byFrame);
        }
    }

    /** The hop the message travelled on, or null. */
    public Hop hopOf(SipMessage m) {
        return m.context() == null || m.context().connectionId() == null ? null : hops.get(m.context().connectionId());
    }

    /** The verdict under {@code profile} for {@code m}, or null when it was not on a judged hop. */
    public Verdict verdict(SipMessage m, Profile profile) {
        Hop hop = hopOf(m);
        if (hop == null) {
            return null;
        }
        SipMessage request = m.isRequest() ? m : analysis.calls() == null ? null : analysis.calls().requestOf(m);
        if (request != null) {
            HopCheck check = checkOf(hop, request);
            if (check != null && check.verdict(profile) != null) {
                return check.verdict(profile);
            }
        }
        return hop.verdict(profile);
    }

    private HopCheck checkOf(Hop hop, SipMessage request) {
        List<HopCheck> inFrame = checks.get(hop).getOrDefault(request.frame(), List.of());
        for (HopCheck c : inFrame) {
            if (c.summary() != null && c.summary().equals(request.summary())) {
                return c;
            }
        }
        return inFrame.isEmpty() ? null : inFrame.get(0);
    }
}
