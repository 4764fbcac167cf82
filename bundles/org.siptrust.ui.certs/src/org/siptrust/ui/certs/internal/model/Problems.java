package org.siptrust.ui.certs.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.CertificateLint;
import org.siptrust.x509.LintResult;
import org.siptrust.x509.Role;
import org.siptrust.x509.ValidationProblem;

/** The lint results (for the role the certificate was presented in) and validation problems of one certificate. */
public final class Problems {
    private Problems() {
    }

    public static List<ProblemRow> of(InspectedCertificate c, Inventory inv) {
        List<ProblemRow> out = new ArrayList<>();
        for (LintResult l : lint(c.info(), c.role())) {
            out.add(new ProblemRow("lint", l.severity(), l.id(), l.rule() == null ? "" : l.rule().toString(), l.message(),
                    c.commonName()));
        }
        for (ValidationProblem p : c.validation().problems()) {
            String about = c.commonName();
            if (p.certificateSha256() != null && !p.certificateSha256().equals(c.sha256())) {
                CertificateInfo other = inv.info(p.certificateSha256());
                about = other == null ? p.certificateSha256().substring(0, 16) + "…" : Names.commonName(other);
            }
            out.add(new ProblemRow("validation", p.severity(), p.code(), p.rule() == null ? "" : p.rule().toString(),
                    p.message(), about));
        }
        out.sort(Comparator.comparing(ProblemRow::severity));
        return out;
    }

    /** The lint, or one line saying it failed: a linter bug must not take the view down. */
    static List<LintResult> lint(CertificateInfo info, Role role) {
        try {
            return CertificateLint.lint(info, role);
        } catch (RuntimeException e) {
            return List.of(new LintResult("lint-failed", org.siptrust.core.Severity.INFO, null,
                    "the checks could not run on this certificate (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** "server", "client" or "CA certificate" for the sentence above the table. */
    public static String roleWord(Role role) {
        return switch (role) {
            case SERVER -> "a TLS server certificate";
            case CLIENT -> "a TLS client certificate";
            case CA -> "a CA certificate";
        };
    }
}
