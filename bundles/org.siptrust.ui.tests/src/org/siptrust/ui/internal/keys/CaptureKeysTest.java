package org.siptrust.ui.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siptrust.analysis.AnalysisOptions;

/** Key material from the command line merges with what is remembered for the capture, without duplicates. */
class CaptureKeysTest {

    @Test
    void givenFirstThenRememberedWithoutDuplicates() {
        Path a = Path.of("/tmp/a.keys");
        Path b = Path.of("/tmp/x/../b.keys");
        AnalysisOptions given = AnalysisOptions.builder().keyLog(a).trustAnchor(Path.of("/ca.crt")).privateKey(Path.of("/k.pem"),
                "pw".toCharArray()).build();
        AnalysisOptions remembered = AnalysisOptions.builder().keyLog(Path.of("/tmp/a.keys")).keyLog(b)
                .privateKey(Path.of("/k.pem"), null).privateKey(Path.of("/other.pem"), null).systemTrust(true).build();
        AnalysisOptions m = CaptureKeys.merge(given, remembered);
        assertEquals(List.of(a, b), m.keyLogs());
        assertEquals(List.of(Path.of("/k.pem"), Path.of("/other.pem")), m.privateKeys().stream().map(AnalysisOptions.PrivateKeyFile::file).toList());
        assertEquals("pw", new String(m.privateKeys().get(0).password()), "the given password wins");
        assertEquals(List.of(Path.of("/ca.crt")), m.trustAnchors());
        assertTrue(m.systemTrust());
    }

    @Test
    void keyLogDescriptionCountsSecretsAndSessions() {
        String log = "# comment\nCLIENT_RANDOM 00aa 1111\nCLIENT_RANDOM 00AA 2222\nSERVER_TRAFFIC_SECRET_0 00bb 3333\n\n";
        assertEquals("3 secrets for 2 TLS sessions", KeyFileDescriber.keyLog(log.getBytes()));
        assertEquals("no key log lines found", KeyFileDescriber.keyLog("hello".getBytes()));
    }
}
