package org.siptrust.ui.certs.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.ValidationResult;

/**
 * The chain tree of one certificate: the validation path the validator built (trust anchor at the
 * top, the certificate at the bottom, as browsers show it), then each distinct chain a peer
 * actually sent with it, in the order it was sent.
 */
public final class Chains {
    private Chains() {
    }

    public static List<ChainNode> of(InspectedCertificate c, Inventory inv) {
        List<ChainNode> out = new ArrayList<>();
        out.add(validationPath(c, inv));
        Map<List<String>, List<String>> presented = presentedChains(c, inv.analysis());
        for (Map.Entry<List<String>, List<String>> e : presented.entrySet()) {
            List<String> chain = e.getKey();
            List<ChainNode> certs = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                String sha = chain.get(i);
                certs.add(certificate(sha, inv, "#" + i + (i == 0 ? " (end entity)" : ""), sha.equals(c.sha256()),
                        List.of()));
            }
            String who = String.join(", ", e.getValue());
            out.add(new ChainNode("Presented by " + who, null,
                    chain.size() + (chain.size() == 1 ? " certificate" : " certificates"), "in the order the peer sent them",
                    false, false, certs));
        }
        return out;
    }

    private static ChainNode validationPath(InspectedCertificate c, Inventory inv) {
        ValidationResult v = c.validation();
        List<String> path = v.chain();
        String title = "Validation path";
        String when = "judged at " + inv.atWord() + " (" + Names.dateTime(v.at()) + ")";
        if (path.isEmpty()) {
            String why = v.problems().isEmpty() ? "no path was built" : v.problems().get(0).message();
            return new ChainNode(title, null, v.status(), why + "; " + when, false, !v.isValid(),
                    List.of(certificate(c.sha256(), inv, "", true, List.of())));
        }
        // nest from the anchor (last) down to the leaf (first)
        ChainNode below = null;
        for (int i = 0; i < path.size(); i++) {
            String sha = path.get(i);
            String note = i == 0 ? "end entity" : "issued " + (inv.info(path.get(i - 1)) == null ? "the certificate below"
                    : Names.commonName(inv.info(path.get(i - 1))));
            if (i == path.size() - 1 && !inv.isAnchor(sha) && !v.isValid()) {
                note = note + "; the path ends here without a trust anchor";
            }
            below = certificate(sha, inv, note, sha.equals(c.sha256()), below == null ? List.of() : List.of(below));
        }
        String summary = v.status() + (v.problems().isEmpty() ? "" : " — " + v.problems().size()
                + (v.problems().size() == 1 ? " problem" : " problems"));
        return new ChainNode(title, null, summary, path.size() + (path.size() == 1 ? " certificate, " : " certificates, ") + when,
                false, !v.isValid(), List.of(below));
    }

    private static ChainNode certificate(String sha, Inventory inv, String note, boolean current, List<ChainNode> children) {
        CertificateInfo info = inv.info(sha);
        if (info == null) {
            return new ChainNode("unknown certificate " + sha.substring(0, Math.min(16, sha.length())) + "…", sha, "",
                    note, current, false, children);
        }
        Validity time = Validity.of(info, inv.at());
        boolean anchor = inv.isAnchor(sha);
        Optional<InspectedCertificate> listed = inv.find(sha);
        String status;
        boolean bad;
        if (listed.isPresent() && !anchor) {
            ValidationResult r = listed.get().validation();
            status = r.status();
            bad = !r.isValid();
        } else {
            status = time == Validity.VALID ? (anchor ? "trust anchor" : "valid in time")
                    : time.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + (anchor ? " trust anchor" : "");
            bad = time != Validity.VALID;
        }
        String where = anchor ? "trust anchor" + (inv.find(sha).isPresent() ? ", also presented" : ", not presented")
                : listed.isPresent() ? (listed.get().fromFile() ? "from " + listed.get().source() : "presented in the capture")
                : "found elsewhere";
        String fullNote = note.isEmpty() ? where : note + "; " + where;
        return new ChainNode(Names.commonName(info), sha, status, fullNote, current, bad, children);
    }

    /**
     * Every distinct chain sent with the certificate (SHA-256s in sent order) and who sent it
     * ("c1 server", "c3 server", "file x.crt", "frame 41 SIP body").
     */
    static Map<List<String>, List<String>> presentedChains(InspectedCertificate c, Analysis analysis) {
        Map<List<String>, List<String>> out = new LinkedHashMap<>();
        if (c.fromFile()) {
            out.put(c.chainInFile().stream().map(CertificateInfo::sha256).toList(), List.of("file " + c.source()));
            return out;
        }
        for (String p : c.presentations()) {
            List<String> chain = chainOf(p, analysis);
            if (chain == null) {
                chain = List.of(c.sha256());
            }
            String who = p.replaceFirst(" chain #\\d+$", "");
            List<String> whos = out.computeIfAbsent(chain, k -> new ArrayList<>());
            if (!whos.contains(who)) {
                whos.add(who);
            }
        }
        return out;
    }

    /** The chain a presentation like "c3 server" or "c1 client chain #1" refers to, or null. */
    static List<String> chainOf(String presentation, Analysis analysis) {
        if (analysis == null) {
            return null;
        }
        String[] t = presentation.split(" ");
        if (t.length < 2) {
            return null;
        }
        Optional<Connection> conn = analysis.connection(t[0]);
        if (conn.isEmpty() || !conn.get().isTls()) {
            return null;
        }
        List<String> chain = switch (t[1]) {
            case "server" -> conn.get().tls().serverCertificates();
            case "client" -> conn.get().tls().clientCertificates();
            default -> null;
        };
        return chain == null || chain.isEmpty() ? null : chain;
    }
}
