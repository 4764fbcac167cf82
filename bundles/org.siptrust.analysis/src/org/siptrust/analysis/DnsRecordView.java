package org.siptrust.analysis;

import java.util.List;

/**
 * One DNS RRset of the evidence as the report shows it (CLI.md {@code dns[]}).
 *
 * @param dnssec {@code secure}, {@code insecure}, {@code bogus} or {@code indeterminate}
 * @param source {@code capture}, {@code zone} or {@code live}
 */
public record DnsRecordView(String name, String type, List<String> answers, String dnssec, String dnssecReason,
        String source, List<Long> frames) {
    public DnsRecordView {
        answers = List.copyOf(answers);
        frames = List.copyOf(frames);
    }
}
