package org.siptrust.tls.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.siptrust.core.Hex;

/**
 * The secrets of one or more NSS key log files (the {@code SSLKEYLOGFILE} format that browsers,
 * OpenSSL, curl and kamailio write, and that pcapng Decryption Secrets Blocks embed). Every label
 * Wireshark reads is understood: {@code CLIENT_RANDOM} (TLS 1.2 master secret), the TLS 1.3
 * traffic secrets, {@code PMS_CLIENT_RANDOM}, {@code RSA} (premaster by encrypted premaster) and
 * {@code RSA Session-ID:... Master-Key:...}. When a client random is logged more than once for
 * the same label the last line wins, as in Wireshark. Immutable once built; secrets never leave
 * except through {@link #secret} and the explicit export {@link #linesFor}.
 */
public final class KeyLog {

    public static final String CLIENT_RANDOM = "CLIENT_RANDOM";
    public static final String CLIENT_HANDSHAKE_TRAFFIC_SECRET = "CLIENT_HANDSHAKE_TRAFFIC_SECRET";
    public static final String SERVER_HANDSHAKE_TRAFFIC_SECRET = "SERVER_HANDSHAKE_TRAFFIC_SECRET";
    public static final String CLIENT_TRAFFIC_SECRET_0 = "CLIENT_TRAFFIC_SECRET_0";
    public static final String SERVER_TRAFFIC_SECRET_0 = "SERVER_TRAFFIC_SECRET_0";
    public static final String EXPORTER_SECRET = "EXPORTER_SECRET";
    public static final String CLIENT_EARLY_TRAFFIC_SECRET = "CLIENT_EARLY_TRAFFIC_SECRET";
    public static final String EARLY_EXPORTER_SECRET = "EARLY_EXPORTER_SECRET";
    public static final String PMS_CLIENT_RANDOM = "PMS_CLIENT_RANDOM";
    /** Premaster secret indexed by the first 8 bytes of the RSA-encrypted premaster. */
    public static final String RSA = "RSA";
    /** Master secret indexed by session id ({@code RSA Session-ID:.. Master-Key:..}). */
    public static final String SESSION_ID = "RSA Session-ID";

    /** Labels keyed by a 32-byte client random, in the order exports write them. */
    public static final List<String> CLIENT_RANDOM_LABELS = List.of(CLIENT_RANDOM, PMS_CLIENT_RANDOM,
            CLIENT_EARLY_TRAFFIC_SECRET, EARLY_EXPORTER_SECRET, CLIENT_HANDSHAKE_TRAFFIC_SECRET,
            SERVER_HANDSHAKE_TRAFFIC_SECRET, CLIENT_TRAFFIC_SECRET_0, SERVER_TRAFFIC_SECRET_0, EXPORTER_SECRET);

    private static final int MAX_PROBLEMS = 20;

    private final Map<String, Map<String, byte[]>> byLabel;
    private final int entries;
    private final int lines;
    private final int comments;
    private final int skipped;
    private final int duplicates;
    private final List<String> problems;

    private KeyLog(Builder b) {
        Map<String, Map<String, byte[]>> copy = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, Map<String, byte[]>> e : b.byLabel.entrySet()) {
            copy.put(e.getKey(), Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue())));
            n += e.getValue().size();
        }
        this.byLabel = Collections.unmodifiableMap(copy);
        this.entries = n;
        this.lines = b.lines;
        this.comments = b.comments;
        this.skipped = b.skipped;
        this.duplicates = b.duplicates;
        this.problems = List.copyOf(b.problems);
    }

    /** Distinct (label, client random) secrets held. */
    public int entryCount() {
        return entries;
    }

    /** Lines that carried a usable secret (duplicates included). */
    public int secretLineCount() {
        return lines;
    }

    public int commentCount() {
        return comments;
    }

    /** Lines that were neither comments, blank, nor a usable secret. */
    public int skippedCount() {
        return skipped;
    }

    /** Lines that replaced an earlier secret for the same label and client random. */
    public int duplicateCount() {
        return duplicates;
    }

    /** Up to 20 one-line explanations of skipped lines (source and line number, never content). */
    public List<String> problems() {
        return problems;
    }

    /** The secret logged for {@code label} and {@code key} (client random, or the label's index), or null. */
    public byte[] secret(String label, byte[] key) {
        Map<String, byte[]> m = byLabel.get(label);
        if (m == null || key == null) {
            return null;
        }
        byte[] s = m.get(Hex.of(key));
        return s == null ? null : s.clone();
    }

    public boolean has(String label, byte[] key) {
        Map<String, byte[]> m = byLabel.get(label);
        return m != null && key != null && m.containsKey(Hex.of(key));
    }

    /** True when any label holds a secret for this client random. */
    public boolean hasAnyFor(byte[] clientRandom) {
        if (clientRandom == null) {
            return false;
        }
        String k = Hex.of(clientRandom);
        for (String label : CLIENT_RANDOM_LABELS) {
            Map<String, byte[]> m = byLabel.get(label);
            if (m != null && m.containsKey(k)) {
                return true;
            }
        }
        return false;
    }

    /** Premaster secret for an RSA-encrypted premaster, from {@code RSA} lines (first 8 bytes). */
    public byte[] rsaPremaster(byte[] encryptedPremaster) {
        if (encryptedPremaster == null || encryptedPremaster.length < 8) {
            return null;
        }
        byte[] head = new byte[8];
        System.arraycopy(encryptedPremaster, 0, head, 0, 8);
        return secret(RSA, head);
    }

    public boolean isEmpty() {
        return entries == 0;
    }

    /**
     * NSS key log lines for exactly these client randoms, every label that has one, in a stable
     * order. For the user's explicit "export with secrets" action only.
     */
    public String linesFor(Collection<byte[]> clientRandoms) {
        StringBuilder sb = new StringBuilder();
        for (byte[] random : clientRandoms) {
            if (random == null) {
                continue;
            }
            String k = Hex.of(random);
            for (String label : CLIENT_RANDOM_LABELS) {
                Map<String, byte[]> m = byLabel.get(label);
                byte[] s = m == null ? null : m.get(k);
                if (s != null) {
                    sb.append(label).append(' ').append(k).append(' ').append(Hex.of(s)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "KeyLog[" + entries + " secrets, " + comments + " comments, " + skipped + " skipped lines]";
    }

    /** Accumulates key log texts; a later line replaces an earlier one for the same label and key. */
    public static final class Builder {
        private final Map<String, Map<String, byte[]>> byLabel = new HashMap<>();
        private int lines;
        private int comments;
        private int skipped;
        private int duplicates;
        private final List<String> problems = new ArrayList<>();

        public Builder parse(String text, String source) {
            if (text == null) {
                return this;
            }
            int lineNo = 0;
            int start = 0;
            int len = text.length();
            while (start <= len) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = len;
                }
                lineNo++;
                parseLine(text.substring(start, end).trim(), source, lineNo);
                start = end + 1;
            }
            return this;
        }

        private void parseLine(String line, String source, int lineNo) {
            if (line.isEmpty()) {
                return;
            }
            if (line.startsWith("#")) {
                comments++;
                return;
            }
            String[] t = line.split("\\s+");
            String reason = accept(t);
            if (reason == null) {
                lines++;
            } else {
                skipped++;
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(source + " line " + lineNo + ": " + reason);
                }
            }
        }

        /** Stores the line's secret; returns why it was skipped, or null. */
        private String accept(String[] t) {
            String label = t[0];
            if (label.equals(RSA) && t.length == 3 && t[1].startsWith("Session-ID:") && t[2].startsWith("Master-Key:")) {
                byte[] sid = hex(t[1].substring("Session-ID:".length()));
                byte[] ms = hex(t[2].substring("Master-Key:".length()));
                if (sid == null || sid.length == 0 || sid.length > 32 || ms == null || ms.length != 48) {
                    return "malformed RSA Session-ID line";
                }
                put(SESSION_ID, sid, ms);
                return null;
            }
            if (t.length != 3) {
                return "expected LABEL <hex> <hex>";
            }
            int keyLen;
            int minSecret;
            int maxSecret;
            switch (label) {
                case CLIENT_RANDOM -> {
                    keyLen = 32;
                    minSecret = 48;
                    maxSecret = 48;
                }
                case PMS_CLIENT_RANDOM -> {
                    keyLen = 32;
                    minSecret = 1;
                    maxSecret = 1024;
                }
                case RSA -> {
                    keyLen = 8;
                    minSecret = 48;
                    maxSecret = 48;
                }
                case CLIENT_HANDSHAKE_TRAFFIC_SECRET, SERVER_HANDSHAKE_TRAFFIC_SECRET, CLIENT_TRAFFIC_SECRET_0,
                        SERVER_TRAFFIC_SECRET_0, EXPORTER_SECRET, CLIENT_EARLY_TRAFFIC_SECRET,
                        EARLY_EXPORTER_SECRET -> {
                    keyLen = 32;
                    minSecret = 16;
                    maxSecret = 64;
                }
                default -> {
                    return "unknown label";
                }
            }
            byte[] key = hex(t[1]);
            byte[] secret = hex(t[2]);
            if (key == null || key.length != keyLen) {
                return label.equals(RSA) ? "RSA line needs 16 hex digits of encrypted premaster"
                        : "client random is not 64 hex digits";
            }
            if (secret == null || secret.length < minSecret || secret.length > maxSecret) {
                return "secret is not valid hex of the right length for " + label;
            }
            put(label, key, secret);
            return null;
        }

        private void put(String label, byte[] key, byte[] secret) {
            Map<String, byte[]> m = byLabel.computeIfAbsent(label, k -> new LinkedHashMap<>());
            String k = Hex.of(key);
            if (m.remove(k) != null) { // re-insert so the newest stays last in export order
                duplicates++;
            }
            m.put(k, secret);
        }

        private static byte[] hex(String s) {
            if ((s.length() & 1) != 0) {
                return null;
            }
            try {
                return Hex.parse(s.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        public KeyLog build() {
            return new KeyLog(this);
        }
    }
}
