package org.siptrust.ui.internal.keys;

/** The kinds of files a user attaches to a capture, with their names in the UI and the file dialog filters. */
public enum KeyKind {
    KEY_LOG("Key logs (SSLKEYLOGFILE)", "keyLogs", new String[] {"*.keys;*.log;*.txt", "*"},
            new String[] {"Key logs (*.keys, *.log, *.txt)", "All files"}),
    PRIVATE_KEY("Private keys (RSA key exchange)", "privateKeys", new String[] {"*.key;*.pem;*.der;*.p8;*.p12;*.pfx", "*"},
            new String[] {"Private keys (*.key, *.pem, *.der, *.p8, *.p12, *.pfx)", "All files"}),
    TRUST_ANCHOR("Trust anchors (CA certificates)", "trustAnchors", new String[] {"*.crt;*.pem;*.cer;*.der", "*"},
            new String[] {"Certificates (*.crt, *.pem, *.cer, *.der)", "All files"}),
    DNS_ZONE("DNS zone files", "dnsZones", new String[] {"*.zone;*.db;*.txt", "*"},
            new String[] {"Zone files (*.zone, *.db, *.txt)", "All files"}),
    DNSSEC_ANCHOR("DNSSEC trust anchors (DS / DNSKEY)", "dnssecAnchors", new String[] {"*.key;*.ds;*.anchor;*.txt", "*"},
            new String[] {"DNSSEC anchors (*.key, *.ds, *.anchor, *.txt)", "All files"});

    private final String title;
    private final String preferenceKey;
    private final String[] filterExtensions;
    private final String[] filterNames;

    KeyKind(String title, String preferenceKey, String[] filterExtensions, String[] filterNames) {
        this.title = title;
        this.preferenceKey = preferenceKey;
        this.filterExtensions = filterExtensions;
        this.filterNames = filterNames;
    }

    public String title() {
        return title;
    }

    String preferenceKey() {
        return preferenceKey;
    }

    String[] filterExtensions() {
        return filterExtensions.clone();
    }

    String[] filterNames() {
        return filterNames.clone();
    }
}
