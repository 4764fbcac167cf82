package org.siptrust.x509;

import java.io.ByteArrayInputStream;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.siptrust.x509.internal.Signatures;

/**
 * Path building and validation as of a given instant (the capture time, not today), offline
 * (no revocation checking). Every failure is reported on its own, and the peer's way of sending
 * the chain (order, missing intermediates) is reported too. Our own checks run first so each
 * problem gets a precise code; Bouncy Castle's PKIX validator then checks the finished path for
 * what we do not (name and policy constraints).
 */
public final class CertificateValidator {

    private static final int MAX_PATH = 10;
    private static final int MAX_SIGNATURE_CHECKS = 256;

    /** Extensions whose semantics are handled here or by the PKIX validator. */
    private static final Set<String> UNDERSTOOD_CRITICAL = Set.of("2.5.29.15", "2.5.29.19", "2.5.29.37",
            "2.5.29.17", "2.5.29.18", "2.5.29.30", "2.5.29.32", "2.5.29.33", "2.5.29.36", "2.5.29.54", "2.5.29.14",
            "2.5.29.35", "2.5.29.31", "1.3.6.1.5.5.7.1.1", "2.5.29.9");

    private CertificateValidator() {
    }

    /**
     * @param presentedChain     the certificates as the peer sent them, leaf first
     * @param anchors            the trust anchors (may be {@link TrustAnchors#none()})
     * @param at                 the instant validity is evaluated at
     * @param purpose            what the leaf was presented for (drives the EKU check)
     * @param extraIntermediates other certificates seen (e.g. elsewhere in the capture) that may
     *                           complete a chain the peer sent incompletely
     */
    public static ValidationResult validate(List<CertificateInfo> presentedChain, TrustAnchors anchors, Instant at,
            Purpose purpose, Collection<CertificateInfo> extraIntermediates) {
        Objects.requireNonNull(presentedChain, "presentedChain");
        Objects.requireNonNull(anchors, "anchors");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(purpose, "purpose");
        if (presentedChain.isEmpty()) {
            return new ValidationResult(ValidationResult.UNTRUSTED, at, List.of(),
                    List.of(new ValidationProblem(ValidationProblem.NO_CERTIFICATE, null,
                            "the peer presented no certificate", Rules.SIP_VALIDITY)));
        }
        return new Run(presentedChain, anchors, at, purpose,
                extraIntermediates == null ? List.of() : extraIntermediates).validate();
    }

    /** Convenience: validate with no extra intermediates. */
    public static ValidationResult validate(List<CertificateInfo> presentedChain, TrustAnchors anchors, Instant at,
            Purpose purpose) {
        return validate(presentedChain, anchors, at, purpose, List.of());
    }

    /** One validation: the inputs, a signature cache, and the path found. */
    private static final class Run {
        private final List<CertificateInfo> presented;
        private final TrustAnchors anchors;
        private final Instant at;
        private final Purpose purpose;
        private final List<CertificateInfo> pool = new ArrayList<>();
        private final Map<String, Signatures.Outcome> signatureCache = new HashMap<>();
        private int signatureChecks;

        Run(List<CertificateInfo> presented, TrustAnchors anchors, Instant at, Purpose purpose,
                Collection<CertificateInfo> extra) {
            Map<String, CertificateInfo> unique = new LinkedHashMap<>();
            for (CertificateInfo c : presented) {
                unique.putIfAbsent(c.sha256(), Objects.requireNonNull(c));
            }
            this.presented = List.copyOf(unique.values());
            this.anchors = anchors;
            this.at = at;
            this.purpose = purpose;
            Map<String, CertificateInfo> p = new LinkedHashMap<>();
            for (int i = 1; i < this.presented.size(); i++) {
                p.put(this.presented.get(i).sha256(), this.presented.get(i));
            }
            for (CertificateInfo c : extra) {
                if (c != null && !unique.containsKey(c.sha256())) {
                    p.putIfAbsent(c.sha256(), c);
                }
            }
            pool.addAll(p.values());
        }

        Signatures.Outcome signature(CertificateInfo child, CertificateInfo issuer) {
            String key = child.sha256() + issuer.sha256();
            Signatures.Outcome o = signatureCache.get(key);
            if (o == null) {
                if (signatureChecks++ > MAX_SIGNATURE_CHECKS) {
                    return Signatures.Outcome.UNSUPPORTED;
                }
                o = child.verifySignedBy(issuer);
                signatureCache.put(key, o);
            }
            return o;
        }

        ValidationResult validate() {
            CertificateInfo leaf = presented.get(0);
            List<CertificateInfo> path;
            boolean anchored;
            boolean selfSignedLeaf = false;
            CertificateInfo leafAnchor = anchors.find(leaf);
            if (leafAnchor != null) {
                // The peer's certificate is itself trusted (pinned): the path is just the leaf.
                path = List.of(leaf);
                anchored = true;
            } else if (leaf.isSelfSigned()) {
                path = List.of(leaf);
                anchored = false;
                selfSignedLeaf = true;
            } else {
                List<CertificateInfo> found = search(new ArrayList<>(List.of(leaf)));
                if (found != null) {
                    path = found;
                    anchored = true;
                } else {
                    path = greedy(leaf);
                    anchored = anchors.find(path.get(path.size() - 1)) != null && path.size() > 1;
                }
            }

            List<ValidationProblem> problems = new ArrayList<>();
            if (selfSignedLeaf) {
                problems.add(new ValidationProblem(ValidationProblem.SELF_SIGNED, leaf.sha256(),
                        "the certificate " + leaf.subject() + " is self-signed and is not one of the trust anchors",
                        Rules.PATH_VALIDATION));
            } else if (!anchored) {
                CertificateInfo last = path.get(path.size() - 1);
                String msg = last.isSelfSigned()
                        ? "the chain ends in the self-signed certificate " + last.subject()
                                + ", which is not one of the trust anchors"
                        : "no certificate for the issuer " + last.issuer() + " of " + last.subject()
                                + " was presented, seen elsewhere or given as a trust anchor";
                problems.add(new ValidationProblem(ValidationProblem.UNKNOWN_ISSUER, last.sha256(), msg,
                        Rules.PATH_VALIDATION));
            }
            checkPath(path, anchored, problems);
            checkTransmission(path, anchored, problems);

            String status = status(selfSignedLeaf, anchored, problems);
            List<String> chain = path.stream().map(CertificateInfo::sha256).toList();
            return new ValidationResult(status, at, chain, problems);
        }

        /** Depth-first search for a path to an anchor where every signature verifies. */
        private List<CertificateInfo> search(List<CertificateInfo> path) {
            CertificateInfo c = path.get(path.size() - 1);
            if (path.size() > 1) {
                CertificateInfo a = anchors.find(c);
                if (a != null) {
                    List<CertificateInfo> done = new ArrayList<>(path.subList(0, path.size() - 1));
                    done.add(a);
                    return done;
                }
                if (c.isSelfSigned()) {
                    return null;
                }
            }
            if (path.size() >= MAX_PATH) {
                return null;
            }
            for (CertificateInfo x : candidates(c, path)) {
                if (signature(c, x) != Signatures.Outcome.VALID) {
                    continue;
                }
                if (anchors.find(x) != null) {
                    List<CertificateInfo> done = new ArrayList<>(path);
                    done.add(anchors.find(x));
                    return done;
                }
                path.add(x);
                List<CertificateInfo> r = search(path);
                if (r != null) {
                    return r;
                }
                path.remove(path.size() - 1);
            }
            return null;
        }

        /** When no sound path exists: follow names as far as they go, preferring good signatures. */
        private List<CertificateInfo> greedy(CertificateInfo leaf) {
            List<CertificateInfo> path = new ArrayList<>(List.of(leaf));
            while (path.size() < MAX_PATH) {
                CertificateInfo c = path.get(path.size() - 1);
                if (path.size() > 1 && (anchors.find(c) != null || c.isSelfSigned())) {
                    break;
                }
                List<CertificateInfo> cs = candidates(c, path);
                if (cs.isEmpty()) {
                    break;
                }
                CertificateInfo next = cs.get(0);
                for (CertificateInfo x : cs) {
                    if (signature(c, x) == Signatures.Outcome.VALID) {
                        next = x;
                        break;
                    }
                }
                CertificateInfo a = anchors.find(next);
                path.add(a != null ? a : next);
            }
            return path;
        }

        /** Possible issuers of {@code c}: anchors first, then presented, then seen elsewhere. */
        private List<CertificateInfo> candidates(CertificateInfo c, List<CertificateInfo> path) {
            List<CertificateInfo> valid = new ArrayList<>();
            List<CertificateInfo> other = new ArrayList<>();
            List<CertificateInfo> all = new ArrayList<>(anchors.certificates());
            all.addAll(pool);
            for (CertificateInfo x : all) {
                if (path.contains(x) || !c.isIssuedNameOf(x)) {
                    continue;
                }
                (x.isValidAt(at) ? valid : other).add(x);
            }
            valid.addAll(other);
            return valid;
        }

        private void checkPath(List<CertificateInfo> path, boolean anchored, List<ValidationProblem> problems) {
            for (int i = 0; i < path.size(); i++) {
                CertificateInfo c = path.get(i);
                boolean isAnchor = anchored && i == path.size() - 1;
                if (isAnchor && i > 0) {
                    // RFC 5280 §6.1.1 (d): a trust anchor is a name and a key; its certificate's dates are
                    // not part of path validation. Worth saying, not a failure.
                    if (!c.isValidAt(at)) {
                        problems.add(new ValidationProblem(ValidationProblem.ANCHOR_VALIDITY, c.sha256(),
                                "trust anchor " + c.subject() + " is outside its own validity (" + c.notBefore() + " to "
                                        + c.notAfter() + ") at " + at + "; anchor dates are not checked",
                                Rules.ANCHOR));
                    }
                } else {
                    if (at.isAfter(c.notAfter())) {
                        problems.add(new ValidationProblem(ValidationProblem.EXPIRED, c.sha256(),
                                "certificate " + c.subject() + " expired on " + c.notAfter() + ", before " + at,
                                Rules.VALIDITY));
                    }
                    if (at.isBefore(c.notBefore())) {
                        problems.add(new ValidationProblem(ValidationProblem.NOT_YET_VALID, c.sha256(),
                                "certificate " + c.subject() + " is valid only from " + c.notBefore() + ", after " + at,
                                Rules.VALIDITY));
                    }
                }
                if (i + 1 < path.size()) {
                    CertificateInfo issuer = path.get(i + 1);
                    Signatures.Outcome o = signature(c, issuer);
                    if (o != Signatures.Outcome.VALID) {
                        problems.add(new ValidationProblem(ValidationProblem.BAD_SIGNATURE, c.sha256(),
                                "the signature of " + c.subject() + (o == Signatures.Outcome.UNSUPPORTED
                                        ? " cannot be checked (" + c.signatureAlgorithm() + " with the issuer's "
                                                + issuer.publicKeyAlgorithm() + " key)"
                                        : " does not verify with the key of " + issuer.subject()),
                                Rules.SIGNATURE));
                    }
                }
                if (i > 0) {
                    checkIssuer(path, i, isAnchor, problems);
                }
                for (String oid : c.criticalExtensionOids()) {
                    if (!UNDERSTOOD_CRITICAL.contains(oid)) {
                        problems.add(new ValidationProblem(ValidationProblem.CRITICAL_EXTENSION, c.sha256(),
                                c.subject() + " has the critical extension " + oid + ", which is not understood",
                                Rules.EXTENSIONS));
                    }
                }
                if (!c.malformedExtensions().isEmpty() && c.criticalExtensionOids().stream()
                        .anyMatch(c.malformedExtensions()::contains)) {
                    problems.add(new ValidationProblem(ValidationProblem.CRITICAL_EXTENSION, c.sha256(),
                            c.subject() + " has a critical extension that cannot be decoded", Rules.EXTENSIONS));
                }
            }
            checkEku(path.get(0), problems);
            if (anchored && path.size() > 1 && problems.stream().noneMatch(ValidationProblem::blocking)) {
                pkixCrossCheck(path, problems);
            }
        }

        private void checkIssuer(List<CertificateInfo> path, int i, boolean isAnchor, List<ValidationProblem> problems) {
            CertificateInfo c = path.get(i);
            // A v1 trust anchor has no extensions and is accepted as a CA by definition.
            boolean legacyAnchor = isAnchor && c.version() < 3 && !c.hasBasicConstraints();
            if (!c.isCa() && !legacyAnchor) {
                problems.add(new ValidationProblem(ValidationProblem.BASIC_CONSTRAINTS, c.sha256(),
                        c.subject() + " issued " + path.get(i - 1).subject() + " but is not a CA ("
                                + (c.hasBasicConstraints() ? "basicConstraints cA is FALSE" : "no basicConstraints")
                                + ")", Rules.BASIC_CONSTRAINTS));
            }
            if (c.pathLen() != null) {
                int below = 0;
                for (int k = 1; k < i; k++) {
                    if (!path.get(k).isSelfIssued()) {
                        below++;
                    }
                }
                if (below > c.pathLen()) {
                    problems.add(new ValidationProblem(ValidationProblem.PATH_LENGTH, c.sha256(),
                            c.subject() + " allows " + c.pathLen() + " intermediate(s) below it, the path has " + below,
                            Rules.BASIC_CONSTRAINTS));
                }
            }
            List<String> ku = c.keyUsage();
            if (ku != null && !ku.contains("keyCertSign")) {
                problems.add(new ValidationProblem(ValidationProblem.KEY_USAGE, c.sha256(),
                        c.subject() + " issued a certificate but its keyUsage lacks keyCertSign", Rules.KEY_USAGE));
            }
        }

        private void checkEku(CertificateInfo leaf, List<ValidationProblem> problems) {
            List<KeyPurpose> eku = leaf.extendedKeyUsage();
            if (eku == null) {
                return;
            }
            String needed = purpose == Purpose.SERVER ? KeyPurpose.SERVER_AUTH : KeyPurpose.CLIENT_AUTH;
            if (!leaf.hasExtendedKeyUsage(needed) && !leaf.hasExtendedKeyUsage(KeyPurpose.SIP_DOMAIN)
                    && !leaf.hasExtendedKeyUsage(KeyPurpose.ANY)) {
                problems.add(new ValidationProblem(ValidationProblem.EKU, leaf.sha256(),
                        "extendedKeyUsage of " + leaf.subject() + " lists " + eku + " but neither id-kp-sipDomain, "
                                + (purpose == Purpose.SERVER ? "serverAuth" : "clientAuth")
                                + " nor anyExtendedKeyUsage", Rules.SIP_EKU));
            }
        }

        /** Bouncy Castle's PKIX validation of the finished path, for what our checks do not cover. */
        private void pkixCrossCheck(List<CertificateInfo> path, List<ValidationProblem> problems) {
            try {
                CertificateFactory cf = CertificateFactory.getInstance("X.509", Signatures.provider());
                List<X509Certificate> certs = new ArrayList<>();
                for (int i = 0; i < path.size() - 1; i++) {
                    certs.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(path.get(i).der())));
                }
                X509Certificate anchor = (X509Certificate) cf.generateCertificate(
                        new ByteArrayInputStream(path.get(path.size() - 1).der()));
                PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
                params.setRevocationEnabled(false);
                params.setDate(Date.from(at));
                CertPath cp = cf.generateCertPath(certs);
                CertPathValidator.getInstance("PKIX", Signatures.provider()).validate(cp, params);
            } catch (CertPathValidatorException e) {
                int idx = e.getIndex();
                String sha = idx >= 0 && idx < path.size() ? path.get(idx).sha256() : null;
                problems.add(new ValidationProblem(ValidationProblem.PKIX, sha,
                        "PKIX path validation failed: " + oneLine(e.getMessage()), Rules.PATH_VALIDATION));
            } catch (Exception e) {
                // The cross-check is a second opinion; if it cannot even run, our own checks stand.
            }
        }

        private void checkTransmission(List<CertificateInfo> path, boolean anchored, List<ValidationProblem> problems) {
            if (path.size() < 2) {
                return;
            }
            CertificateInfo last = path.get(path.size() - 1);
            List<CertificateInfo> s = new ArrayList<>();
            for (CertificateInfo x : presented) {
                if (inPath(x, path, anchored)) {
                    s.add(x);
                }
            }
            List<CertificateInfo> expected = new ArrayList<>();
            for (CertificateInfo x : path) {
                for (CertificateInfo y : presented) {
                    if (y.equals(x) || (anchored && x == last && y.sameSubjectAndKey(x))) {
                        expected.add(y);
                        break;
                    }
                }
            }
            if (!s.equals(expected)) {
                problems.add(new ValidationProblem(ValidationProblem.WRONG_ORDER, null,
                        "the peer sent the chain as [" + subjects(s) + "] but each certificate must certify the one"
                                + " before it: [" + subjects(expected) + "]", Rules.CHAIN_ORDER));
            }
            int end = anchored ? path.size() - 1 : path.size();
            for (int i = 1; i < end; i++) {
                CertificateInfo x = path.get(i);
                if (!presented.contains(x)) {
                    problems.add(new ValidationProblem(ValidationProblem.MISSING_INTERMEDIATE, x.sha256(),
                            "the peer did not send the intermediate " + x.subject()
                                    + "; it was found among other certificates seen", Rules.CHAIN_ORDER));
                }
            }
            if (anchored) {
                for (CertificateInfo x : presented) {
                    if (!inPath(x, path, true)) {
                        problems.add(new ValidationProblem(ValidationProblem.UNNEEDED_CERTIFICATE, x.sha256(),
                                "the peer sent " + x.subject() + ", which is not part of the path to the trust anchor",
                                Rules.CHAIN_ORDER));
                    }
                }
            }
        }

        private static boolean inPath(CertificateInfo x, List<CertificateInfo> path, boolean anchored) {
            if (path.contains(x)) {
                return true;
            }
            return anchored && path.get(path.size() - 1).sameSubjectAndKey(x);
        }

        private static String subjects(List<CertificateInfo> cs) {
            return String.join("; ", cs.stream().map(CertificateInfo::subject).toList());
        }

        private static String status(boolean selfSignedLeaf, boolean anchored, List<ValidationProblem> problems) {
            if (selfSignedLeaf) {
                return ValidationResult.SELF_SIGNED;
            }
            if (!anchored) {
                return ValidationResult.UNTRUSTED;
            }
            for (ValidationProblem p : problems) {
                if (p.code().equals(ValidationProblem.EXPIRED)) {
                    return ValidationResult.EXPIRED;
                }
                if (p.code().equals(ValidationProblem.NOT_YET_VALID)) {
                    return ValidationResult.NOT_YET_VALID;
                }
            }
            return problems.stream().anyMatch(ValidationProblem::blocking) ? ValidationResult.INVALID
                    : ValidationResult.VALID;
        }

        private static String oneLine(String s) {
            return s == null ? "(no detail)" : s.replaceAll("\\s+", " ").trim();
        }
    }
}
