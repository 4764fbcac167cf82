package org.siptrust.analysis.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siptrust.analysis.CertificateRecord;
import org.siptrust.core.Finding;
import org.siptrust.core.Hex;
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
    /** Why a certificate did not parse, by the SHA-256 of its DER: each presentation is still a finding. */
    private final Map<String, String> unparsable = new HashMap<>();
    // sets, not lists: a CA certificate is presented on every connection of a large capture
    private final Map<String, Set<String>> presentations = new LinkedHashMap<>();
    private final Map<String, Set<String>> connections = new LinkedHashMap<>();
    private final Map<String, Set<Long>> frames = new LinkedHashMap<>();
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

    /** The certificate with this DER, parsed only the first time it is seen (hashing is much cheaper). */
    private CertificateInfo parse(byte[] der, String connection, long frame) {
        String sha = Hex.of(sha256().digest(der));
        CertificateInfo known = bySha.get(sha);
        if (known != null) {
            return known;
        }
        String problem = unparsable.get(sha);
        if (problem == null) {
            try {
                CertificateInfo c = CertificateInfo.parse(der);
                bySha.put(c.sha256(), c);
                return c;
            } catch (CertificateParseException e) {
                problem = e.getMessage();
                unparsable.put(sha, problem);
            }
        }
        findings.add(new Finding("certificate-malformed", Severity.WARNING, null,
                "a certificate in frame " + frame + " could not be parsed: " + problem, connection,
                frame > 0 ? List.of(frame) : List.of(), null));
        return null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JRE", e);
        }
    }

    private void note(CertificateInfo c, String where, String connection, long frame) {
        presentations.computeIfAbsent(c.sha256(), k -> new LinkedHashSet<>()).add(where);
        Set<String> cs = connections.computeIfAbsent(c.sha256(), k -> new LinkedHashSet<>());
        if (connection != null) {
            cs.add(connection);
        }
        Set<Long> fs = frames.computeIfAbsent(c.sha256(), k -> new LinkedHashSet<>());
        if (frame > 0) {
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
            out.add(new CertificateRecord(c, v, SipIdentities.extract(c), List.copyOf(presentations.get(c.sha256())),
                    List.copyOf(connections.get(c.sha256())), List.copyOf(frames.get(c.sha256()))));
        }
        return out;
    }
}
