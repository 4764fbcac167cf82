package org.siptrust.ui.internal.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.ui.SipTrustIds;

/**
 * Remembers, per capture, the PATHS of the key files the user attached (never their contents and
 * never passwords), in the instance preferences of {@code org.siptrust.ui}: one node per capture,
 * named by a hash of the capture's path, holding the path and one newline-separated list per kind.
 */
public final class KeyPreferences {
    static final String NODE = "captureKeys";
    static final String PATH = "path";
    static final String SYSTEM_TRUST = "systemTrust";
    static final String REMEMBER_PASSWORDS = "rememberPasswords";

    /** What is remembered for one capture. */
    public record Remembered(Map<KeyKind, List<Path>> files, boolean systemTrust, boolean rememberPasswords) {
        public Remembered {
            EnumMap<KeyKind, List<Path>> copy = new EnumMap<>(KeyKind.class);
            for (KeyKind k : KeyKind.values()) {
                copy.put(k, List.copyOf(files.getOrDefault(k, List.of())));
            }
            files = java.util.Collections.unmodifiableMap(copy);
        }

        public List<Path> of(KeyKind kind) {
            return files.get(kind);
        }

        public boolean isEmpty() {
            return files.values().stream().allMatch(List::isEmpty) && !systemTrust;
        }

        /** The files of {@code options} by kind (private key passwords are not part of it). */
        public static Remembered of(AnalysisOptions options, boolean rememberPasswords) {
            Map<KeyKind, List<Path>> m = new EnumMap<>(KeyKind.class);
            m.put(KeyKind.KEY_LOG, options.keyLogs());
            m.put(KeyKind.PRIVATE_KEY, options.privateKeys().stream().map(AnalysisOptions.PrivateKeyFile::file).toList());
            m.put(KeyKind.TRUST_ANCHOR, options.trustAnchors());
            m.put(KeyKind.DNS_ZONE, options.dnsZones());
            m.put(KeyKind.DNSSEC_ANCHOR, options.dnssecAnchors());
            return new Remembered(m, options.systemTrust(), rememberPasswords);
        }
    }

    private final Preferences root;

    /** The workbench's preferences. */
    public static KeyPreferences standard() {
        return new KeyPreferences(InstanceScope.INSTANCE.getNode(SipTrustIds.PLUGIN_ID));
    }

    public KeyPreferences(Preferences pluginNode) {
        this.root = pluginNode.node(NODE);
    }

    public Remembered load(Path capture) {
        Map<KeyKind, List<Path>> m = new EnumMap<>(KeyKind.class);
        Preferences n;
        try {
            if (!root.nodeExists(nodeName(capture))) {
                return new Remembered(m, false, false);
            }
            n = root.node(nodeName(capture));
        } catch (BackingStoreException | IllegalStateException e) {
            return new Remembered(m, false, false);
        }
        for (KeyKind k : KeyKind.values()) {
            List<Path> paths = new ArrayList<>();
            for (String line : n.get(k.preferenceKey(), "").split("\n")) {
                if (!line.isBlank()) {
                    paths.add(Path.of(line));
                }
            }
            m.put(k, paths);
        }
        return new Remembered(m, n.getBoolean(SYSTEM_TRUST, false), n.getBoolean(REMEMBER_PASSWORDS, false));
    }

    public void save(Path capture, Remembered r) {
        Preferences n = root.node(nodeName(capture));
        n.put(PATH, normalize(capture).toString());
        for (KeyKind k : KeyKind.values()) {
            n.put(k.preferenceKey(), String.join("\n", r.of(k).stream().map(p -> normalize(p).toString()).toList()));
        }
        n.putBoolean(SYSTEM_TRUST, r.systemTrust());
        n.putBoolean(REMEMBER_PASSWORDS, r.rememberPasswords());
        try {
            root.flush();
        } catch (BackingStoreException e) {
            ILog.of(KeyPreferences.class).warn("key file paths could not be saved: " + e.getMessage());
        }
    }

    static Path normalize(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** Preference node names may not contain '/', so a capture is known by a hash of its path. */
    static String nodeName(Path capture) {
        return hash(normalize(capture).toString());
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
