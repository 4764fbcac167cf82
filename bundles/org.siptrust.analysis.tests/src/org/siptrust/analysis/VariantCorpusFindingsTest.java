package org.siptrust.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.trust.Hop;
import org.siptrust.trust.Profile;
import org.siptrust.trust.Verdict;

/**
 * The corpus generator run again with voiptest.org instead of example.com, a new CA and other TLS 1.2
 * suites (testdata/ORIGIN.md): every scenario must give the findings its README expects, on the
 * same connection, and none of the ones it rules out. Nothing here names a certificate or a
 * domain of the original corpus, so a rule fitted to example.com fails.
 */
class VariantCorpusFindingsTest {
    private static final String B = "127.0.0.12:5061";
    private static final String A = "127.0.0.11:5061";

    /** scenario → (expected finding on server, findings that must not appear anywhere); as contract-check.py. */
    record Expectation(String scenario, Map<String, String> expected, Set<String> forbidden) {
        @Override
        public String toString() {
            return scenario;
        }
    }

    static List<Expectation> expectations() {
        Set<String> clean = Set.of("identity-mismatch", "ip-literal-unauthenticatable", "certificate-expired", "certificate-untrusted",
                "certificate-self-signed", "wildcard-not-sip", "undecrypted-connection", "reuse-without-client-cert", "dane-mismatch");
        return List.of(
                new Expectation("a_multihop_tls13_ok", Map.of(), clean),
                new Expectation("b_ip_in_record_route", Map.of("ip-literal-unauthenticatable", B), Set.of("certificate-expired", "identity-mismatch")),
                new Expectation("c1_wrong_domain_cert", Map.of("identity-mismatch", B), Set.of("certificate-expired")),
                new Expectation("c2_cn_only_cert", Map.of("cn-fallback", B), Set.of("certificate-expired")),
                new Expectation("c3_expired_cert", Map.of("certificate-expired", B), Set.of("identity-mismatch")),
                new Expectation("c4_selfsigned_unknown_ca", Map.of("certificate-self-signed", B), Set.of()),
                new Expectation("c5_wildcard_cert", Map.of("wildcard-not-sip", B), Set.of("certificate-expired")),
                new Expectation("d1_tls12_rsa_kx", Map.of(), clean),
                new Expectation("d2_tls12_ecdhe_keylog", Map.of(), clean),
                new Expectation("e1_reuse_with_client_cert", Map.of("connection-reuse", A), Set.of("reuse-without-client-cert", "identity-mismatch")),
                new Expectation("e2_reuse_without_client_cert", Map.of("reuse-without-client-cert", A), Set.of("identity-mismatch")),
                new Expectation("f_dns_naptr_srv_tlsa", Map.of(), clean));
    }

    private static Analysis analyse(String scenario) throws Exception {
        return Scenario.named("voiptest-org/" + scenario).analyse();
    }

    private static Set<String> serversWith(Analysis a, String id) {
        return ScenarioFindingsTest.serversWith(a, id);
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void findingsAreTheOnesTheScenarioExpects(Expectation e) throws Exception {
        Analysis a = analyse(e.scenario());
        e.expected().forEach((id, server) -> assertTrue(serversWith(a, id).contains(server),
                id + " on " + server + "; findings: " + a.findings().stream().map(f -> f.id()).collect(Collectors.toSet())));
        for (String id : e.forbidden()) {
            assertEquals(Set.of(), a.findings().stream().filter(f -> f.id().equals(id)).map(f -> f.message()).collect(Collectors.toSet()),
                    id);
        }
    }

    @Test
    void theReferenceIdentitiesAreTheVariantsNames() throws Exception {
        Analysis a = analyse("c2_cn_only_cert");
        Hop aToB = ScenarioFindingsTest.hop(a, "127.0.0.11", B);
        assertEquals("biloxi.voiptest.org", aToB.reference().name());
        assertEquals(Verdict.MISMATCH, aToB.verdict(Profile.RFC5922).result(), "the CN names sip.biloxi.voiptest.org, not the domain");
        assertEquals(Verdict.MATCH, ScenarioFindingsTest.hop(a, "127.0.0.13", B).verdict(Profile.RFC5922).result(),
                "bob's SNI sip.biloxi.voiptest.org matches the CN");
    }

    @Test
    void otherTls12SuitesAreDecrypted() throws Exception {
        // tshark's tls.json for these captures: 0x009d (RSA, AES256-GCM-SHA384) and 0xcca8 (ECDHE-RSA-CHACHA20-POLY1305)
        for (Map.Entry<String, String> e : Map.of("d1_tls12_rsa_kx", "0x009d", "d2_tls12_ecdhe_keylog", "0xcca8").entrySet()) {
            Analysis a = analyse(e.getKey());
            assertEquals(6, a.connections().stream().filter(c -> c.tls() != null).count(), e.getKey());
            for (Connection c : a.connections()) {
                if (c.tls() != null) {
                    assertEquals(e.getValue(), c.tls().cipherSuite(), c.label());
                    assertTrue(c.tls().decrypted(), c.label() + ": " + c.tls().undecryptedReason());
                }
            }
            assertEquals(36, a.messages().size(), e.getKey() + " SIP messages (tshark: 36)");
        }
    }

    @Test
    void daneAndDnssecWorkWithTheVariantsSignedZone() throws Exception {
        Scenario f = Scenario.named("voiptest-org/f_dns_naptr_srv_tlsa");
        Path generation = f.capture().resolveSibling("generation");
        AnalysisOptions.Builder b = AnalysisOptions.builder().dnsZone(generation.resolve("voiptest.org.zone.signed"))
                .dnssecAnchor(generation.resolve("voiptest.org.ds"));
        f.keyLogs().forEach(b::keyLog);
        f.anchors().forEach(b::trustAnchor);
        Analysis a = Analyzer.analyze(f.capture(), b.build(), ProgressMonitor.NULL);
        List<DaneView> dane = a.dane();
        Set<String> matched = dane.stream().filter(d -> d.result().equals("match"))
                .map(d -> a.connection(d.connection()).orElseThrow().server().toString()).collect(Collectors.toSet());
        assertEquals(Set.of(A, B), matched, dane.toString());
        assertTrue(a.dnsRecords().stream().filter(r -> r.type().equals("TLSA")).allMatch(r -> r.dnssec().equals("secure")),
                a.dnsRecords().toString());
        assertTrue(a.dnsRecords().stream().anyMatch(r -> r.type().equals("NAPTR") && r.name().startsWith("biloxi.voiptest.org")));
    }
}
