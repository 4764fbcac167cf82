package org.siptrust.analysis;

import java.util.List;

/**
 * The DANE verdict of one TLS connection (CLI.md {@code dane[]}).
 *
 * @param result {@code match}, {@code mismatch}, {@code no-records} or {@code not-secure}
 */
public record DaneView(String connection, String tlsaName, List<String> records, String result, String explanation,
        String rule, List<Long> frames) {
    public DaneView {
        records = List.copyOf(records);
        frames = List.copyOf(frames);
    }
}
