package org.siptrust.ui.trust.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every clause the brief and the trust model cite has a short built-in paraphrase. */
class RfcExcerptsTest {
    static final List<String> REQUIRED = List.of("RFC 5922 §7.1", "RFC 5922 §7.2", "RFC 5922 §7.3", "RFC 5922 §7.4",
            "RFC 5922 §7.5", "RFC 5922 §7.8", "RFC 3263 §4.1", "RFC 3263 §4.2", "RFC 7673 §3", "RFC 9525 §6.3",
            "RFC 5923 §8.2", "RFC 5923 §9.2", "RFC 3261 §26.2", "RFC 6066 §3",
            // cited by the verdicts of the trust model too
            "RFC 9525 §6.2", "vendor practice", "RFC 2818 §3.1");

    @Test
    void everyRequiredClauseHasOneToThreeShortSentences() {
        for (String clause : REQUIRED) {
            String text = RfcExcerpts.of(clause).orElseThrow(() -> new AssertionError("no excerpt for " + clause));
            int sentences = text.split("\\.\\s+").length;
            assertTrue(text.length() >= 60 && text.length() <= 330, clause + ": " + text.length() + " characters");
            assertTrue(sentences >= 1 && sentences <= 3, clause + ": " + text);
            assertTrue(text.endsWith("."), clause);
        }
    }

    @Test
    void aSubSectionFallsBackToItsParent() {
        assertEquals(RfcExcerpts.of("RFC 5280 §6.1"), RfcExcerpts.of("RFC 5280 §6.1.3"));
        assertEquals(RfcExcerpts.of("RFC 5923 §8"), RfcExcerpts.of("RFC 5923 §8.1"));
        assertTrue(RfcExcerpts.of("RFC 9999 §1").isEmpty());
        assertTrue(RfcExcerpts.of(null).isEmpty());
    }

    @Test
    void theIpLiteralRuleSaysWhyNoCertificateCanHelp() {
        String t = RfcExcerpts.of("RFC 5922 §7.5").orElseThrow();
        assertTrue(t.contains("Record-Route") && t.contains("IP"), t);
        assertTrue(RfcExcerpts.of("RFC 6066 §3").orElseThrow().contains("address literals are not allowed"));
    }
}
