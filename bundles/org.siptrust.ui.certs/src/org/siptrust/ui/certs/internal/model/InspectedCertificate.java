package org.siptrust.ui.certs.internal.model;

import java.nio.file.Path;
import java.util.List;

import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.Role;
import org.siptrust.x509.SipIdentitySet;
import org.siptrust.x509.ValidationResult;

/**
 * One row of the inventory: a certificate of the capture (from {@code Analysis.certificates()}) or
 * one the user opened from a file, with its validation at the evaluation time, its SIP identities
 * and where it was seen.
 *
 * @param presentations "c3 server", "c1 client", "frame 41 SIP body", or "file x.crt" for opened files
 * @param connections   ids of the connections it was presented on (empty for files)
 * @param frames        frames that carried it (empty for files)
 * @param file          the file it was opened from, or null when it comes from the capture
 * @param chainInFile   for opened files, every certificate of the file in file order (leaf first)
 * @param role          the role it is linted for (server, client or CA), guessed from where it was presented
 */
public record InspectedCertificate(CertificateInfo info, ValidationResult validation, SipIdentitySet identities,
        List<String> presentations, List<String> connections, List<Long> frames, Path file,
        List<CertificateInfo> chainInFile, Role role) {

    public InspectedCertificate {
        presentations = List.copyOf(presentations);
        connections = List.copyOf(connections);
        frames = List.copyOf(frames);
        chainInFile = List.copyOf(chainInFile);
    }

    public String sha256() {
        return info.sha256();
    }

    public boolean fromFile() {
        return file != null;
    }

    /** The first subject CN, or the whole subject when there is none. */
    public String commonName() {
        return Names.commonName(info);
    }

    /** "capture" or the file name. */
    public String source() {
        return file == null ? "capture" : file.getFileName().toString();
    }
}
