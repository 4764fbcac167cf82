package org.siptrust.report;

import java.io.PrintWriter;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.CertificateRecord;
import org.siptrust.analysis.DaneView;
import org.siptrust.core.Times;
import org.siptrust.trust.Hop;
import org.siptrust.trust.Profile;
import org.siptrust.trust.Verdict;

/** The text report's sections for messages, hops, certificates and DANE. */
final class TextSections {
    private TextSections() {
    }

    static void write(Analysis a, PrintWriter out) {
        out.printf("%nSIP messages: %d in %d calls%n", a.messages().size(), a.calls() == null ? 0 : a.calls().calls().size());
        out.printf("%nHops (%d TLS connections that carried SIP)%n", a.hops().size());
        for (Hop h : a.hops()) {
            Verdict v = h.worst(Profile.RFC5922);
            out.printf("  %-4s %s -> %s  %s%n", h.connection(), h.client(), h.server(),
                    v == null ? "" : (v.isMatch() ? "OK " : v.isFailure() ? "FAIL " : "") + v.result());
            if (h.reference() != null) {
                out.printf("         reference %s (%s); presented %s%n", h.reference().name(), h.reference().source(),
                        h.presentedIdentities());
            }
            StringBuilder profiles = new StringBuilder();
            for (Profile p : Profile.values()) {
                Verdict pv = h.worst(p);
                profiles.append(p.id()).append('=').append(pv == null ? "-" : pv.result()).append(' ');
            }
            out.printf("         %s%n", profiles.toString().trim());
            if (v != null && v.isFailure()) {
                out.printf("         %s [%s]%n", v.explanation(), String.join(", ", v.rules()));
            }
        }
        out.printf("%nCertificates (%d)%n", a.certificates().size());
        for (CertificateRecord c : a.certificates()) {
            out.printf("  %-14s %s  (until %s)%n", c.validation().status(), c.info().subject(), Times.iso(c.info().notAfter()).substring(0, 10));
            out.printf("                 SIP identities %s; presented: %s%n", c.sipIdentities().names(), String.join(", ", c.presentations()));
        }
        if (!a.dane().isEmpty()) {
            out.printf("%nDANE%n");
            for (DaneView d : a.dane()) {
                out.printf("  %-4s %-45s %s%n", d.connection(), d.tlsaName(), d.result());
            }
        }
    }
}
