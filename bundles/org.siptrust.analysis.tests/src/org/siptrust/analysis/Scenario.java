package org.siptrust.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.siptrust.core.ProgressMonitor;

/**
 * One capture of the corpus with the keys it ships with (testdata/ORIGIN.md), analysed the way
 * ../shared/tools/contract-check.py runs the command line: key log or RSA keys, the corpus CA as
 * trust anchor for the generated scenarios, nothing for the public ones.
 */
record Scenario(String name, Path capture, List<Path> keyLogs, List<Path> rsaKeys, List<Path> anchors, Path reference) {
    static final Path DATA = Path.of(System.getProperty("siptrust.testdata", "../../testdata"));

    static List<Scenario> all() throws IOException {
        try (Stream<Path> gen = Files.list(DATA.resolve("captures")); Stream<Path> zeek = Files.list(DATA.resolve("public/zeek"))) {
            Stream<Scenario> a = gen.sorted().map(Scenario::generated);
            Stream<Scenario> b = zeek.filter(p -> p.toString().endsWith(".pcap")).sorted().map(Scenario::zeek);
            return Stream.concat(a, b).toList();
        }
    }

    static Scenario named(String name) throws IOException {
        return all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Scenario generated(Path dir) {
        String n = dir.getFileName().toString();
        Path cap = Files.exists(dir.resolve(n + ".pcap")) ? dir.resolve(n + ".pcap") : dir.resolve(n + ".pcapng");
        Path keys = dir.resolve(n + ".keys");
        List<Path> rsa;
        try (Stream<Path> s = Files.exists(dir.resolve("keys")) ? Files.list(dir.resolve("keys")) : Stream.empty()) {
            rsa = s.filter(p -> p.toString().endsWith(".key")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Scenario(n, cap, Files.exists(keys) ? List.of(keys) : List.of(), rsa, List.of(DATA.resolve("pki/ca.crt")),
                dir.resolve("reference"));
    }

    private static Scenario zeek(Path cap) {
        String stem = cap.getFileName().toString().replace(".pcap", "");
        Path keys = cap.resolveSibling(stem + ".keys");
        return new Scenario("zeek/" + stem, cap, Files.exists(keys) ? List.of(keys) : List.of(), List.of(), List.of(),
                cap.resolveSibling("reference"));
    }

    Path ref(String kind) {
        String f = capture.getFileName().toString();
        return reference.resolve(f.substring(0, f.lastIndexOf('.')) + "." + kind);
    }

    Analysis analyse() throws InputException {
        return analyse(true);
    }

    /** With {@code keepStreams} false, the way the command line analyses. */
    Analysis analyse(boolean keepStreams) throws InputException {
        AnalysisOptions.Builder b = AnalysisOptions.builder().keepStreams(keepStreams);
        keyLogs.forEach(b::keyLog);
        rsaKeys.forEach(k -> b.privateKey(k, null));
        anchors.forEach(b::trustAnchor);
        return Analyzer.analyze(capture, b.build(), ProgressMonitor.NULL);
    }

    @Override
    public String toString() {
        return name;
    }
}
