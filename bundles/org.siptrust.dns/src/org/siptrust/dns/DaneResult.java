package org.siptrust.dns;

import java.util.List;
import java.util.Optional;
import org.siptrust.core.Finding;
import org.siptrust.core.RuleRef;
import org.siptrust.core.Severity;

/**
 * The DANE verdict for one presented certificate chain against a TLSA RRset.
 *
 * @param result      {@code match}, {@code mismatch}, {@code no-records} or {@code not-secure}
 * @param matched     the record that matched, or null
 * @param explanation a sentence for humans; for PKIX usages it says what is left to PKIX
 * @param rule        the clause the verdict rests on
 * @param records     the TLSA records considered, in presentation form
 * @param matchedCertificateIndex index in the presented chain (0 = leaf) of the matching
 *                    certificate, -1 if none
 */
public record DaneResult(String result, TlsaRecord matched, String explanation, RuleRef rule, List<String> records,
        int matchedCertificateIndex) {

    public static final String MATCH = "match";
    public static final String MISMATCH = "mismatch";
    public static final String NO_RECORDS = "no-records";
    public static final String NOT_SECURE = "not-secure";

    public DaneResult {
        records = List.copyOf(records);
    }

    public boolean isMatch() {
        return MATCH.equals(result);
    }

    /**
     * The finding this verdict produces, if any: {@code dane-mismatch} (error) or
     * {@code dane-not-secure} (warning). {@code match} and {@code no-records} produce none.
     *
     * @param connection  connection id, may be null
     * @param certificate SHA-256 of the leaf certificate, may be null
     * @param frames      frames that carried the TLSA records and the certificate
     */
    public Optional<Finding> finding(String connection, String certificate, List<Long> frames) {
        if (MISMATCH.equals(result)) {
            return Optional.of(new Finding(DnsFindings.DANE_MISMATCH, Severity.ERROR, rule, explanation, connection,
                    frames, certificate));
        }
        if (NOT_SECURE.equals(result)) {
            return Optional.of(new Finding(DnsFindings.DANE_NOT_SECURE, Severity.WARNING, rule, explanation,
                    connection, frames, certificate));
        }
        return Optional.empty();
    }
}
