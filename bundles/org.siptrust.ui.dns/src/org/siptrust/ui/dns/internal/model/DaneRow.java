package org.siptrust.ui.dns.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.CertificateRecord;
import org.siptrust.analysis.Connection;
import org.siptrust.analysis.DaneView;

/**
 * One line of the DANE table: the verdict of a TLS connection, the connection's endpoints, and the
 * server certificate the TLSA records were checked against.
 *
 * @param certificate the leaf's CN, or empty
 * @param spkiSha256  SHA-256 of the leaf's SubjectPublicKeyInfo (what a {@code 3 1 1} record holds), or empty
 */
public record DaneRow(DaneView dane, Connection connection, String certificate, String spkiSha256) {

    public static List<DaneRow> of(Analysis analysis) {
        List<DaneRow> out = new ArrayList<>();
        if (analysis == null) {
            return out;
        }
        for (DaneView d : analysis.dane()) {
            Optional<Connection> c = analysis.connection(d.connection());
            if (c.isEmpty()) {
                continue;
            }
            String cn = ResolutionRows.leafName(c.get(), analysis);
            String spki = "";
            if (c.get().isTls() && !c.get().tls().serverCertificates().isEmpty()) {
                spki = analysis.certificate(c.get().tls().serverCertificates().get(0)).map(CertificateRecord::info)
                        .map(i -> i.spkiSha256()).orElse("");
            }
            out.add(new DaneRow(d, c.get(), cn == null ? "" : cn, spki));
        }
        return out;
    }
}
