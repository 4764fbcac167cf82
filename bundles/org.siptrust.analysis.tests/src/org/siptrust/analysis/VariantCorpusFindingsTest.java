package org.siptrust.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.trust.Hop;
import org.siptrust.trust.Profile;
import org.siptrust.trust.Verdict;

/**
 * The corpus generator run again with one kind of change each (testdata/ORIGIN.md):
 * voiptest-org (other names, a new CA, other TLS 1.2 suites) and ipv6 (every actor on IPv6, a new
 * CA). Every scenario must give the findings its README expects, on the same connection, and none
 * of the ones it rules out; so a rule fitted to example.com, 127.0.0.x or the corpus's
 * certificates fails here.
 */
class VariantCorpusFindingsTest {

    /** One regenerated corpus: its folder, SIP domain suffix, the proxies' addresses and the suites of d1 and d2. */
    record Variant(String dir, String domain, String a, String b, String alice, String bob, String d1Suite, String d2Suite,
            String zone) {
        String aServer() {
            return a + ":5061";
        }

        String bServer() {
            return b + ":5061";
        }

        @Override
        public String toString() {
            return dir;
        }
    }

    static final Variant VOIPTEST = new Variant("voiptest-org", "voiptest.org", "127.0.0.11", "127.0.0.12", "127.0.0.10", "127.0.0.13",
            "0x009d", "0xcca8", "voiptest.org");
    static final Variant IPV6 = new Variant("ipv6", "example.com", "[fd00::11]", "[fd00::12]", "[fd00::10]", "[fd00::13]", "0x009c",
            "0xc030", "example.com");

    /** A scenario of a variant with the expected finding on a server and the findings that must not appear anywhere; as contract-check.py. */
    record Expectation(Variant variant, String scenario, Map<String, String> expected, Set<String> forbidden) {
        @Override
        public String toString() {
            return variant + "/" + scenario;
        }
    }

    static List<Expectation> expectations() {
        Set<String> clean = Set.of("identity-mismatch", "ip-literal-unauthenticatable", "certificate-expired", "certificate-untrusted",
                "certificate-self-signed", "wildcard-not-sip", "undecrypted-connection", "reuse-without-client-cert", "dane-mismatch");
        List<Expectation> out = new ArrayList<>();
        for (Variant v : List.of(VOIPTEST, IPV6)) {
            String a = v.aServer();
            String b = v.bServer();
            out.add(new Expectation(v, "a_multihop_tls13_ok", Map.of(), clean));
            out.add(new Expectation(v, "b_ip_in_record_route", Map.of("ip-literal-unauthenticatable", b),
                    Set.of("certificate-expired", "identity-mismatch")));
            out.add(new Expectation(v, "c1_wrong_domain_cert", Map.of("identity-mismatch", b), Set.of("certificate-expired")));
            out.add(new Expectation(v, "c2_cn_only_cert", Map.of("cn-fallback", b), Set.of("certificate-expired")));
            out.add(new Expectation(v, "c3_expired_cert", Map.of("certificate-expired", b), Set.of("identity-mismatch")));
            out.add(new Expectation(v, "c4_selfsigned_unknown_ca", Map.of("certificate-self-signed", b), Set.of()));
            out.add(new Expectation(v, "c5_wildcard_cert", Map.of("wildcard-not-sip", b), Set.of("certificate-expired")));
            out.add(new Expectation(v, "d1_tls12_rsa_kx", Map.of(), clean));
            out.add(new Expectation(v, "d2_tls12_ecdhe_keylog", Map.of(), clean));
            out.add(new Expectation(v, "e1_reuse_with_client_cert", Map.of("connection-reuse", a),
                    Set.of("reuse-without-client-cert", "identity-mismatch")));
            out.add(new Expectation(v, "e2_reuse_without_client_cert", Map.of("reuse-without-client-cert", a), Set.of("identity-mismatch")));
            out.add(new Expectation(v, "f_dns_naptr_srv_tlsa", Map.of(), clean));
        }
        return out;
    }

    private static Analysis analyse(Variant v, String scenario) throws Exception {
        return Scenario.named(v.dir() + "/" + scenario).analyse();
    }

    private static Set<String> serversWith(Analysis a, String id) {
        return ScenarioFindingsTest.serversWith(a, id);
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void findingsAreTheOnesTheScenarioExpects(Expectation e) throws Exception {
        Analysis a = analyse(e.variant(), e.scenario());
        e.expected().forEach((id, server) -> assertTrue(serversWith(a, id).contains(server),
                id + " on " + server + "; findings: " + a.findings().stream().map(f -> f.id() + "@" + f.connection()).toList()));
        for (String id : e.forbidden()) {
            assertEquals(Set.of(), a.findings().stream().filter(f -> f.id().equals(id)).map(f -> f.message()).collect(Collectors.toSet()),
                    id);
        }
    }

    @ParameterizedTest
    @MethodSource("variants")
    void theReferenceIdentitiesAreTheVariantsNames(Variant v) throws Exception {
        Analysis a = analyse(v, "c2_cn_only_cert");
        Hop aToB = ScenarioFindingsTest.hop(a, v.a(), v.bServer());
        assertEquals("biloxi." + v.domain(), aToB.reference().name());
        assertEquals(Verdict.MISMATCH, aToB.verdict(Profile.RFC5922).result(), "the CN names sip.biloxi, not the domain");
        assertEquals(Verdict.MATCH, ScenarioFindingsTest.hop(a, v.bob(), v.bServer()).verdict(Profile.RFC5922).result(),
                "bob's SNI sip.biloxi." + v.domain() + " matches the CN");
    }

    @ParameterizedTest
    @MethodSource("variants")
    void ipLiteralHopsAreFoundByTheirAddress(Variant v) throws Exception {
        Analysis a = analyse(v, "b_ip_in_record_route");
        Hop bobToB = ScenarioFindingsTest.hop(a, v.bob(), v.bServer());
        String literal = v.b().replace("[", "").replace("]", "");
        assertEquals(literal, bobToB.reference().name());
        assertEquals(Verdict.UNAUTHENTICATABLE, bobToB.verdict(Profile.RFC5922).result());
        assertEquals(Verdict.UNAUTHENTICATABLE, ScenarioFindingsTest.hop(a, v.a(), v.bServer()).worst(Profile.RFC5922).result(),
                "ACK and BYE routed by B's address in Record-Route");
        assertEquals(Set.of(v.bServer()), serversWith(a, "no-sni"));
    }

    static List<Variant> variants() {
        return List.of(VOIPTEST, IPV6);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void tls12SuitesAreDecrypted(Variant v) throws Exception {
        // the suites in tshark's tls.json of these captures
        for (Map.Entry<String, String> e : Map.of("d1_tls12_rsa_kx", v.d1Suite(), "d2_tls12_ecdhe_keylog", v.d2Suite()).entrySet()) {
            Analysis a = analyse(v, e.getKey());
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

    @ParameterizedTest
    @MethodSource("variants")
    void daneAndDnssecWorkWithTheVariantsSignedZone(Variant v) throws Exception {
        Scenario f = Scenario.named(v.dir() + "/f_dns_naptr_srv_tlsa");
        Path generation = f.capture().resolveSibling("generation");
        AnalysisOptions.Builder b = AnalysisOptions.builder().dnsZone(generation.resolve(v.zone() + ".zone.signed"))
                .dnssecAnchor(generation.resolve(v.zone() + ".ds"));
        f.keyLogs().forEach(b::keyLog);
        f.anchors().forEach(b::trustAnchor);
        Analysis a = Analyzer.analyze(f.capture(), b.build(), ProgressMonitor.NULL);
        Set<String> matched = a.dane().stream().filter(d -> d.result().equals("match"))
                .map(d -> a.connection(d.connection()).orElseThrow().server().toString()).collect(Collectors.toSet());
        assertEquals(Set.of(v.aServer(), v.bServer()), matched, a.dane().toString());
        assertTrue(a.dnsRecords().stream().filter(r -> r.type().equals("TLSA")).allMatch(r -> r.dnssec().equals("secure")),
                a.dnsRecords().toString());
        assertTrue(a.dnsRecords().stream().anyMatch(r -> r.type().equals("NAPTR") && r.name().startsWith("biloxi." + v.domain())));
    }
}
