package org.siptrust.ui.trust;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.CertificateRecord;

/**
 * A certificate the user followed a link to (from the hop panel): the element is the
 * {@link CertificateRecord}, the frames those in which it was presented. A certificate view can
 * select it; the capture editor shows the handshake frames.
 */
public final class CertificateSelection extends StructuredSelection implements org.siptrust.ui.AnalysisSelection {
    private final Analysis analysis;
    private final CertificateRecord certificate;

    public CertificateSelection(Analysis analysis, CertificateRecord certificate) {
        super(certificate);
        this.analysis = analysis;
        this.certificate = certificate;
    }

    @Override
    public Analysis analysis() {
        return analysis;
    }

    public CertificateRecord certificate() {
        return certificate;
    }

    @Override
    public List<Long> frames() {
        return certificate.frames();
    }
}
