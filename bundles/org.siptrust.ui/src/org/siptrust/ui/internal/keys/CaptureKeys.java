package org.siptrust.ui.internal.keys;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.StorageException;
import org.siptrust.analysis.AnalysisOptions;

/** Builds the key material of a capture from what is remembered for it and what the user gave now. */
public final class CaptureKeys {
    private CaptureKeys() {
    }

    /**
     * The remembered key files of {@code capture}, with the private key passwords from secure
     * storage when the user chose to remember them (a locked or unavailable storage leaves them out).
     */
    public static AnalysisOptions remembered(Path capture, KeyPreferences prefs, SecretStore secrets) {
        KeyPreferences.Remembered r = prefs.load(capture);
        AnalysisOptions.Builder b = AnalysisOptions.builder();
        r.of(KeyKind.KEY_LOG).forEach(b::keyLog);
        for (Path k : r.of(KeyKind.PRIVATE_KEY)) {
            char[] pw = null;
            if (r.rememberPasswords() && secrets != null) {
                try {
                    pw = secrets.password(k);
                } catch (StorageException e) {
                    ILog.of(CaptureKeys.class).info("password of a private key not read from secure storage: " + e.getMessage());
                }
            }
            b.privateKey(k, pw);
        }
        r.of(KeyKind.TRUST_ANCHOR).forEach(b::trustAnchor);
        r.of(KeyKind.DNS_ZONE).forEach(b::dnsZone);
        r.of(KeyKind.DNSSEC_ANCHOR).forEach(b::dnssecAnchor);
        b.systemTrust(r.systemTrust());
        return b.build();
    }

    /** {@code first}'s files, then those of {@code second} that {@code first} lacks (by normalised path). */
    public static AnalysisOptions merge(AnalysisOptions first, AnalysisOptions second) {
        AnalysisOptions.Builder b = first.toBuilder();
        Set<Path> seen = new LinkedHashSet<>();
        first.keyLogs().forEach(p -> seen.add(KeyPreferences.normalize(p)));
        for (Path p : second.keyLogs()) {
            if (seen.add(KeyPreferences.normalize(p))) {
                b.keyLog(p);
            }
        }
        Map<Path, AnalysisOptions.PrivateKeyFile> keys = new LinkedHashMap<>();
        first.privateKeys().forEach(k -> keys.put(KeyPreferences.normalize(k.file()), k));
        for (AnalysisOptions.PrivateKeyFile k : second.privateKeys()) {
            if (!keys.containsKey(KeyPreferences.normalize(k.file()))) {
                keys.put(KeyPreferences.normalize(k.file()), k);
                b.privateKey(k.file(), k.password());
            }
        }
        addMissing(first.trustAnchors(), second.trustAnchors(), b::trustAnchor);
        addMissing(first.dnsZones(), second.dnsZones(), b::dnsZone);
        addMissing(first.dnssecAnchors(), second.dnssecAnchors(), b::dnssecAnchor);
        b.systemTrust(first.systemTrust() || second.systemTrust());
        return b.build();
    }

    /** True when both name the same files of every kind (passwords are not compared). */
    public static boolean sameFiles(AnalysisOptions a, AnalysisOptions b) {
        return a.keyLogs().equals(b.keyLogs())
                && a.privateKeys().stream().map(AnalysisOptions.PrivateKeyFile::file).toList()
                        .equals(b.privateKeys().stream().map(AnalysisOptions.PrivateKeyFile::file).toList())
                && a.trustAnchors().equals(b.trustAnchors()) && a.dnsZones().equals(b.dnsZones())
                && a.dnssecAnchors().equals(b.dnssecAnchors()) && a.systemTrust() == b.systemTrust();
    }

    private static void addMissing(List<Path> have, List<Path> more, java.util.function.Consumer<Path> add) {
        Set<Path> seen = new LinkedHashSet<>();
        have.forEach(p -> seen.add(KeyPreferences.normalize(p)));
        for (Path p : more) {
            if (seen.add(KeyPreferences.normalize(p))) {
                add.accept(p);
            }
        }
    }
}
