package org.siptrust.analysis;

import java.util.List;

import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.SipIdentitySet;
import org.siptrust.x509.ValidationResult;

/**
 * A certificate seen in the capture (handshakes or SIP bodies), de-duplicated by SHA-256, with
 * where it was presented, its validation as of the evaluation time and its SIP identities.
 *
 * @param presentations where it was seen: "c3 server", "c1 client", "frame 41 SIP body"
 * @param connections   ids of the connections it was presented on
 */
public record CertificateRecord(CertificateInfo info, ValidationResult validation, SipIdentitySet sipIdentities,
        List<String> presentations, List<String> connections, List<Long> frames) {

    public CertificateRecord {
        presentations = List.copyOf(presentations);
        connections = List.copyOf(connections);
        frames = List.copyOf(frames);
    }

    public String sha256() {
        return info.sha256();
    }
}
