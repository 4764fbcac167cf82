package org.siptrust.ui.certs.internal.model;

import java.util.ArrayList;
import java.util.List;

import org.siptrust.ui.certs.internal.model.FieldNode.Tone;
import org.siptrust.x509.RejectedName;
import org.siptrust.x509.SipIdentity;
import org.siptrust.x509.SipIdentitySet;

/**
 * One line of the SIP identities tree: a group ("SIP identities", "Rejected names") or a name
 * with its verdict and the reason, citing RFC 5922 §7.1.
 */
public record IdentityRow(String name, String verdict, String reason, Tone tone, List<IdentityRow> children) {

    public IdentityRow {
        children = List.copyOf(children);
    }

    public static final String ACCEPTED = "SIP identities";
    public static final String REJECTED = "Rejected names";

    public static List<IdentityRow> of(SipIdentitySet set) {
        List<IdentityRow> accepted = new ArrayList<>();
        for (SipIdentity i : set.identities()) {
            accepted.add(new IdentityRow(i.name(), "counts (" + sourceWord(i.source()) + ")", i.reason(), Tone.GOOD, List.of()));
        }
        List<IdentityRow> rejected = new ArrayList<>();
        for (RejectedName r : set.rejected()) {
            rejected.add(new IdentityRow(r.presented(), r.wildcard() ? "rejected (wildcard)" : "rejected", r.reason(),
                    r.wildcard() ? Tone.WARN : Tone.NORMAL, List.of()));
        }
        String summary = set.isEmpty() ? "none: this certificate cannot authenticate a SIP domain"
                : String.join(", ", set.names()) + (set.cnFallback() ? " (taken from the subject CN: no subjectAltName)" : "");
        List<IdentityRow> out = new ArrayList<>();
        out.add(new IdentityRow(ACCEPTED + " (" + accepted.size() + ")", summary, "RFC 5922 §7.1",
                set.isEmpty() ? Tone.BAD : set.cnFallback() ? Tone.WARN : Tone.GOOD, accepted));
        out.add(new IdentityRow(REJECTED + " (" + rejected.size() + ")", "", "names considered and not used", Tone.NORMAL,
                rejected));
        return out;
    }

    public static String sourceWord(SipIdentity.Source s) {
        return switch (s) {
            case URI_SAN -> "sip URI in subjectAltName";
            case DNS_SAN -> "dNSName in subjectAltName";
            case CN -> "subject CN";
        };
    }
}
