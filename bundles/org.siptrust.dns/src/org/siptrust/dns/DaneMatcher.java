package org.siptrust.dns;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.siptrust.core.RuleRef;
import org.siptrust.dns.internal.CertificateFields;

/**
 * Matches a presented certificate chain against TLSA records (RFC 6698 §2.1 and §4, with the
 * operational rules of RFC 7671). Only a DNSSEC-secure TLSA RRset is trusted (RFC 7673 §3): any
 * other status gives {@code not-secure}. Usage 3 (DANE-EE) is matched against the leaf only;
 * usage 2 (DANE-TA) against any certificate of the presented chain; usages 0 and 1 (PKIX-TA,
 * PKIX-EE) are matched the same way, but they also require PKIX path validation, which is the
 * certificate validator's job and is not judged here. Selector 0 is the whole certificate, 1 the
 * SubjectPublicKeyInfo; matching type 0 compares exactly, 1 by SHA-256, 2 by SHA-512.
 */
public final class DaneMatcher {
    private DaneMatcher() {
    }

    /**
     * @param tlsa               the TLSA records of {@code _port._tcp.host}
     * @param presentedChainDer  the certificates the server sent, leaf first
     * @param dnssecStatusOfTlsa the DNSSEC status word of the TLSA RRset (and, per RFC 7673 §3,
     *                           of the SRV and address records that led to it)
     */
    public static DaneResult match(List<TlsaRecord> tlsa, List<byte[]> presentedChainDer, String dnssecStatusOfTlsa) {
        List<String> texts = new ArrayList<>();
        tlsa.forEach(t -> texts.add(t.toText()));
        if (tlsa.isEmpty()) {
            return new DaneResult(DaneResult.NO_RECORDS, null,
                    "no TLSA records: DANE does not apply and the client relies on PKIX alone",
                    RuleRef.rfc(6698, "4"), texts, -1);
        }
        if (!DnssecStatus.SECURE.word().equals(dnssecStatusOfTlsa)) {
            String status = dnssecStatusOfTlsa == null ? "unvalidated" : dnssecStatusOfTlsa;
            String consequence = DnssecStatus.BOGUS.word().equals(status) || DnssecStatus.INDETERMINATE.word().equals(status)
                    ? "; a DANE client must not connect on the strength of these records"
                    : "; the records are unusable and the client falls back to PKIX";
            return new DaneResult(DaneResult.NOT_SECURE, null, "the TLSA RRset " + first(tlsa) + " is " + status
                    + ", not DNSSEC-secure" + consequence, RuleRef.rfc(7673, "3"), texts, -1);
        }
        List<String> unusable = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        for (TlsaRecord t : tlsa) {
            String problem = unusableReason(t);
            if (problem != null) {
                unusable.add(t.toText() + " (" + problem + ")");
                continue;
            }
            int limit = t.usage() == 1 || t.usage() == 3 ? Math.min(1, presentedChainDer.size()) : presentedChainDer.size();
            for (int i = 0; i < limit; i++) {
                byte[] candidate;
                try {
                    candidate = t.selector() == 0 ? presentedChainDer.get(i)
                            : CertificateFields.subjectPublicKeyInfo(presentedChainDer.get(i));
                } catch (IllegalArgumentException e) {
                    tried.add("certificate " + i + " unreadable");
                    continue;
                }
                if (MessageDigest.isEqual(t.data(), digest(candidate, t.matchingType()))) {
                    return new DaneResult(DaneResult.MATCH, t, matchExplanation(t, i), rule(t), texts, i);
                }
            }
            tried.add(t.toText());
        }
        if (tried.isEmpty()) {
            return new DaneResult(DaneResult.NO_RECORDS, null,
                    "all " + tlsa.size() + " TLSA records are unusable: " + String.join("; ", unusable)
                            + "; the client treats the service as having no TLSA records",
                    RuleRef.rfc(7671, "4.1"), texts, -1);
        }
        String what = presentedChainDer.isEmpty() ? "no certificate was presented"
                : "none of the " + presentedChainDer.size() + " presented certificates matches";
        return new DaneResult(DaneResult.MISMATCH, null,
                what + " the TLSA records of " + first(tlsa) + " (" + String.join(", ", tried)
                        + "): the server is not authenticated by DANE (RFC 6698 §2.1, RFC 7671 §5)",
                RuleRef.rfc(6698, "2.1"), texts, -1);
    }

    private static String first(List<TlsaRecord> tlsa) {
        String owner = tlsa.get(0).owner();
        return owner == null ? "(unnamed)" : owner;
    }

    private static String unusableReason(TlsaRecord t) {
        if (t.usage() < 0 || t.usage() > 3) {
            return "unknown certificate usage";
        }
        if (t.selector() < 0 || t.selector() > 1) {
            return "unknown selector";
        }
        if (t.matchingType() < 0 || t.matchingType() > 2) {
            return "unknown matching type";
        }
        int expected = t.matchingType() == 1 ? 32 : t.matchingType() == 2 ? 64 : -1;
        if (expected > 0 && t.data().length != expected) {
            return "association data is " + t.data().length + " bytes, not " + expected;
        }
        return null;
    }

    private static byte[] digest(byte[] data, int matchingType) {
        try {
            return switch (matchingType) {
                case 0 -> data;
                case 1 -> MessageDigest.getInstance("SHA-256").digest(data);
                case 2 -> MessageDigest.getInstance("SHA-512").digest(data);
                default -> new byte[0];
            };
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuleRef rule(TlsaRecord t) {
        return switch (t.usage()) {
            case 3 -> RuleRef.rfc(7671, "5.1");
            case 2 -> RuleRef.rfc(7671, "5.2");
            case 1 -> RuleRef.rfc(7671, "5.3");
            default -> RuleRef.rfc(7671, "5.4");
        };
    }

    private static String matchExplanation(TlsaRecord t, int index) {
        String what = (t.selector() == 0 ? "the whole certificate" : "the public key (SubjectPublicKeyInfo)")
                + (index == 0 ? " of the leaf" : " of certificate " + index + " of the presented chain");
        String how = switch (t.matchingType()) {
            case 0 -> "exactly";
            case 1 -> "by SHA-256";
            default -> "by SHA-512";
        };
        String base = t.usageName() + " record " + t.toText() + " matches " + what + " " + how;
        return switch (t.usage()) {
            case 3 -> base + "; DANE-EE authenticates the server by this alone: PKIX validity and names are not"
                    + " checked (RFC 7671 §5.1)";
            case 2 -> base + "; DANE-TA makes it the trust anchor: the chain from the leaf to it must still"
                    + " validate and the reference identity must still match a name in the leaf (RFC 7671 §5.2)";
            case 1 -> base + "; PKIX-EE also requires PKIX path validation of the leaf, which is evaluated"
                    + " elsewhere (certificate validation): this is only the constraint part (RFC 6698 §2.1.1)";
            default -> base + "; PKIX-TA also requires PKIX path validation through this CA, which is evaluated"
                    + " elsewhere (certificate validation): this is only the constraint part (RFC 6698 §2.1.1)";
        };
    }
}
