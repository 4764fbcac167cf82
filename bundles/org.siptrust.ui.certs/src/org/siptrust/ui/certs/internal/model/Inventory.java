package org.siptrust.ui.certs.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.CertificateRecord;
import org.siptrust.core.Times;
import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.CertificateValidator;
import org.siptrust.x509.Purpose;
import org.siptrust.x509.Role;
import org.siptrust.x509.SipIdentities;
import org.siptrust.x509.TrustAnchorException;
import org.siptrust.x509.TrustAnchors;
import org.siptrust.x509.ValidationResult;

/**
 * Every certificate the inspector lists for one analysis: those of the capture, in the analysis'
 * order, then those of opened files, validated against the capture's trust anchors at the capture's
 * evaluation time (or against none, now, when no capture is open). Also knows the trust anchors,
 * so that a validation path ending in an anchor that was never presented can still be named.
 */
public final class Inventory {
    private final Analysis analysis;
    private final List<InspectedCertificate> captured;
    private final List<InspectedCertificate> opened;
    private final TrustAnchors anchors;
    private final String anchorProblem;
    private final Instant at;
    private final Map<String, CertificateInfo> known;

    private Inventory(Analysis analysis, List<InspectedCertificate> captured, List<InspectedCertificate> opened,
            TrustAnchors anchors, String anchorProblem, Instant at) {
        this.analysis = analysis;
        this.captured = List.copyOf(captured);
        this.opened = List.copyOf(opened);
        this.anchors = anchors;
        this.anchorProblem = anchorProblem;
        this.at = at;
        Map<String, CertificateInfo> k = new LinkedHashMap<>();
        captured.forEach(c -> k.put(c.sha256(), c.info()));
        opened.forEach(c -> c.chainInFile().forEach(i -> k.putIfAbsent(i.sha256(), i)));
        anchors.certificates().forEach(a -> k.putIfAbsent(a.sha256(), a));
        this.known = Collections.unmodifiableMap(k);
    }

    /** An empty inventory (no capture, no files). */
    public static Inventory empty() {
        return new Inventory(null, List.of(), List.of(), TrustAnchors.none(), null, Instant.now());
    }

    /**
     * Builds the inventory of {@code analysis} (may be null) and the opened {@code files}. Loads the
     * capture's trust anchors again (the analysis keeps only their verdicts), which reads small
     * files, or the JVM store when the user chose system trust: call it off the UI thread.
     */
    public static Inventory build(Analysis analysis, List<OpenedCertificates.OpenedFile> files) {
        TrustAnchors anchors = TrustAnchors.none();
        String problem = null;
        Instant at = Instant.now();
        List<InspectedCertificate> captured = new ArrayList<>();
        if (analysis != null) {
            at = Times.instant(analysis.evaluationTimeNanos());
            try {
                anchors = TrustAnchors.load(analysis.options().trustAnchors());
                if (analysis.options().systemTrust()) {
                    anchors = anchors.plus(TrustAnchors.systemDefault());
                }
            } catch (TrustAnchorException e) {
                problem = e.getMessage();
            }
            for (CertificateRecord r : analysis.certificates()) {
                captured.add(new InspectedCertificate(r.info(), r.validation(), r.sipIdentities(), r.presentations(),
                        r.connections(), r.frames(), null, List.of(), roleOf(r.info(), r.presentations())));
            }
        }
        List<CertificateInfo> extra = captured.stream().map(InspectedCertificate::info).toList();
        List<InspectedCertificate> opened = new ArrayList<>();
        for (OpenedCertificates.OpenedFile f : files) {
            List<CertificateInfo> certs = f.certificates();
            for (int i = 0; i < certs.size(); i++) {
                CertificateInfo c = certs.get(i);
                Role role = i == 0 && !c.isCa() ? Role.SERVER : Role.CA;
                ValidationResult v = CertificateValidator.validate(certs.subList(i, certs.size()), anchors, at,
                        Purpose.SERVER, extra);
                String where = "file " + f.file().getFileName() + (certs.size() > 1 ? " #" + i : "");
                opened.add(new InspectedCertificate(c, v, SipIdentities.extract(c), List.of(where), List.of(), List.of(),
                        f.file(), certs, role));
            }
        }
        return new Inventory(analysis, captured, opened, anchors, problem, at);
    }

    /**
     * The role a certificate is linted for: server if some peer presented it as its server
     * certificate, else client, else CA when it came in a chain behind another certificate.
     */
    static Role roleOf(CertificateInfo info, List<String> presentations) {
        boolean server = false;
        boolean client = false;
        boolean chain = false;
        for (String p : presentations) {
            if (p.contains(" chain #")) {
                chain = true;
            } else if (p.endsWith(" server")) {
                server = true;
            } else if (p.endsWith(" client")) {
                client = true;
            }
        }
        if (server) {
            return Role.SERVER;
        }
        if (client) {
            return Role.CLIENT;
        }
        return chain || info.isCa() ? Role.CA : Role.SERVER;
    }

    /** The analysis, or null. */
    public Analysis analysis() {
        return analysis;
    }

    public List<InspectedCertificate> captured() {
        return captured;
    }

    public List<InspectedCertificate> opened() {
        return opened;
    }

    /** Capture certificates first, then opened ones. */
    public List<InspectedCertificate> all() {
        List<InspectedCertificate> all = new ArrayList<>(captured);
        all.addAll(opened);
        return all;
    }

    /** The instant validity is judged at: the capture's evaluation time, or now without a capture. */
    public Instant at() {
        return at;
    }

    /** "the capture" or "now". */
    public String atWord() {
        return analysis == null ? "now" : "the capture";
    }

    public TrustAnchors anchors() {
        return anchors;
    }

    /** Why the capture's trust anchors could not be loaded again, or null. */
    public String anchorProblem() {
        return anchorProblem;
    }

    public Optional<InspectedCertificate> find(String sha256) {
        for (InspectedCertificate c : captured) {
            if (c.sha256().equals(sha256)) {
                return Optional.of(c);
            }
        }
        for (InspectedCertificate c : opened) {
            if (c.sha256().equals(sha256)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Any certificate this inventory knows by SHA-256: listed, in an opened file, or a trust anchor. */
    public CertificateInfo info(String sha256) {
        return known.get(sha256);
    }

    public boolean isAnchor(String sha256) {
        CertificateInfo c = known.get(sha256);
        return c != null && anchors.contains(c);
    }
}
