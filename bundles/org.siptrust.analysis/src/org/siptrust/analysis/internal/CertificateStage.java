package org.siptrust.analysis.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siptrust.analysis.CertificateRecord;
import org.siptrust.core.Finding;
import org.siptrust.core.Severity;
import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.CertificateParseException;
import org.siptrust.x509.CertificateValidator;
import org.siptrust.x509.Purpose;
import org.siptrust.x509.SipIdentities;
import org.siptrust.x509.TrustAnchors;
import org.siptrust.x509.ValidationResult;

/**
 * Collects every certificate of the capture (handshakes and SIP bodies), parses each once, and
 * validates each as of the evaluation time with the chain it was presented in.
 */
public final class CertificateStage {
    private final Map<String, CertificateInfo> bySha = new LinkedHashMap<>();
    private final Map<String, List<String>> presentations = new LinkedHashMap<>();
    private final Map<String, List<String>> connections = new LinkedHashMap<>();
    private final Map<String, List<Long>> frames = new LinkedHashMap<>();
    private final Map<String, List<CertificateInfo>> chainOf = new LinkedHashMap<>();
    private final Map<String, Purpose> purposeOf = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    /** Parses a presented chain (leaf first); malformed certificates become findings and are skipped. */
    public List<CertificateInfo> chain(List<byte[]> ders, String connection, String side, long frame) {
        List<CertificateInfo> chain = new ArrayList<>();
        for (int i = 0; i < ders.size(); i++) {
            CertificateInfo c = parse(ders.get(i), connection, frame);
            if (c == null) {
                continue;
            }
            chain.add(c);
            note(c, connection + " " + side + (i == 0 ? "" : " chain #" + i), connection, frame);
        }
        for (int i = 0; i < chain.size(); i++) {
            String sha = chain.get(i).sha256();
            chainOf.putIfAbsent(sha, chain.subList(i, chain.size()));
            purposeOf.putIfAbsent(sha, side.equals("client") ? Purpose.CLIENT : Purpose.SERVER);
        }
        return chain;
    }

    /** A certificate carried in a SIP body (RFC 6072). */
    public void body(byte[] der, String connection, long frame) {
        CertificateInfo c = parse(der, connection, frame);
        if (c != null) {
            note(c, "frame " + frame + " SIP body (application/pkix-cert)", connection, frame);
            chainOf.putIfAbsent(c.sha256(), List.of(c));
            purposeOf.putIfAbsent(c.sha256(), Purpose.CLIENT);
        }
    }

    private CertificateInfo parse(byte[] der, String connection, long frame) {
        try {
            CertificateInfo c = CertificateInfo.parse(der);
            return bySha.computeIfAbsent(c.sha256(), k -> c);
        } catch (CertificateParseException e) {
            findings.add(new Finding("certificate-malformed", Severity.WARNING, null,
                    "a certificate in frame " + frame + " could not be parsed: " + e.getMessage(), connection,
                    frame > 0 ? List.of(frame) : List.of(), null));
            return null;
        }
    }

    private void note(CertificateInfo c, String where, String connection, long frame) {
        List<String> p = presentations.computeIfAbsent(c.sha256(), k -> new ArrayList<>());
        if (!p.contains(where)) {
            p.add(where);
        }
        List<String> cs = connections.computeIfAbsent(c.sha256(), k -> new ArrayList<>());
        if (connection != null && !cs.contains(connection)) {
            cs.add(connection);
        }
        List<Long> fs = frames.computeIfAbsent(c.sha256(), k -> new ArrayList<>());
        if (frame > 0 && !fs.contains(frame)) {
            fs.add(frame);
        }
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<CertificateRecord> records(TrustAnchors anchors, Instant at) {
        List<CertificateInfo> all = new ArrayList<>(bySha.values());
        List<CertificateRecord> out = new ArrayList<>();
        for (CertificateInfo c : all) {
            ValidationResult v = CertificateValidator.validate(chainOf.get(c.sha256()), anchors, at,
                    purposeOf.get(c.sha256()), all);
            out.add(new CertificateRecord(c, v, SipIdentities.extract(c), presentations.get(c.sha256()),
                    connections.get(c.sha256()), frames.get(c.sha256())));
        }
        return out;
    }
}
