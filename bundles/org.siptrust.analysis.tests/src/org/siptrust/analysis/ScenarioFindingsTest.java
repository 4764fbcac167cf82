package org.siptrust.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siptrust.core.Finding;
import org.siptrust.core.Severity;
import org.siptrust.trust.Hop;
import org.siptrust.trust.Profile;
import org.siptrust.trust.Verdict;

/**
 * The expected findings of each corpus scenario (its README and MANIFEST.md), on the right
 * connection, and no false ones: the scenarios that flag nothing have no error or warning at all.
 */
class ScenarioFindingsTest {

    static Analysis analyse(String name) throws Exception {
        return Scenario.named(name).analyse();
    }

    /** Servers of the connections that carry finding {@code id}. */
    static Set<String> serversWith(Analysis a, String id) {
        return a.findings().stream().filter(f -> f.id().equals(id) && f.connection() != null)
                .map(f -> a.connection(f.connection()).orElseThrow().server().toString()).collect(Collectors.toSet());
    }

    static Hop hop(Analysis a, String client, String server) {
        return a.hops().stream().filter(h -> h.client().toString().startsWith(client) && h.server().toString().equals(server))
                .findFirst().orElseThrow(() -> new AssertionError("no hop " + client + " -> " + server));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a_multihop_tls13_ok", "d1_tls12_rsa_kx", "d2_tls12_ecdhe_keylog", "f_dns_naptr_srv_tlsa",
            "e1_reuse_with_client_cert"})
    void scenariosThatFlagNothingHaveNoErrorOrWarning(String name) throws Exception {
        Analysis a = analyse(name);
        List<Finding> bad = a.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(List.of(), bad);
        assertEquals(6 - (name.startsWith("e1") ? 3 : 0), a.hops().size());
        for (Hop h : a.hops()) {
            assertEquals(Verdict.MATCH, h.worst(Profile.RFC5922).result(), h.connection() + " " + h.reference());
        }
    }

    @Test
    void bIpLiteralHopsAreUnauthenticatable() throws Exception {
        Analysis a = analyse("b_ip_in_record_route");
        Hop bobToB = hop(a, "127.0.0.13", "127.0.0.12:5061");
        assertEquals("127.0.0.12", bobToB.reference().name());
        assertEquals("Outbound proxy (IP literal, no SNI)", bobToB.reference().source());
        assertEquals(Verdict.UNAUTHENTICATABLE, bobToB.verdict(Profile.RFC5922).result());
        assertTrue(bobToB.verdict(Profile.RFC5922).rules().contains("RFC 5922 §7.5"));
        Hop aToB = hop(a, "127.0.0.11", "127.0.0.12:5061");
        assertEquals(Verdict.MATCH, aToB.verdict(Profile.RFC5922).result(), "the MESSAGE/INVITE by R-URI domain match");
        assertEquals(Verdict.UNAUTHENTICATABLE, aToB.worst(Profile.RFC5922).result(), "ACK/BYE routed by the IP Route");
        List<Finding> ip = a.findings().stream().filter(f -> f.id().equals("ip-literal-unauthenticatable")).toList();
        assertEquals(2, ip.size());
        assertEquals(List.of(9L), ip.stream().filter(f -> f.connection().equals(bobToB.connection())).findFirst().orElseThrow().frames());
        assertEquals(List.of(66L, 73L), ip.stream().filter(f -> f.connection().equals(aToB.connection())).findFirst().orElseThrow().frames());
        assertEquals(Set.of("127.0.0.12:5061"), serversWith(a, "no-sni"));
        assertEquals(Set.of(), serversWith(a, "identity-mismatch"));
        assertEquals(Set.of(), serversWith(a, "certificate-expired"));
        assertTrue(a.findings().stream().anyMatch(f -> f.id().equals("via-ip-literal") && f.severity() == Severity.INFO));
    }

    @Test
    void c1WrongDomainMismatchesOnBothHopsToB() throws Exception {
        Analysis a = analyse("c1_wrong_domain_cert");
        assertEquals(Verdict.MISMATCH, hop(a, "127.0.0.13", "127.0.0.12:5061").verdict(Profile.RFC5922).result());
        assertEquals(Verdict.MISMATCH, hop(a, "127.0.0.11", "127.0.0.12:5061").verdict(Profile.RFC5922).result());
        assertTrue(serversWith(a, "identity-mismatch").contains("127.0.0.12:5061"));
        // B's chicago client certificate towards bob (mutual TLS) does not name sip.biloxi.example.com either
        assertTrue(serversWith(a, "identity-mismatch").contains("127.0.0.13:5061"));
        assertFalse(serversWith(a, "identity-mismatch").contains("127.0.0.11:5061"), "alice->A is fine");
        assertEquals(Set.of(), serversWith(a, "certificate-expired"));
    }

    @Test
    void c2CnOnlyMatchesTheHostButNotTheDomain() throws Exception {
        Analysis a = analyse("c2_cn_only_cert");
        assertTrue(serversWith(a, "cn-fallback").contains("127.0.0.12:5061"));
        assertEquals(Verdict.MATCH, hop(a, "127.0.0.13", "127.0.0.12:5061").verdict(Profile.RFC5922).result(),
                "sip.biloxi.example.com from the CN");
        Hop aToB = hop(a, "127.0.0.11", "127.0.0.12:5061");
        assertEquals("biloxi.example.com", aToB.reference().name());
        assertEquals(Verdict.MISMATCH, aToB.verdict(Profile.RFC5922).result());
        assertEquals(Verdict.MISMATCH, aToB.verdict(Profile.RFC9525).result(), "RFC 9525 never uses the CN");
    }

    @Test
    void c3ExpiredIsReportedWhereBPresentsIt() throws Exception {
        Analysis a = analyse("c3_expired_cert");
        assertEquals(Set.of("127.0.0.12:5061"), serversWith(a, "certificate-expired"));
        assertEquals(2, a.findings().stream().filter(f -> f.id().equals("certificate-expired")).count());
        assertEquals(Set.of(), serversWith(a, "identity-mismatch"));
        CertificateRecord b = a.certificates().stream().filter(c -> c.info().subject().contains("Biloxi Example")
                && c.info().subject().contains("CN=sip.biloxi")).findFirst().orElseThrow();
        assertEquals("expired", b.validation().status());
    }

    @Test
    void c4SelfSignedIsReportedWhereBPresentsIt() throws Exception {
        Analysis a = analyse("c4_selfsigned_unknown_ca");
        assertEquals(Set.of("127.0.0.12:5061"), serversWith(a, "certificate-self-signed"));
        assertEquals(Set.of(), serversWith(a, "identity-mismatch"));
    }

    @Test
    void c5WildcardIsNotASipIdentityButRfc9525AcceptsItForTheHost() throws Exception {
        Analysis a = analyse("c5_wildcard_cert");
        assertTrue(serversWith(a, "wildcard-not-sip").contains("127.0.0.12:5061"));
        Hop bobToB = hop(a, "127.0.0.13", "127.0.0.12:5061");
        assertEquals(Verdict.NO_IDENTITY, bobToB.verdict(Profile.RFC5922).result());
        assertEquals(Verdict.MATCH, bobToB.verdict(Profile.RFC9525).result(), "*.biloxi.example.com covers sip.biloxi.example.com");
        assertEquals(Verdict.MISMATCH, hop(a, "127.0.0.11", "127.0.0.12:5061").verdict(Profile.RFC9525).result(),
                "but never biloxi.example.com");
    }

    @Test
    void e1ReuseWithClientCertificateIsAcceptable() throws Exception {
        Analysis a = analyse("e1_reuse_with_client_cert");
        assertEquals(Set.of(), serversWith(a, "reuse-without-client-cert"));
        assertEquals(Set.of("127.0.0.11:5061"), serversWith(a, "connection-reuse"));
        Hop aliceToA = hop(a, "127.0.0.10", "127.0.0.11:5061");
        assertEquals(4, aliceToA.checks().stream().filter(c -> c.reverse()).count(), "MESSAGE, INVITE, ACK, BYE sent back");
        assertTrue(aliceToA.checks().stream().filter(c -> c.reverse()).allMatch(c -> c.verdict(Profile.RFC5922).isMatch()));
    }

    @Test
    void e2ReuseWithoutClientCertificateIsFlagged() throws Exception {
        Analysis a = analyse("e2_reuse_without_client_cert");
        List<Finding> f = a.findings().stream().filter(x -> x.id().equals("reuse-without-client-cert")).toList();
        assertEquals(1, f.size());
        assertEquals("127.0.0.11:5061", a.connection(f.get(0).connection()).orElseThrow().server().toString());
        assertEquals(List.of(34L, 43L, 56L, 64L), f.get(0).frames());
        assertEquals(Set.of(), serversWith(a, "identity-mismatch"));
        assertTrue(serversWith(a, "no-client-certificate").contains("127.0.0.11:5061"), "B->A carries no client certificate");
    }

    @Test
    void d1DecryptsWithRsaKeysAlone() throws Exception {
        Scenario s = Scenario.named("d1_tls12_rsa_kx");
        assertTrue(s.keyLogs().isEmpty());
        Analysis a = s.analyse();
        assertTrue(a.connections().stream().filter(Connection::isTls).allMatch(c -> c.tls().decrypted()));
        assertEquals(36, a.messages().size());
    }

    @Test
    void dsbCaptureDecryptsWithNoKeyOption() throws Exception {
        Analysis a = Analyzer.analyze(Scenario.DATA.resolve("captures/f_dns_naptr_srv_tlsa/f_dns_naptr_srv_tlsa.dsb.pcapng"),
                AnalysisOptions.none(), org.siptrust.core.ProgressMonitor.NULL);
        assertEquals(6, a.connections().stream().filter(Connection::isTls).filter(c -> c.tls().decrypted()).count());
        assertEquals(36, a.messages().size());
    }
}
