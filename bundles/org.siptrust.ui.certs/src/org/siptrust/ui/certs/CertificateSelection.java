package org.siptrust.ui.certs;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.jface.viewers.StructuredSelection;
import org.siptrust.analysis.Analysis;
import org.siptrust.x509.CertificateInfo;
import org.siptrust.ui.AnalysisSelection;

/**
 * Certificates selected in the inspector; the elements are {@link CertificateInfo}s. Its frames are
 * those that carried the certificates in the capture (handshake or SIP body), so views that do not
 * know certificates follow it through frames. Certificates opened from files carry no frames.
 */
public final class CertificateSelection extends StructuredSelection implements AnalysisSelection {
    private final Analysis analysis;
    private final List<CertificateInfo> certificates;
    private final List<Long> frames;

    public CertificateSelection(Analysis analysis, List<CertificateInfo> certificates, List<Long> frames) {
        super(List.copyOf(certificates));
        this.analysis = analysis;
        this.certificates = List.copyOf(certificates);
        this.frames = List.copyOf(new TreeSet<>(frames));
    }

    @Override
    public Analysis analysis() {
        return analysis;
    }

    public List<CertificateInfo> certificates() {
        return certificates;
    }

    /** SHA-256 (lower-case hex) of each selected certificate, in selection order. */
    public List<String> sha256s() {
        return certificates.stream().map(CertificateInfo::sha256).toList();
    }

    @Override
    public List<Long> frames() {
        return frames;
    }
}
