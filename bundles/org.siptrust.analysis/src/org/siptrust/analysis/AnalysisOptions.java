package org.siptrust.analysis;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user attached to a capture: key logs, private keys, trust anchors, DNS evidence and the
 * evaluation time. Immutable; secrets (key passwords) stay in memory and are never printed.
 */
public final class AnalysisOptions {

    /** A private key file and its password (null when none). */
    public record PrivateKeyFile(Path file, char[] password) {
        @Override
        public String toString() {
            return file.toString();
        }
    }

    private final List<Path> keyLogs;
    private final List<PrivateKeyFile> privateKeys;
    private final List<Path> trustAnchors;
    private final boolean systemTrust;
    private final List<Path> dnsZones;
    private final String dnsServer;
    private final List<Path> dnssecAnchors;
    private final Instant at;
    private final boolean keepStreams;

    private AnalysisOptions(Builder b) {
        keyLogs = List.copyOf(b.keyLogs);
        privateKeys = List.copyOf(b.privateKeys);
        trustAnchors = List.copyOf(b.trustAnchors);
        systemTrust = b.systemTrust;
        dnsZones = List.copyOf(b.dnsZones);
        dnsServer = b.dnsServer;
        dnssecAnchors = List.copyOf(b.dnssecAnchors);
        at = b.at;
        keepStreams = b.keepStreams;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static AnalysisOptions none() {
        return builder().build();
    }

    public List<Path> keyLogs() {
        return keyLogs;
    }

    public List<PrivateKeyFile> privateKeys() {
        return privateKeys;
    }

    public List<Path> trustAnchors() {
        return trustAnchors;
    }

    public boolean systemTrust() {
        return systemTrust;
    }

    public List<Path> dnsZones() {
        return dnsZones;
    }

    /** host:port of a live resolver, or null: offline by default. */
    public String dnsServer() {
        return dnsServer;
    }

    public List<Path> dnssecAnchors() {
        return dnssecAnchors;
    }

    /** The time validity is judged at, or null for the capture's first packet. */
    public Instant at() {
        return at;
    }

    /**
     * Whether the {@link Analysis} keeps every connection's reassembled TCP bytes and decrypted
     * TLS data (the workbench's Follow TLS Stream reads them). A headless report does not need
     * them after SIP framing, and on a large capture they are hundreds of MB.
     */
    public boolean keepStreams() {
        return keepStreams;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.keyLogs.addAll(keyLogs);
        b.privateKeys.addAll(privateKeys);
        b.trustAnchors.addAll(trustAnchors);
        b.systemTrust = systemTrust;
        b.dnsZones.addAll(dnsZones);
        b.dnsServer = dnsServer;
        b.dnssecAnchors.addAll(dnssecAnchors);
        b.at = at;
        b.keepStreams = keepStreams;
        return b;
    }

    public static final class Builder {
        private final List<Path> keyLogs = new ArrayList<>();
        private final List<PrivateKeyFile> privateKeys = new ArrayList<>();
        private final List<Path> trustAnchors = new ArrayList<>();
        private boolean systemTrust;
        private final List<Path> dnsZones = new ArrayList<>();
        private String dnsServer;
        private final List<Path> dnssecAnchors = new ArrayList<>();
        private Instant at;
        private boolean keepStreams = true;

        public Builder keyLog(Path p) {
            keyLogs.add(p);
            return this;
        }

        public Builder privateKey(Path p, char[] password) {
            privateKeys.add(new PrivateKeyFile(p, password));
            return this;
        }

        public Builder trustAnchor(Path p) {
            trustAnchors.add(p);
            return this;
        }

        public Builder systemTrust(boolean on) {
            systemTrust = on;
            return this;
        }

        public Builder dnsZone(Path p) {
            dnsZones.add(p);
            return this;
        }

        public Builder dnsServer(String hostPort) {
            dnsServer = hostPort;
            return this;
        }

        public Builder dnssecAnchor(Path p) {
            dnssecAnchors.add(p);
            return this;
        }

        public Builder at(Instant t) {
            at = t;
            return this;
        }

        /** See {@link AnalysisOptions#keepStreams()}; on by default. */
        public Builder keepStreams(boolean on) {
            keepStreams = on;
            return this;
        }

        public AnalysisOptions build() {
            return new AnalysisOptions(this);
        }
    }
}
