package org.siptrust.ui.certs.internal.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.TrustAnchorException;

/**
 * The certificate files the user opened with File > Open Certificate…, for the whole workbench:
 * they stay listed whichever capture is active and are validated against the active capture's
 * trust anchors. Listeners run on the thread that changed the list (the UI thread).
 */
public final class OpenedCertificates {

    /** One opened file and the certificates it holds, in file order. */
    public record OpenedFile(Path file, List<CertificateInfo> certificates) {
        public OpenedFile {
            certificates = List.copyOf(certificates);
        }
    }

    private static final OpenedCertificates INSTANCE = new OpenedCertificates();

    private final List<OpenedFile> files = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private OpenedCertificates() {
    }

    public static OpenedCertificates get() {
        return INSTANCE;
    }

    /** Reads {@code file} and lists it (again, replacing an earlier copy of the same path). */
    public OpenedFile open(Path file) throws TrustAnchorException {
        Path abs = file.toAbsolutePath().normalize();
        OpenedFile f = new OpenedFile(abs, CertificateFiles.read(abs));
        files.removeIf(o -> o.file().equals(abs));
        files.add(f);
        fire();
        return f;
    }

    public void close(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (files.removeIf(o -> o.file().equals(abs))) {
            fire();
        }
    }

    public void clear() {
        if (!files.isEmpty()) {
            files.clear();
            fire();
        }
    }

    public List<OpenedFile> files() {
        return List.copyOf(new ArrayList<>(files));
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
