package org.siptrust.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERT61String;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DERUniversalString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;

/**
 * Subject and subjectAltName text for awkward inputs. Each expected string is what OpenSSL 3.0
 * printed ({@code openssl x509 -noout -subject -ext subjectAltName -nameopt RFC2253}) for a
 * certificate with exactly this content: the acceptance checks compare SAN lists with OpenSSL's.
 */
class OpenSslFormatTest {

    private static final String CN = "2.5.4.3";
    private static final String O = "2.5.4.10";
    private static final String OU = "2.5.4.11";
    private static final String C = "2.5.4.6";

    private static String subject(X500Name name) {
        return TestPki.builder(name).build().cert().subject();
    }

    private static X500Name one(String oid, ASN1Encodable v) {
        return TestPki.name(new ASN1Encodable[] {TestPki.ava(oid, v)});
    }

    @Test
    void fileMadeByOpensslReqPrintsAsOpensslDoes() throws Exception {
        List<byte[]> blocks = Corpus.pemBlocks(Corpus.resource("openssl-weird-names.pem"));
        CertificateInfo c = CertificateInfo.parse(blocks.get(0));
        String expected = "postalCode=123,SN=Sur,GN=Giv,title=T,street=Main St,UID=u1,DC=example,serialNumber=123,"
                + "emailAddress=a@b.example,CN=\\C3\\BCn\\C3\\AF c\\C3\\B6d\\C3\\A9,OU=\\ lead and trail\\ ,OU=\\#hash,"
                + "O=Foo\\, Inc. \\\"Q\\\" \\<x\\>\\;y\\\\z,L=M\\C3\\BCnchen+ST=Bay,C=DE";
        assertEquals(expected, c.subject());
        assertEquals(expected, c.issuer());
        assertEquals("29D4A13C5F1C9D273AA7BBAF4232A53BF8CF5A91", c.serialHex());
        assertEquals(List.of("DNS:a.example", "IP Address:192.0.2.1", "IP Address:2001:DB8:0:0:0:0:0:1",
                "IP Address:0:0:0:0:0:FFFF:102:304", "email:x@y.example", "URI:sip:bob@b.example",
                "Registered ID:1.2.3.4.5", "Registered ID:1.3.6.1.5.5.7.3.20",
                "DirName:/C=US/O=Dir, Org/CN=dir \\xC3\\x83\\xC2\\xBC", "othername: UPN::upn@example",
                "othername: 1.2.3.4::hello", "othername: 1.2.3.5::ia5val", "othername: 1.2.3.6::<unsupported>",
                "othername: SRVName::_sip.example.com", "othername: XmppAddr::xmpp@ex"), c.sanStrings());
        assertEquals(List.of("a@b.example"), c.subjectValues("1.2.840.113549.1.9.1"));
        assertEquals(List.of("ünï cödé"), c.subjectCommonNames());
        SubjectAltName ip6 = c.subjectAltNames().get(2);
        assertEquals(SubjectAltName.Kind.IP_ADDRESS, ip6.kind());
        assertEquals("2001:db8::1", ip6.value());
        assertEquals("EC", c.publicKeyAlgorithm());
        assertEquals("secp256r1", c.publicKeyCurve());
        assertEquals(256, c.publicKeySize());
        assertEquals("SHA256withECDSA", c.signatureAlgorithm());
        List<KeyPurpose> eku = c.extendedKeyUsage();
        assertEquals(List.of("serverAuth", "sipDomain", "anyExtendedKeyUsage", "1.2.3.9"),
                eku.stream().map(KeyPurpose::name).toList());
        assertEquals(List.of("2.23.140.1.2.1", "1.2.3.4.5"), c.policies());
        assertEquals(List.of("URI:http://crl.example/ca.crl"), c.crlDistributionPoints());
        assertEquals(List.of("OCSP - URI:http://ocsp.example", "CA Issuers - URI:http://ca.example/ca.crt"),
                c.authorityInfoAccess().stream().map(AccessDescription::toString).toList());
    }

    @Test
    void stringTypesAreConvertedToEscapedUtf8() {
        assertEquals("CN=bmp \\C3\\BC \\E2\\82\\AC \\E6\\97\\A5\\E6\\9C\\AC", subject(one(CN, new DERBMPString("bmp ü € 日本"))));
        assertEquals("CN=a\\C3\\A9\\F0\\9F\\98\\80", subject(one(CN, new DERUniversalString(
                new byte[] {0, 0, 0, 'a', 0, 0, 0, (byte) 0xe9, 0, 1, (byte) 0xf6, 0}))));
        assertEquals("CN=t\\C3\\A9st", subject(one(CN, new DERT61String(new byte[] {'t', (byte) 0xe9, 's', 't'}))));
        assertEquals("CN=ctl\\01\\1F\\7Fx=y/z", subject(one(CN, new DERUTF8String("ctl\u0001\u001f\u007fx=y/z"))));
    }

    @Test
    void unknownAttributesDumpAndSpecialCharactersEscapeOnlyWhereOpensslDoes() {
        assertEquals("CN=x,1.2.3.4.5=#0C0C756E6B6E6F776E2061747472", subject(TestPki.name(
                new ASN1Encodable[] {TestPki.ava("1.2.3.4.5", new DERUTF8String("unknown attr"))},
                new ASN1Encodable[] {TestPki.ava(CN, new DERUTF8String("x"))})));
        // a lone '#' is the last character too, so OpenSSL leaves it alone; a lone space is escaped
        assertEquals("OU=,O=\\ ,CN=#", subject(TestPki.name(
                new ASN1Encodable[] {TestPki.ava(CN, new DERUTF8String("#"))},
                new ASN1Encodable[] {TestPki.ava(O, new DERUTF8String(" "))},
                new ASN1Encodable[] {TestPki.ava(OU, new DERUTF8String(""))})));
        assertEquals("C=US,OU=c+O=b+CN=a", subject(TestPki.name(
                new ASN1Encodable[] {TestPki.ava(CN, new DERUTF8String("a")), TestPki.ava(O, new DERUTF8String("b")),
                    TestPki.ava(OU, new DERUTF8String("c"))},
                new ASN1Encodable[] {TestPki.ava(C, new DERPrintableString("US"))})));
        assertEquals("organizationIdentifier=VATDE-123,businessCategory=Private Organization,jurisdictionC=DE,CN=ia5",
                subject(TestPki.name(
                        new ASN1Encodable[] {TestPki.ava(CN, new DERIA5String("ia5"))},
                        new ASN1Encodable[] {TestPki.ava("1.3.6.1.4.1.311.60.2.1.3", new DERPrintableString("DE"))},
                        new ASN1Encodable[] {TestPki.ava("2.5.4.15", new DERUTF8String("Private Organization"))},
                        new ASN1Encodable[] {TestPki.ava("2.5.4.97", new DERUTF8String("VATDE-123"))})));
        assertEquals("", TestPki.builder(new X500Name(new org.bouncycastle.asn1.x500.RDN[0]))
                .dns("only.san.example").build().cert().subject());
    }

    @Test
    void everyGeneralNameTypePrintsLikeOpenssl() {
        CertificateInfo c = TestPki.builder(TestPki.cn("s")).san(
                new GeneralName(GeneralName.iPAddress, new DEROctetString(new byte[] {1, 2, 3, 4, 5})),
                new GeneralName(GeneralName.dNSName, new DERIA5String("")),
                new GeneralName(GeneralName.registeredID, new ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.1")),
                otherName("1.3.6.1.5.5.7.8.3", new DERSequence(new DERUTF8String("x"))),
                otherName("1.3.6.1.5.5.7.8.3", new DERUTF8String("perm")),
                otherName("1.3.6.1.5.5.7.8.8", new DERUTF8String("nai.example")),
                new GeneralName(GeneralName.directoryName, TestPki.name(
                        new ASN1Encodable[] {TestPki.ava(C, new DERPrintableString("US"))},
                        new ASN1Encodable[] {TestPki.ava(CN, new DERBMPString("bmp"))})),
                new GeneralName(GeneralName.uniformResourceIdentifier,
                        new DERIA5String("sips:[2001:db8::1]:5061;transport=tls")),
                new GeneralName(GeneralName.iPAddress, new DEROctetString(new byte[] {0x20, 1, 0x0d, (byte) 0xb8, 0, 0,
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 0x1f})),
                new GeneralName(GeneralName.rfc822Name, new DERIA5String("Mixed@Case.Example")),
                new GeneralName(GeneralName.dNSName, new DERIA5String("*.wild.example"))).build().cert();
        assertEquals(List.of("IP Address:<invalid length=5>", "DNS:", "Registered ID:TLS Web Server Authentication",
                "othername: Permanent Identifier::<unsupported>", "othername: Permanent Identifier::perm",
                "othername: NAIRealm::nai.example", "DirName:/C=US/CN=\\x00b\\x00m\\x00p",
                "URI:sips:[2001:db8::1]:5061;transport=tls", "IP Address:2001:DB8:0:0:0:0:0:1F",
                "email:Mixed@Case.Example", "DNS:*.wild.example"), c.sanStrings());
        assertEquals("O=Test PKI,CN=s", c.subject());
        assertTrue(c.subjectAltNames().get(6).value().equals("CN=bmp,C=US"), c.subjectAltNames().get(6).value());
        assertEquals("2001:db8::1f", c.subjectAltNames().get(8).value());
    }

    private static GeneralName otherName(String oid, ASN1Encodable value) {
        return new GeneralName(GeneralName.otherName, new DERSequence(new ASN1Encodable[] {
            new ASN1ObjectIdentifier(oid), new DERTaggedObject(true, 0, value)}));
    }
}
