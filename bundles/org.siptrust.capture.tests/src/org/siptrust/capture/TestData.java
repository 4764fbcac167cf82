package org.siptrust.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.siptrust.testing.TestCorpus;

/** Locates the corpus copy in testdata/ (see testdata/ORIGIN.md). */
final class TestData {
    static final Path ROOT = TestCorpus.root();

    private TestData() {
    }

    /** Every capture of the corpus: captures/<scenario>/*.pcap* and public/zeek/*.pcap. */
    static List<Path> allCaptures() throws IOException {
        try (Stream<Path> s = Stream.concat(Files.walk(ROOT.resolve("captures"), 2), Files.walk(ROOT.resolve("public/zeek"), 1))) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.pcap(ng)?$")).sorted().toList();
        }
    }

    /** The tshark reference file {@code reference/<stem>.<kind>} next to a capture. */
    static Path reference(Path capture, String kind) {
        String name = capture.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        return capture.getParent().resolve("reference").resolve(stem + "." + kind);
    }
}
