package org.siptrust.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Malformed input becomes a CertificateParseException with an offset, never anything else. */
class CertificateParseTest {

    /** Parses or throws CertificateParseException; any other throwable fails the test. */
    private static CertificateInfo tryParse(byte[] b, String what) {
        try {
            return CertificateInfo.parse(b);
        } catch (CertificateParseException e) {
            assertTrue(e.offset() >= 0 && e.offset() <= b.length, what + ": offset " + e.offset() + " outside input");
            assertTrue(e.getMessage().contains(e.reason()));
            return null;
        } catch (Throwable t) {
            fail(what + ": " + t, t);
            return null;
        }
    }

    @Test
    void everyTruncationIsRejectedWithAnOffset() {
        byte[] der = Corpus.pkiDer("proxy-b");
        for (int len = 0; len < der.length; len++) {
            byte[] cut = Arrays.copyOf(der, len);
            assertThrows(CertificateParseException.class, () -> CertificateInfo.parse(cut), "prefix of " + len);
        }
        CertificateParseException e = assertThrows(CertificateParseException.class,
                () -> CertificateInfo.parse(Arrays.copyOf(der, 500)));
        assertEquals(0, e.offset(), "the outer SEQUENCE claims more than is there");
        assertTrue(e.reason().contains("remain"), e.reason());
    }

    @Test
    void trailingBytesAndWrongOuterTagAreRejected() {
        byte[] der = Corpus.pkiDer("proxy-b");
        byte[] longer = Arrays.copyOf(der, der.length + 3);
        CertificateParseException e = assertThrows(CertificateParseException.class, () -> CertificateInfo.parse(longer));
        assertEquals(der.length, e.offset());
        byte[] octets = der.clone();
        octets[0] = 0x04;
        assertThrows(CertificateParseException.class, () -> CertificateInfo.parse(octets));
        assertThrows(CertificateParseException.class, () -> CertificateInfo.parse(new byte[0]));
    }

    @Test
    void absurdLengthsAndIndefiniteLengthsAreRejected() {
        byte[][] inputs = {
            {0x30, (byte) 0x84, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x02, 0x01, 0x00},
            {0x30, (byte) 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9},
            {0x30, (byte) 0x80, 0x02, 0x01, 0x00, 0x00, 0x00},
            {0x30, (byte) 0x82, 0x7f},
            {0x30, 0x03, 0x30, (byte) 0x84, 0x7f},
            {0x1f},
            {0x3f, (byte) 0x81, (byte) 0x81, (byte) 0x81, (byte) 0x81, (byte) 0x81, 0x01, 0x00},
        };
        for (byte[] in : inputs) {
            assertThrows(CertificateParseException.class, () -> CertificateInfo.parse(in), Arrays.toString(in));
        }
        CertificateParseException e = assertThrows(CertificateParseException.class,
                () -> CertificateInfo.parse(inputs[1]));
        assertTrue(e.reason().contains("absurd length"), e.reason());
    }

    @Test
    void deepNestingAndOversizedInputAreRejectedQuickly() {
        // 100000 nested SEQUENCEs with consistent lengths: a recursive ASN.1 parser would overflow the stack.
        int depth = 100_000;
        byte[] deep = new byte[depth * 6];
        int remaining = deep.length;
        for (int i = 0; i < depth; i++) {
            int len = remaining - 6;
            deep[i * 6] = 0x30;
            deep[i * 6 + 1] = (byte) 0x84;
            deep[i * 6 + 2] = (byte) (len >>> 24);
            deep[i * 6 + 3] = (byte) (len >>> 16);
            deep[i * 6 + 4] = (byte) (len >>> 8);
            deep[i * 6 + 5] = (byte) len;
            remaining -= 6;
        }
        CertificateParseException e = assertThrows(CertificateParseException.class, () -> CertificateInfo.parse(deep));
        assertTrue(e.reason().contains("nesting") || e.reason().contains("exceeds"), e.reason());
        byte[] huge = new byte[(1 << 20) + 1];
        huge[0] = 0x30;
        e = assertThrows(CertificateParseException.class, () -> CertificateInfo.parse(huge));
        assertTrue(e.reason().contains("exceeds the cap"), e.reason());
    }

    @Test
    void randomBytesNeverEscapeAsAnotherException() {
        Random r = new Random(5922);
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[r.nextInt(600)];
            r.nextBytes(b);
            if (b.length > 0 && r.nextBoolean()) {
                b[0] = 0x30; // make the outer tag plausible so the walk goes deeper
            }
            tryParse(b, "random input " + i);
        }
    }

    @Test
    void everySingleByteCorruptionOfRealCertificatesIsHandled() throws Exception {
        int parsed = 0;
        int rejected = 0;
        for (String name : new String[] {"proxy-b", "bob", "ca"}) {
            byte[] der = Corpus.pkiDer(name);
            for (int i = 0; i < der.length; i++) {
                for (int v : new int[] {0x00, 0xff, der[i] ^ 0x80}) {
                    byte[] m = der.clone();
                    m[i] = (byte) v;
                    CertificateInfo c = tryParse(m, name + " byte " + i + " = " + v);
                    if (c == null) {
                        rejected++;
                    } else {
                        parsed++;
                        // whatever still parses must still be fully usable
                        c.subject();
                        c.sanStrings();
                        c.extensions();
                        SipIdentities.extract(c);
                        CertificateLint.lint(c, Role.SERVER);
                    }
                }
            }
        }
        assertTrue(rejected > 1000 && parsed > 1000, "parsed " + parsed + ", rejected " + rejected);
    }

    @Test
    void aBrokenExtensionIsReportedNotFatal() throws Exception {
        byte[] der = Corpus.pkiDer("proxy-b");
        // The keyUsage extension value is OCTET STRING { BIT STRING 05 A0 }; make the unused-bit count 9.
        byte[] pattern = {0x04, 0x04, 0x03, 0x02, 0x05, (byte) 0xa0};
        int at = indexOf(der, pattern);
        assertTrue(at > 0, "keyUsage value found");
        der[at + 4] = 0x09;
        CertificateInfo c = CertificateInfo.parse(der);
        ExtensionInfo ku = c.extensions().stream().filter(x -> x.oid().equals("2.5.29.15")).findFirst().orElseThrow();
        assertTrue(ku.malformed(), ku.value());
        assertTrue(CertificateLint.lint(c, Role.SERVER).stream().anyMatch(l -> l.id().equals("malformed-extension")));
        assertEquals("O=Biloxi Example,CN=sip.biloxi.example.com", c.subject());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
