package org.siptrust.trust.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.siptrust.core.Finding;
import org.siptrust.core.RuleRef;
import org.siptrust.core.Severity;
import org.siptrust.sip.SipMessage;
import org.siptrust.tls.TlsAlert;
import org.siptrust.trust.TrustInput;

/**
 * "Failures along the path": when a hop's TLS handshake fails, the element that opened it usually
 * answers upstream with a bare 408/480/5xx. This links that response to the failed handshake: the
 * first error response sent by the failed connection's client, on another connection, after the
 * failure began.
 */
public final class FailureLink {
    private static final Set<Integer> ERRORS = Set.of(408, 480, 500, 502, 503, 504);
    private static final long WINDOW_NANOS = 64_000_000_000L; // Timer B/F: 64*T1

    private FailureLink() {
    }

    public static List<Finding> link(TrustInput input) {
        List<Finding> out = new ArrayList<>();
        for (TrustInput.Connection c : input.connections()) {
            if (c.tls() == null || !failed(c)) {
                continue;
            }
            String element = c.client().ip();
            long start = c.tls().clientHelloFrame() > 0 ? c.tls().clientHelloFrame() : c.firstFrame();
            long startTime = -1;
            for (SipMessage m : input.messages()) {
                if (m.frame() >= start && startTime < 0) {
                    startTime = m.timeNanos();
                }
                if (m.isResponse() && ERRORS.contains(m.statusCode()) && m.frame() > start
                        && m.context().source().ip().equals(element) && !c.id().equals(m.context().connectionId())
                        && (startTime < 0 || m.timeNanos() - startTime <= WINDOW_NANOS)) {
                    out.add(new Finding("upstream-error-from-tls-failure", Severity.ERROR, RuleRef.rfc(5922, "7.3"),
                            m.summary() + " (" + m.cseq() + ") sent by " + m.context().source() + " to " + m.context().destination()
                                    + " was most likely caused by the failed TLS handshake on " + c.id() + " (" + c.client() + " -> "
                                    + c.server() + ": " + why(c) + "); SIP has no error code that says so",
                            m.context().connectionId(), List.of(start, m.frame()), null));
                    break;
                }
            }
        }
        return out;
    }

    /** True when the connection's TLS handshake failed (fatal alert, or it ended before Finished). */
    public static boolean failed(TrustInput.Connection c) {
        for (TlsAlert a : c.tls().alerts()) {
            if (a.level() == 2) {
                return true;
            }
        }
        return c.tls().looksLikeTls() && c.tls().clientHelloFrame() > 0 && !c.tls().handshakeCompleted()
                && c.tls().findings().stream().anyMatch(f -> f.id().equals("tls-handshake-failed"));
    }

    private static String why(TrustInput.Connection c) {
        for (TlsAlert a : c.tls().alerts()) {
            if (a.level() == 2) {
                return "fatal alert " + a.name() + " from the " + (a.fromClient() ? "client" : "server");
            }
        }
        return "the handshake did not complete";
    }
}
