package org.siptrust.sip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siptrust.core.Datagram;
import org.siptrust.core.Endpoint;
import org.siptrust.core.Hex;

/**
 * Bodies the trust analysis cares about: certificates distributed in SIP (RFC 6072,
 * application/pkix-cert, also inside multipart) and SDP inside multipart, on the real INVITE of
 * a_multihop_tls13_ok with the corpus certificate of proxy B; and the RFC 8224 Identity header.
 */
class BodyAndIdentityTest {

    private static final List<Corpus.Record> RECORDS = Corpus.plaintextRecords("a_multihop_tls13_ok.plaintext");

    static byte[] der(String pemFile) throws Exception {
        String pem = Files.readString(Corpus.testdata().resolve("pki").resolve(pemFile), StandardCharsets.US_ASCII);
        String b64 = pem.substring(pem.indexOf("-----BEGIN CERTIFICATE-----") + 27, pem.indexOf("-----END CERTIFICATE-----"));
        return Base64.getMimeDecoder().decode(b64);
    }

    /** The real INVITE (frame 48) with its body replaced and Content-Type/Length adjusted. */
    static SipMessage inviteWithBody(String contentType, byte[] body) {
        String invite = Corpus.recordText(RECORDS, 48);
        String head = invite.substring(0, invite.indexOf("\r\n\r\n") + 2)
                .replace("Content-Type: application/sdp", "Content-Type: " + contentType)
                .replace("Content-Length: 156", "Content-Length: " + body.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        List<SipMessage> ms = SipParser.parseDatagram(new Datagram(48, 0, Endpoint.parse("127.0.0.10:5060"),
                Endpoint.parse("127.0.0.11:5060"), out.toByteArray()), null);
        assertEquals(1, ms.size());
        assertFalse(ms.get(0).malformed(), ms.get(0).malformedReason());
        return ms.get(0);
    }

    static String sdp() {
        String invite = Corpus.recordText(RECORDS, 48);
        return invite.substring(invite.indexOf("\r\n\r\n") + 4);
    }

    @Test
    void certificateAsTheWholeBody() throws Exception {
        byte[] cert = der("proxy-b.crt");
        SipMessage m = inviteWithBody("application/pkix-cert", cert);
        assertEquals(1, m.pkixCertificates().size());
        assertArrayEquals(cert, m.pkixCertificates().get(0));
        assertNull(m.sdp());
    }

    @Test
    void certificatesInsideNestedMultipart() throws Exception {
        byte[] proxyB = der("proxy-b.crt");
        byte[] ca = der("ca.crt");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--outer\r\nContent-Type: application/sdp\r\n\r\n" + sdp() + "\r\n"
                + "--outer\r\nContent-Type: application/pkix-cert\r\nContent-Disposition: signal;handling=optional\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(proxyB);
        body.writeBytes(("\r\n--outer\r\nContent-Type: multipart/related; boundary=\"in ner\"\r\n\r\n"
                + "--in ner\r\nContent-Type: application/pkix-cert\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(ca) + "\r\n--in ner--\r\n"
                + "\r\n--outer--\r\n").getBytes(StandardCharsets.US_ASCII));
        SipMessage m = inviteWithBody("multipart/mixed;boundary=outer", body.toByteArray());
        List<byte[]> certs = m.pkixCertificates();
        assertEquals(2, certs.size());
        assertArrayEquals(proxyB, certs.get(0));
        assertArrayEquals(ca, certs.get(1));
        assertEquals(Hex.of(MessageDigest.getInstance("SHA-256").digest(ca)),
                Hex.of(MessageDigest.getInstance("SHA-256").digest(certs.get(1))));
        SdpSummary sdp = m.sdp();
        assertEquals("127.0.0.10", sdp.originAddress());
        assertEquals(List.of("0", "8"), sdp.media().get(0).formats());
    }

    @Test
    void multipartCutBeforeItsCloseDelimiterStillYieldsItsParts() throws Exception {
        byte[] cert = der("alice.crt");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("--b1\r\nContent-Type: application/pkix-cert\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(cert);
        SipMessage m = inviteWithBody("multipart/mixed; boundary=b1", body.toByteArray());
        assertArrayEquals(cert, m.pkixCertificates().get(0));
    }

    @Test
    void identityHeaderIsKeptWhole() {
        // RFC 8224 §4 example shape: a PASSporT and its info parameter; compact form y
        String passport = "eyJhbGciOiJFUzI1NiIsInR5cCI6InBhc3Nwb3J0IiwieDV1IjoiaHR0cHM6Ly9jZXJ0LmV4YW1wbGUub3JnL3Bhc3Nwb3J0"
                + "LmNlciJ9.eyJkZXN0Ijp7InVyaSI6WyJzaXA6Ym9iQGJpbG94aS5leGFtcGxlLmNvbSJdfSwiaWF0IjoxNDQzMjA4MzQ1LCJvcmlnIj"
                + "p7InRuIjoiMTIxNTU1NTEyMTIifX0.sig;info=<https://cert.example.org/passport.cer>;alg=ES256;ppt=shaken";
        String invite = Corpus.recordText(RECORDS, 48).replace("Max-Forwards: 70\r\n",
                "Max-Forwards: 70\r\ny: " + passport + "\r\nDate: Sat, 13 Nov 2010 23:29:00 GMT\r\n");
        SipMessage m = SipParser.parseDatagram(new Datagram(1, 0, Endpoint.parse("127.0.0.10:5060"),
                Endpoint.parse("127.0.0.11:5060"), invite.getBytes(StandardCharsets.US_ASCII)), null).get(0);
        assertFalse(m.malformed(), m.malformedReason());
        assertEquals(passport, m.identity());
        assertEquals(List.of(passport), m.headerValues("Identity"));
        assertEquals(List.of("Sat, 13 Nov 2010 23:29:00 GMT"), m.headerValues("date"));
        assertNull(m.identityInfo());
    }
}
