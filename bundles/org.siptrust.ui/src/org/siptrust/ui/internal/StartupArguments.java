package org.siptrust.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the start script asked the workbench to open: {@code [CAPTURE] [--keylog F] [--key F]
 * [--trust-anchor F] [--dns-zone F] [--dnssec-anchor F]} (the {@code demo} command passes the
 * bundled demo capture with its keys this way).
 */
public record StartupArguments(Path capture, List<Path> keyLogs, List<Path> keys, List<Path> trustAnchors,
        List<Path> dnsZones, List<Path> dnssecAnchors) {

    public static StartupArguments parse(String[] args) {
        Path capture = null;
        List<Path> keyLogs = new ArrayList<>();
        List<Path> keys = new ArrayList<>();
        List<Path> anchors = new ArrayList<>();
        List<Path> zones = new ArrayList<>();
        List<Path> dnssec = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--keylog" -> { if (hasValue) keyLogs.add(Path.of(args[++i])); }
                case "--key" -> { if (hasValue) keys.add(Path.of(args[++i])); }
                case "--trust-anchor" -> { if (hasValue) anchors.add(Path.of(args[++i])); }
                case "--dns-zone" -> { if (hasValue) zones.add(Path.of(args[++i])); }
                case "--dnssec-anchor" -> { if (hasValue) dnssec.add(Path.of(args[++i])); }
                default -> {
                    if (!a.startsWith("-") && capture == null) {
                        capture = Path.of(a);
                    }
                }
            }
        }
        return new StartupArguments(capture, keyLogs, keys, anchors, zones, dnssec);
    }
}
