package org.siptrust.cli.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.analysis.Analyzer;
import org.siptrust.analysis.InputException;
import org.siptrust.core.Finding;
import org.siptrust.core.Severity;
import org.siptrust.report.ReportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code siptrust analyze CAPTURE [options]}: the contract of CLI.md. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse a capture headless and write a report (text, json or html).")
public final class AnalyzeCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "CAPTURE", description = "pcap or pcapng file")
    Path capture;

    @Option(names = "--keylog", paramLabel = "FILE", description = "NSS key log (SSLKEYLOGFILE); repeatable")
    List<Path> keylogs = new ArrayList<>();

    @Option(names = "--key", paramLabel = "FILE[:PASSWORD]",
            description = "private key (PEM, DER/PKCS#8, PKCS#12) for RSA key exchange; repeatable")
    List<String> keys = new ArrayList<>();

    @Option(names = "--trust-anchor", paramLabel = "FILE", description = "CA certificate(s), PEM or DER; repeatable")
    List<Path> anchors = new ArrayList<>();

    @Option(names = "--system-trust", description = "also trust the JVM's default CA store")
    boolean systemTrust;

    @Option(names = "--dns-zone", paramLabel = "FILE", description = "zone file used as DNS evidence; repeatable")
    List<Path> zones = new ArrayList<>();

    @Option(names = "--dns-server", paramLabel = "HOST:PORT", description = "live resolver (off unless given)")
    String dnsServer;

    @Option(names = "--dnssec-anchor", paramLabel = "FILE", description = "DNSSEC trust anchor(s) (DS or DNSKEY records)")
    List<Path> dnssecAnchors = new ArrayList<>();

    @Option(names = "--at", paramLabel = "TIME", description = "evaluate validity as of TIME (ISO-8601; default: the first packet)")
    String at;

    @Option(names = "--format", paramLabel = "json|text|html", description = "report format (default text)")
    String format = "text";

    @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE (default stdout)")
    Path outFile;

    @Option(names = "--fail-on", paramLabel = "error|warning", description = "exit 1 when a finding this severe or worse exists")
    String failOn;

    @Option(names = "--export-with-secrets", paramLabel = "FILE",
            description = "also write a pcapng copy of the capture with the TLS key log of its connections embedded "
                    + "(Decryption Secrets Block): Wireshark opens it with no key file")
    Path exportWithSecrets;

    public AnalyzeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ReportFormat fmt = ReportFormat.byName(format);
        if (fmt == null) {
            return usage("unknown --format '" + format + "' (json, text or html)");
        }
        Severity threshold = null;
        if (failOn != null) {
            if (!failOn.equals("error") && !failOn.equals("warning")) {
                return usage("--fail-on takes error or warning, not '" + failOn + "'");
            }
            threshold = Severity.fromWord(failOn);
        }
        // reports never show the raw or decrypted streams: let each connection's bytes go once framed
        AnalysisOptions.Builder opts = AnalysisOptions.builder().keepStreams(false);
        keylogs.forEach(opts::keyLog);
        for (String k : keys) {
            int colon = k.indexOf(':');
            if (colon > 0 && !Files.exists(Path.of(k))) {
                opts.privateKey(Path.of(k.substring(0, colon)), k.substring(colon + 1).toCharArray());
            } else {
                opts.privateKey(Path.of(k), null);
            }
        }
        anchors.forEach(opts::trustAnchor);
        opts.systemTrust(systemTrust);
        zones.forEach(opts::dnsZone);
        opts.dnsServer(dnsServer);
        dnssecAnchors.forEach(opts::dnssecAnchor);
        if (at != null) {
            try {
                opts.at(parseTime(at));
            } catch (DateTimeParseException e) {
                return usage("--at wants an ISO-8601 time such as 2026-11-27T10:00:00Z, not '" + at + "'");
            }
        }
        StderrProgress progress = new StderrProgress(err);
        Analysis analysis;
        try {
            analysis = Analyzer.analyze(capture, opts.build(), progress);
        } catch (InputException e) {
            progress.finishLine();
            err.println("siptrust: " + e.getMessage());
            return org.siptrust.cli.CommandLine.INPUT_UNREADABLE;
        } catch (OutOfMemoryError e) {
            progress.finishLine();
            err.println("siptrust: not enough memory to analyse " + capture
                    + " (raise the heap, e.g. SIPTRUST_VMARGS=-Xmx8g ./siptrust analyze ...)");
            return org.siptrust.cli.CommandLine.INPUT_UNREADABLE;
        }
        progress.finishLine();
        try {
            if (exportWithSecrets != null) {
                int lines = org.siptrust.analysis.SecretsExport.write(analysis, exportWithSecrets);
                err.println("siptrust: wrote " + exportWithSecrets + " with " + lines + " key log lines embedded");
            }
            // streamed: a report of a large capture is hundreds of MB and must not be held in memory
            OutputStream sink = outFile != null ? Files.newOutputStream(outFile) : new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // stdout stays open for the caller
                }
            };
            try (OutputStream target = new BufferedOutputStream(sink, 1 << 16)) {
                fmt.write(analysis, target);
            }
        } catch (OutOfMemoryError e) {
            err.println("siptrust: not enough memory to write the report (raise the heap, e.g. SIPTRUST_VMARGS=-Xmx8g)");
            return org.siptrust.cli.CommandLine.INPUT_UNREADABLE;
        } catch (IOException e) {
            err.println("siptrust: cannot write the report: " + e.getMessage());
            return org.siptrust.cli.CommandLine.INPUT_UNREADABLE;
        }
        if (threshold != null) {
            for (Finding f : analysis.findings()) {
                if (f.severity().atLeast(threshold)) {
                    return org.siptrust.cli.CommandLine.FAIL_ON_TRIPPED;
                }
            }
        }
        return org.siptrust.cli.CommandLine.OK;
    }

    private int usage(String message) {
        err.println("siptrust: " + message);
        return org.siptrust.cli.CommandLine.USAGE;
    }

    static Instant parseTime(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return java.time.LocalDate.parse(s).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            }
        }
    }
}
