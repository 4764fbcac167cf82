package org.siptrust.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.siptrust.analysis.AnalysisOptions;

/**
 * What the start script asked the workbench to open: {@code [CAPTURE] [--keylog F] [--key F[:PASSWORD]]
 * [--trust-anchor F] [--system-trust] [--dns-zone F] [--dnssec-anchor F]} (the {@code demo} command
 * passes the bundled demo capture with its keys this way). Other options (those the launcher leaves
 * in the application arguments, a test harness's) are skipped together with their value.
 */
public record StartupArguments(Path capture, List<Path> keyLogs, List<AnalysisOptions.PrivateKeyFile> keys, List<Path> trustAnchors,
        boolean systemTrust, List<Path> dnsZones, List<Path> dnssecAnchors) {

    public static StartupArguments parse(String[] args) {
        Path capture = null;
        List<Path> keyLogs = new ArrayList<>();
        List<AnalysisOptions.PrivateKeyFile> keys = new ArrayList<>();
        List<Path> anchors = new ArrayList<>();
        List<Path> zones = new ArrayList<>();
        List<Path> dnssec = new ArrayList<>();
        boolean systemTrust = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--keylog" -> { if (hasValue) keyLogs.add(Path.of(args[++i])); }
                case "--key" -> { if (hasValue) keys.add(privateKey(args[++i])); }
                case "--trust-anchor" -> { if (hasValue) anchors.add(Path.of(args[++i])); }
                case "--dns-zone" -> { if (hasValue) zones.add(Path.of(args[++i])); }
                case "--dnssec-anchor" -> { if (hasValue) dnssec.add(Path.of(args[++i])); }
                case "--system-trust" -> systemTrust = true;
                default -> {
                    if (a.startsWith("-")) {
                        // someone else's option (a test harness, an Eclipse option the launcher passed on):
                        // its value, if it has one, is not a capture
                        if (hasValue && !args[i + 1].startsWith("-")) {
                            i++;
                        }
                    } else if (capture == null) {
                        capture = Path.of(a);
                    }
                }
            }
        }
        return new StartupArguments(capture, keyLogs, keys, anchors, systemTrust, zones, dnssec);
    }

    /** {@code FILE} or {@code FILE:PASSWORD} (as the CLI takes it); a file whose name has a colon wins. */
    static AnalysisOptions.PrivateKeyFile privateKey(String arg) {
        int colon = arg.lastIndexOf(':');
        if (colon > 0 && !Files.exists(Path.of(arg))) {
            return new AnalysisOptions.PrivateKeyFile(Path.of(arg.substring(0, colon)), arg.substring(colon + 1).toCharArray());
        }
        return new AnalysisOptions.PrivateKeyFile(Path.of(arg), null);
    }

    /** The key material given on the command line. */
    public AnalysisOptions options() {
        AnalysisOptions.Builder b = AnalysisOptions.builder().systemTrust(systemTrust);
        keyLogs.forEach(b::keyLog);
        keys.forEach(k -> b.privateKey(k.file(), k.password()));
        trustAnchors.forEach(b::trustAnchor);
        dnsZones.forEach(b::dnsZone);
        dnssecAnchors.forEach(b::dnssecAnchor);
        return b.build();
    }
}
