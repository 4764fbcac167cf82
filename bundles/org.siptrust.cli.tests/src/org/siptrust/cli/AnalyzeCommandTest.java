package org.siptrust.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CLI.md contract: JSON fields, exit codes, one-line errors, no secrets in the output. */
class AnalyzeCommandTest {
    static final Path B = Run.DATA.resolve("captures/b_ip_in_record_route/b_ip_in_record_route.pcap");
    static final Path B_KEYS = Run.DATA.resolve("captures/b_ip_in_record_route/b_ip_in_record_route.keys");

    static List<Path> captures() throws IOException {
        try (Stream<Path> s = Stream.concat(Files.walk(Run.DATA.resolve("captures"), 2), Files.walk(Run.DATA.resolve("public/zeek"), 1))) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.pcap(ng)?$")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("captures")
    void jsonReportHasTsharksFrameCount(Path capture) throws Exception {
        String name = capture.getFileName().toString();
        Path summary = capture.getParent().resolve("reference").resolve(name.substring(0, name.lastIndexOf('.')) + ".summary.json");
        Matcher m = Pattern.compile("\"frames\"\\s*:\\s*(\\d+)").matcher(Files.readString(summary));
        assertTrue(m.find());
        Run r = Run.of("analyze", capture.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(m.group(1)), r.jsonValues("frames"));
        assertEquals(List.of(name.endsWith(".pcapng") ? "pcapng" : "pcap"), r.jsonValues("format"));
    }

    @Test
    void connectionsNameTheSideThatOpenedThem() throws Exception {
        Run r = Run.of("analyze", B.toString(), "--format", "json");
        assertEquals(List.of("127.0.0.13:35011", "127.0.0.10:50447", "127.0.0.11:39165", "127.0.0.12:40599"), r.jsonValues("client").subList(0, 4), "connections[] first (hops[] repeat them)");
        assertEquals(List.of("2026-11-27T04:03:34.093841Z"), r.jsonValues("first"));
    }

    @Test
    void emptyFileExitsThreeWithOneLine(@TempDir Path tmp) throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.pcap"));
        Run r = Run.of("analyze", empty.toString(), "--format", "json");
        assertEquals(3, r.exit());
        assertEquals("", r.out());
        List<String> errorLines = r.err().lines().filter(l -> !l.startsWith("siptrust: Reading")).toList();
        assertEquals(1, errorLines.size(), r.err());
        assertTrue(errorLines.get(0).contains("is empty"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void nonCaptureExitsThree(@TempDir Path tmp) throws Exception {
        Path txt = Files.writeString(tmp.resolve("x.pcap"), "this is not a capture\n");
        Run r = Run.of("analyze", txt.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("not a pcap or pcapng file"), r.err());
    }

    @Test
    void missingFileExitsThree() {
        Run r = Run.of("analyze", "/nonexistent/capture.pcap");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Run.of("analyze").exit());
        assertEquals(2, Run.of("analyze", B.toString(), "--format", "yaml").exit());
        assertEquals(2, Run.of("analyze", B.toString(), "--no-such-option").exit());
        assertEquals(2, Run.of("analyze", B.toString(), "--fail-on", "sometimes").exit());
        assertEquals(2, Run.of("analyze", B.toString(), "--at", "yesterday").exit());
    }

    @Test
    void truncatedCaptureExitsZeroWithEveryCompleteFrameAndAFinding(@TempDir Path tmp) throws Exception {
        byte[] all = Files.readAllBytes(B);
        Path cut = Files.write(tmp.resolve("cut.pcap"), Arrays.copyOf(all, all.length - 10));
        Run r = Run.of("analyze", cut.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("94"), r.jsonValues("frames"));
        assertTrue(r.jsonValues("id").contains("capture-damaged"), r.out());
        // and --fail-on warning trips on the damage
        assertEquals(1, Run.of("analyze", cut.toString(), "--format", "json", "--fail-on", "warning").exit());
    }

    @Test
    void reportGoesToOutFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report.json");
        Run r = Run.of("analyze", B.toString(), "--format", "json", "--out", out.toString());
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).contains("\"frames\" : 95"));
    }

    @Test
    void htmlReportIsSelfContainedAndShowsTheFailingHop() throws Exception {
        Path ca = Run.DATA.resolve("pki/ca.crt");
        Run r = Run.of("analyze", B.toString(), "--keylog", B_KEYS.toString(), "--trust-anchor", ca.toString(), "--format", "html");
        assertEquals(0, r.exit(), r.err());
        String html = r.out();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals(2, html.split("<svg ").length - 1, "hop graph and ladder");
        assertTrue(html.contains("ip-literal-unauthenticatable"));
        assertTrue(html.contains("RFC 5922 §7.5"));
        assertTrue(html.contains("Outbound proxy (IP literal, no SNI)"));
        // no external assets: the only URL is the SVG namespace
        assertEquals(List.of(), Pattern.compile("(?:src|href)=\"(?!#)[^\"]*\"").matcher(html).results().map(m -> m.group()).toList());
        assertFalse(html.contains("<script"));
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").contains("http"));
    }

    @Test
    void textReportNamesTheFailingHops() throws Exception {
        Run r = Run.of("analyze", B.toString(), "--keylog", B_KEYS.toString(), "--trust-anchor", Run.DATA.resolve("pki/ca.crt").toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("c1   127.0.0.13:35011 -> 127.0.0.12:5061  FAIL unauthenticatable"), r.out());
        assertTrue(r.out().contains("SIP messages: 30"), r.out());
    }

    @Test
    void failOnErrorTripsOnTheIpLiteralHop() {
        Run r = Run.of("analyze", B.toString(), "--keylog", B_KEYS.toString(), "--format", "json", "--fail-on", "error");
        assertEquals(1, r.exit());
    }

    @Test
    void noKeyMaterialInAnyReport() throws Exception {
        List<String> secrets = Files.readAllLines(B_KEYS).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split(" ")[2]).toList();
        assertFalse(secrets.isEmpty());
        for (String fmt : List.of("json", "text", "html")) {
            Run r = Run.of("analyze", B.toString(), "--keylog", B_KEYS.toString(), "--format", fmt);
            for (String s : secrets) {
                assertFalse(r.out().toLowerCase().contains(s.toLowerCase()), "secret leaked into the " + fmt + " report");
                assertFalse(r.err().toLowerCase().contains(s.toLowerCase()), "secret leaked to stderr");
            }
        }
    }
}
