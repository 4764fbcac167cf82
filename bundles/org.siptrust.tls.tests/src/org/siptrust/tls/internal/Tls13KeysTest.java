package org.siptrust.tls.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.siptrust.core.Hex;
import org.siptrust.tls.Rfc8448;

/** TLS 1.3 key schedule and record protection against the RFC 8448 §3 test vectors. */
class Tls13KeysTest {
    private static final String H = "SHA-256";
    private static final CipherSuite AES128 = CipherSuite.byCode(0x1301);

    private static byte[] h(String hex) {
        return Hex.parse(hex.replaceAll("\\s+", ""));
    }

    @Test
    void trafficKeysAndIvsFromTheFourTrafficSecrets() {
        assertEquals("3fce516009c21727d0f2e4e86ee403bc", Hex.of(Tls13Keys.key(H, h(Rfc8448.S_HS_TRAFFIC), 16)));
        assertEquals("5d313eb2671276ee13000b30", Hex.of(Tls13Keys.iv(H, h(Rfc8448.S_HS_TRAFFIC))));
        assertEquals("dbfaa693d1762c5b666af5d950258d01", Hex.of(Tls13Keys.key(H, h(Rfc8448.C_HS_TRAFFIC), 16)));
        assertEquals("5bd3c71b836e0b76bb73265f", Hex.of(Tls13Keys.iv(H, h(Rfc8448.C_HS_TRAFFIC))));
        assertEquals("9f02283b6c9c07efc26bb9f2ac92e356", Hex.of(Tls13Keys.key(H, h(Rfc8448.S_AP_TRAFFIC), 16)));
        assertEquals("cf782b88dd83549aadf1e984", Hex.of(Tls13Keys.iv(H, h(Rfc8448.S_AP_TRAFFIC))));
        assertEquals("17422dda596ed5d9acd890e3c63f5051", Hex.of(Tls13Keys.key(H, h(Rfc8448.C_AP_TRAFFIC), 16)));
        assertEquals("5b78923dee08579033e523d9", Hex.of(Tls13Keys.iv(H, h(Rfc8448.C_AP_TRAFFIC))));
    }

    @Test
    void expandLabelWithContextAndFinishedKey() throws Exception {
        // Derive-Secret(early_secret, "derived", "") = HKDF-Expand-Label(early, "derived", SHA-256(""), 32)
        byte[] early = h("33ad0a1c607ec03b09e6cd9893680ce210adf300aa1f2660e1b22e10f170f92a");
        byte[] emptyHash = MessageDigest.getInstance("SHA-256").digest(new byte[0]);
        assertEquals("6f2615a108c702c5678f54fc9dbab69716c076189c48250cebeac3576c3611ba",
                Hex.of(Tls13Keys.expandLabel(H, early, "derived", emptyHash, 32)));
        // server finished_key = HKDF-Expand-Label(server_handshake_traffic_secret, "finished", "", 32)
        assertEquals("008d3b66f816ea559f96b537e885c31fc068bf492c652f01f288a1d8cdc19fc8",
                Hex.of(Tls13Keys.expandLabel(H, h(Rfc8448.S_HS_TRAFFIC), "finished", null, 32)));
    }

    @Test
    void decryptsTheClientFinishedRecord() throws Exception {
        byte[] secret = h(Rfc8448.C_HS_TRAFFIC);
        RecordCipher rc = RecordCipher.tls13(AES128, Tls13Keys.key(H, secret, 16), Tls13Keys.iv(H, secret));
        byte[] rec = h(Rfc8448.CLIENT_FINISHED_RECORD);
        byte[] out = new byte[rec.length];
        int n = rc.open(rec, 5, rec.length - 5, 0x17, 0x0303, 0, 1, out);
        assertEquals(37, n, "Finished (36 bytes) plus the inner content type");
        assertEquals(0x16, out[n - 1], "inner content type handshake");
        assertArrayEquals(h(Rfc8448.CLIENT_FINISHED), java.util.Arrays.copyOf(out, n - 1));
        assertEquals(0, rc.matchedSequence());
    }

    @Test
    void refindsTheRecordCounterAndRejectsTampering() throws Exception {
        byte[] secret = h(Rfc8448.S_AP_TRAFFIC);
        RecordCipher rc = RecordCipher.tls13(AES128, Tls13Keys.key(H, secret, 16), Tls13Keys.iv(H, secret));
        byte[] rec = h(Rfc8448.SERVER_APP_RECORD); // the server's second record under this key
        byte[] out = new byte[rec.length];
        assertEquals(-1, rc.open(rec, 5, rec.length - 5, 0x17, 0x0303, 0, 1, out), "sequence 0 is wrong");
        int n = rc.open(rec, 5, rec.length - 5, 0x17, 0x0303, 0, 8, out);
        assertEquals(51, n);
        assertEquals(1, rc.matchedSequence());
        assertEquals(0x17, out[50]);
        for (int i = 0; i < 50; i++) {
            assertEquals(i, out[i]);
        }
        rec[20] ^= 1;
        assertEquals(-1, rc.open(rec, 5, rec.length - 5, 0x17, 0x0303, 0, 8, out));
    }

    @Test
    void keyUpdateGenerationIsAnExpandLabel() {
        byte[] s = h(Rfc8448.C_AP_TRAFFIC);
        byte[] next = Tls13Keys.nextGeneration(H, s);
        assertEquals(32, next.length);
        assertArrayEquals(Tls13Keys.expandLabel(H, s, "traffic upd", new byte[0], 32), next);
        assertTrue(!java.util.Arrays.equals(s, next));
    }
}
