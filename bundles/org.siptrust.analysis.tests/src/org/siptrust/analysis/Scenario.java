package org.siptrust.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.siptrust.core.ProgressMonitor;
import org.siptrust.testing.TestCorpus;

/**
 * One capture of the corpus with the keys it ships with (testdata/ORIGIN.md), analysed the way
 * ../shared/tools/contract-check.py runs the command line: key log or RSA keys, the corpus CA as
 * trust anchor for the generated scenarios, nothing for the public ones.
 */
record Scenario(String name, Path capture, List<Path> keyLogs, List<Path> rsaKeys, List<Path> anchors, Path reference) {
    static final Path DATA = TestCorpus.root();

    /** The generator run again with other names, suites, addresses and CA (testdata/ORIGIN.md). */
    static final Path VARIANTS = DATA.resolve("regenerated");

    /** The shared corpus, its public captures, and each regenerated variant (named "variant/scenario"). */
    static List<Scenario> all() throws IOException {
        List<Scenario> out = new java.util.ArrayList<>();
        try (Stream<Path> gen = Files.list(DATA.resolve("captures")); Stream<Path> zeek = Files.list(DATA.resolve("public/zeek"))) {
            gen.sorted().map(d -> generated(d, "", DATA.resolve("pki/ca.crt"))).forEach(out::add);
            zeek.filter(p -> p.toString().endsWith(".pcap")).sorted().map(Scenario::zeek).forEach(out::add);
        }
        try (Stream<Path> variants = Files.list(VARIANTS)) {
            for (Path v : variants.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> dirs = Files.list(v.resolve("captures"))) {
                    String prefix = v.getFileName() + "/";
                    dirs.sorted().map(d -> generated(d, prefix, v.resolve("pki/ca.crt"))).forEach(out::add);
                }
            }
        }
        return out;
    }

    static Scenario named(String name) throws IOException {
        return all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Scenario generated(Path dir, String prefix, Path anchor) {
        String n = dir.getFileName().toString();
        Path cap = Files.exists(dir.resolve(n + ".pcap")) ? dir.resolve(n + ".pcap") : dir.resolve(n + ".pcapng");
        Path keys = dir.resolve(n + ".keys");
        List<Path> rsa;
        try (Stream<Path> s = Files.exists(dir.resolve("keys")) ? Files.list(dir.resolve("keys")) : Stream.empty()) {
            rsa = s.filter(p -> p.toString().endsWith(".key")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Scenario(prefix + n, cap, Files.exists(keys) ? List.of(keys) : List.of(), rsa, List.of(anchor), dir.resolve("reference"));
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
