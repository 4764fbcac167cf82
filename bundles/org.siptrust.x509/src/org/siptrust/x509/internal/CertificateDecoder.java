package org.siptrust.x509.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.siptrust.core.Hex;
import org.siptrust.x509.AccessDescription;
import org.siptrust.x509.ExtensionInfo;
import org.siptrust.x509.KeyPurpose;
import org.siptrust.x509.SubjectAltName;

/**
 * Reads an X.509 certificate from DER, field by field over the bounds-checked {@link Der} walk,
 * so every failure names the offset and the field. Extensions are decoded one by one: a broken
 * optional extension is recorded as malformed and reading goes on; a broken mandatory field
 * ends it with a {@link Der.DerException}.
 */
public final class CertificateDecoder {

    /** Largest certificate accepted; real ones are a few kilobytes. */
    public static final int MAX_BYTES = 1 << 20;

    private CertificateDecoder() {
    }

    /** Everything read from one certificate. Filled once, then only read. */
    public static final class Decoded {
        public byte[] der;
        public String sha256;
        public String sha1;
        public String spkiSha256;
        public byte[] spki;
        public byte[] tbs;
        public byte[] signatureAlgorithm;
        public byte[] signature;
        public int version;
        public BigInteger serial;
        public int serialLength;
        public String signatureAlgorithmOid;
        public String signatureAlgorithmName;
        public boolean signatureAlgorithmsMatch;
        public DistinguishedName issuer;
        public DistinguishedName subject;
        public Instant notBefore;
        public Instant notAfter;
        public boolean notBeforeUtc;
        public boolean notAfterUtc;
        public Algorithms.KeyDescription key;
        public boolean hasExtensions;
        public final List<ExtensionInfo> extensions = new ArrayList<>();
        public final List<String> duplicateExtensions = new ArrayList<>();
        public final List<String> malformedExtensions = new ArrayList<>();
        public final Set<String> criticalOids = new LinkedHashSet<>();
        public boolean hasBasicConstraints;
        public boolean ca;
        public Integer pathLen;
        public List<String> keyUsage;
        public List<KeyPurpose> extendedKeyUsage;
        public boolean hasSubjectAltName;
        public final List<SubjectAltName> subjectAltNames = new ArrayList<>();
        public String subjectKeyId;
        public String authorityKeyId;
        public final List<String> crlDistributionPoints = new ArrayList<>();
        public final List<AccessDescription> authorityInfoAccess = new ArrayList<>();
        public final List<String> policies = new ArrayList<>();
    }

    public static Decoded decode(byte[] der) throws Der.DerException {
        if (der.length == 0) {
            throw new Der.DerException(0, "no data");
        }
        if (der.length > MAX_BYTES) {
            throw new Der.DerException(0, "certificate of " + der.length + " bytes exceeds the cap of " + MAX_BYTES);
        }
        byte[] b = der.clone();
        Decoded d = new Decoded();
        d.der = b;
        Der.Tlv cert = Der.single(b, 0, b.length);
        if (cert.tag() != 0x30) {
            throw new Der.DerException(0, "not a SEQUENCE (tag 0x" + Integer.toHexString(cert.tag()) + ")");
        }
        List<Der.Tlv> top = Der.children(b, cert);
        if (top.size() != 3) {
            throw new Der.DerException(cert.offset(), "Certificate has " + top.size()
                    + " elements instead of tbsCertificate, signatureAlgorithm, signatureValue");
        }
        Der.Tlv tbs = expect(top.get(0), 0x30, "tbsCertificate");
        Der.Tlv sigAlg = expect(top.get(1), 0x30, "signatureAlgorithm");
        Der.Tlv sig = expect(top.get(2), 0x03, "signatureValue");
        d.tbs = tbs.bytes(b);
        d.signatureAlgorithm = sigAlg.bytes(b);
        if (sig.length() < 1 || (b[sig.contentOffset()] & 0xff) > 7) {
            throw new Der.DerException(sig.offset(), "signatureValue BIT STRING without a valid unused-bits octet");
        }
        d.signature = new byte[sig.length() - 1];
        System.arraycopy(b, sig.contentOffset() + 1, d.signature, 0, d.signature.length);

        List<Der.Tlv> f = Der.children(b, tbs);
        int i = 0;
        d.version = 1;
        if (i < f.size() && f.get(i).tag() == 0xa0) {
            List<Der.Tlv> v = Der.children(b, f.get(i));
            if (v.size() != 1 || v.get(0).tag() != 0x02 || v.get(0).length() != 1) {
                throw new Der.DerException(f.get(i).offset(), "malformed version");
            }
            int raw = b[v.get(0).contentOffset()];
            if (raw < 0 || raw > 2) {
                throw new Der.DerException(v.get(0).offset(), "unknown certificate version " + (raw + 1));
            }
            d.version = raw + 1;
            i++;
        }
        Der.Tlv serial = expect(field(f, i++, tbs, "serialNumber"), 0x02, "serialNumber");
        if (serial.length() == 0) {
            throw new Der.DerException(serial.offset(), "empty serialNumber");
        }
        d.serial = new BigInteger(serial.content(b));
        d.serialLength = serial.length();
        Der.Tlv innerAlg = expect(field(f, i++, tbs, "signature"), 0x30, "signature");
        d.issuer = DistinguishedName.parse(b, expect(field(f, i++, tbs, "issuer"), 0x30, "issuer"));
        Der.Tlv validity = expect(field(f, i++, tbs, "validity"), 0x30, "validity");
        d.subject = DistinguishedName.parse(b, expect(field(f, i++, tbs, "subject"), 0x30, "subject"));
        Der.Tlv spki = expect(field(f, i++, tbs, "subjectPublicKeyInfo"), 0x30, "subjectPublicKeyInfo");

        List<Der.Tlv> times = Der.children(b, validity);
        if (times.size() != 2) {
            throw new Der.DerException(validity.offset(), "validity must hold notBefore and notAfter");
        }
        d.notBefore = time(b, times.get(0));
        d.notBeforeUtc = times.get(0).tag() == AsnStrings.UTC_TIME;
        d.notAfter = time(b, times.get(1));
        d.notAfterUtc = times.get(1).tag() == AsnStrings.UTC_TIME;

        List<Der.Tlv> alg = Der.children(b, sigAlg);
        if (alg.isEmpty()) {
            throw new Der.DerException(sigAlg.offset(), "empty signatureAlgorithm");
        }
        d.signatureAlgorithmOid = Oids.decode(b, alg.get(0));
        d.signatureAlgorithmName = Algorithms.signatureName(d.signatureAlgorithmOid, b, alg.size() > 1 ? alg.get(1) : null);
        d.signatureAlgorithmsMatch = java.util.Arrays.equals(innerAlg.bytes(b), d.signatureAlgorithm);

        d.spki = spki.bytes(b);
        d.key = Algorithms.describeKey(b, spki);

        for (; i < f.size(); i++) {
            Der.Tlv t = f.get(i);
            if (t.tag() == 0x81 || t.tag() == 0xa1 || t.tag() == 0x82 || t.tag() == 0xa2) {
                continue; // issuerUniqueID / subjectUniqueID: obsolete, ignored
            }
            if (t.tag() == 0xa3) {
                List<Der.Tlv> w = Der.children(b, t);
                if (w.size() != 1 || w.get(0).tag() != 0x30) {
                    throw new Der.DerException(t.offset(), "extensions must be one SEQUENCE");
                }
                d.hasExtensions = true;
                readExtensions(b, w.get(0), d);
                continue;
            }
            throw new Der.DerException(t.offset(), "unexpected field with tag 0x" + Integer.toHexString(t.tag())
                    + " in tbsCertificate");
        }

        d.sha256 = digest("SHA-256", b);
        d.sha1 = digest("SHA-1", b);
        d.spkiSha256 = digest("SHA-256", d.spki);
        return d;
    }

    private static Der.Tlv field(List<Der.Tlv> f, int i, Der.Tlv tbs, String name) throws Der.DerException {
        if (i >= f.size()) {
            throw new Der.DerException(tbs.end(), "tbsCertificate ends before " + name);
        }
        return f.get(i);
    }

    private static Der.Tlv expect(Der.Tlv t, int tag, String name) throws Der.DerException {
        if (t.tag() != tag) {
            throw new Der.DerException(t.offset(), name + ": expected tag 0x" + Integer.toHexString(tag) + ", found 0x"
                    + Integer.toHexString(t.tag()));
        }
        return t;
    }

    public static String digest(String alg, byte[] data) {
        try {
            return Hex.of(MessageDigest.getInstance(alg).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(alg + " missing from the JRE", e);
        }
    }

    /** UTCTime (YYMMDDHHMM[SS]Z or with an offset) or GeneralizedTime (YYYYMMDDHHMMSS[.f]Z). */
    static Instant time(byte[] b, Der.Tlv t) throws Der.DerException {
        if (t.tag() != AsnStrings.UTC_TIME && t.tag() != AsnStrings.GENERALIZED_TIME) {
            throw new Der.DerException(t.offset(), "validity time is neither UTCTime nor GeneralizedTime");
        }
        if (t.length() > 32) {
            throw new Der.DerException(t.offset(), "validity time too long");
        }
        String s = new String(t.content(b), StandardCharsets.ISO_8859_1);
        try {
            int p = 0;
            int year;
            if (t.tag() == AsnStrings.UTC_TIME) {
                int yy = num(s, 0, 2);
                year = yy >= 50 ? 1900 + yy : 2000 + yy;
                p = 2;
            } else {
                year = num(s, 0, 4);
                p = 4;
            }
            int month = num(s, p, 2);
            int day = num(s, p + 2, 2);
            int hour = num(s, p + 4, 2);
            int minute = num(s, p + 6, 2);
            p += 8;
            int second = 0;
            if (p + 2 <= s.length() && Character.isDigit(s.charAt(p))) {
                second = num(s, p, 2);
                p += 2;
            }
            int nanos = 0;
            if (p < s.length() && (s.charAt(p) == '.' || s.charAt(p) == ',')) {
                int q = p + 1;
                while (q < s.length() && Character.isDigit(s.charAt(q))) {
                    q++;
                }
                String frac = (s.substring(p + 1, q) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(frac);
                p = q;
            }
            ZoneOffset zone = ZoneOffset.UTC;
            if (p < s.length() && s.charAt(p) == 'Z' && p + 1 == s.length()) {
                zone = ZoneOffset.UTC;
            } else if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-') && p + 5 == s.length()) {
                int sign = s.charAt(p) == '-' ? -1 : 1;
                zone = ZoneOffset.ofHoursMinutes(sign * num(s, p + 1, 2), sign * num(s, p + 3, 2));
            } else if (p != s.length()) {
                throw new Der.DerException(t.offset(), "malformed time '" + printable(s) + "'");
            }
            if (second == 60) {
                second = 59; // a leap second rounds down
            }
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(zone);
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            throw new Der.DerException(t.offset(), "malformed time '" + printable(s) + "'");
        }
    }

    private static int num(String s, int p, int n) {
        String part = s.substring(p, p + n);
        for (int i = 0; i < part.length(); i++) {
            if (!Character.isDigit(part.charAt(i))) {
                throw new NumberFormatException(part);
            }
        }
        return Integer.parseInt(part);
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return sb.toString();
    }

    // ---- extensions ------------------------------------------------------------------------------

    private static void readExtensions(byte[] b, Der.Tlv seq, Decoded d) throws Der.DerException {
        Set<String> seen = new HashSet<>();
        for (Der.Tlv ext : Der.children(b, seq)) {
            if (ext.tag() != 0x30) {
                throw new Der.DerException(ext.offset(), "Extension is not a SEQUENCE");
            }
            List<Der.Tlv> p = Der.children(b, ext);
            if (p.size() < 2 || p.size() > 3) {
                throw new Der.DerException(ext.offset(), "Extension has " + p.size() + " elements");
            }
            String oid = Oids.decode(b, p.get(0));
            boolean critical = false;
            Der.Tlv value = p.get(p.size() - 1);
            if (p.size() == 3) {
                Der.Tlv c = p.get(1);
                if (c.tag() != 0x01 || c.length() != 1) {
                    throw new Der.DerException(c.offset(), "Extension critical flag is not a BOOLEAN");
                }
                critical = b[c.contentOffset()] != 0;
            }
            if (value.tag() != 0x04) {
                throw new Der.DerException(value.offset(), "Extension value is not an OCTET STRING");
            }
            String name = OpenSslObjects.longName(oid);
            if (name == null) {
                name = oid;
            }
            if (!seen.add(oid)) {
                d.duplicateExtensions.add(oid);
                d.extensions.add(new ExtensionInfo(oid, name, critical,
                        "malformed: duplicate extension ignored (RFC 5280 §4.2 allows one instance)"));
                continue;
            }
            if (critical) {
                d.criticalOids.add(oid);
            }
            String text;
            try {
                text = decodeExtension(b, oid, value, d);
            } catch (Der.DerException e) {
                text = "malformed: " + e.getMessage() + " (offset " + e.offset() + ")";
                d.malformedExtensions.add(oid);
            }
            d.extensions.add(new ExtensionInfo(oid, name, critical, text));
        }
    }

    private static final String[] KEY_USAGE = {"digitalSignature", "nonRepudiation", "keyEncipherment",
        "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
    private static final String[] KEY_USAGE_TEXT = {"Digital Signature", "Non Repudiation", "Key Encipherment",
        "Data Encipherment", "Key Agreement", "Certificate Sign", "CRL Sign", "Encipher Only", "Decipher Only"};

    private static String decodeExtension(byte[] b, String oid, Der.Tlv octets, Decoded d) throws Der.DerException {
        Der.Tlv v = Der.innerSingle(b, octets);
        switch (oid) {
            case "2.5.29.19": { // basicConstraints
                expect(v, 0x30, "basicConstraints");
                boolean ca = false;
                Integer pathLen = null;
                for (Der.Tlv e : Der.children(b, v)) {
                    if (e.tag() == 0x01 && e.length() == 1) {
                        ca = b[e.contentOffset()] != 0;
                    } else if (e.tag() == 0x02 && e.length() >= 1 && e.length() <= 4) {
                        pathLen = new BigInteger(e.content(b)).intValue();
                    } else {
                        throw new Der.DerException(e.offset(), "unexpected element in basicConstraints");
                    }
                }
                d.hasBasicConstraints = true;
                d.ca = ca;
                d.pathLen = pathLen;
                return "CA:" + (ca ? "TRUE" : "FALSE") + (pathLen != null ? ", pathlen:" + pathLen : "");
            }
            case "2.5.29.15": { // keyUsage
                byte[] bits = bitString(b, v);
                List<String> names = new ArrayList<>();
                List<String> text = new ArrayList<>();
                for (int bit = 0; bit < KEY_USAGE.length; bit++) {
                    if (bit / 8 < bits.length && (bits[bit / 8] & (0x80 >> (bit % 8))) != 0) {
                        names.add(KEY_USAGE[bit]);
                        text.add(KEY_USAGE_TEXT[bit]);
                    }
                }
                d.keyUsage = names;
                return String.join(", ", text);
            }
            case "2.5.29.37": { // extendedKeyUsage
                expect(v, 0x30, "extendedKeyUsage");
                List<KeyPurpose> purposes = new ArrayList<>();
                List<String> text = new ArrayList<>();
                for (Der.Tlv e : Der.children(b, v)) {
                    String p = Oids.decode(b, e);
                    purposes.add(new KeyPurpose(p, purposeName(p)));
                    String ln = OpenSslObjects.longName(p);
                    text.add(ln != null ? ln : p.equals(KeyPurpose.SIP_DOMAIN) ? "SIP Domain (id-kp-sipDomain)" : p);
                }
                d.extendedKeyUsage = purposes;
                return String.join(", ", text);
            }
            case "2.5.29.17": { // subjectAltName
                d.hasSubjectAltName = true;
                List<SubjectAltName> names = GeneralNames.parseSequence(b, v);
                d.subjectAltNames.addAll(names);
                return joined(names);
            }
            case "2.5.29.18": // issuerAltName
                return joined(GeneralNames.parseSequence(b, v));
            case "2.5.29.14": { // subjectKeyIdentifier
                byte[] id = expect(v, 0x04, "subjectKeyIdentifier").content(b);
                d.subjectKeyId = Hex.of(id);
                return Hexes.colons(id);
            }
            case "2.5.29.35": { // authorityKeyIdentifier
                expect(v, 0x30, "authorityKeyIdentifier");
                List<String> lines = new ArrayList<>();
                for (Der.Tlv e : Der.children(b, v)) {
                    if (e.tag() == 0x80) {
                        d.authorityKeyId = Hex.of(e.content(b));
                        lines.add(Hexes.colons(e.content(b)));
                    } else if (e.tag() == 0xa1) {
                        for (Der.Tlv gn : Der.children(b, e)) {
                            lines.add(GeneralNames.parse(b, gn).openssl());
                        }
                    } else if (e.tag() == 0x82) {
                        lines.add("serial:" + Hexes.colons(e.content(b)));
                    } else {
                        throw new Der.DerException(e.offset(), "unexpected element in authorityKeyIdentifier");
                    }
                }
                return String.join("\n", lines);
            }
            case "2.5.29.31": // cRLDistributionPoints
                return crlDistributionPoints(b, v, d);
            case "1.3.6.1.5.5.7.1.1": { // authorityInfoAccess
                expect(v, 0x30, "authorityInfoAccess");
                List<String> lines = new ArrayList<>();
                for (Der.Tlv e : Der.children(b, v)) {
                    List<Der.Tlv> ad = Der.children(b, expect(e, 0x30, "AccessDescription"));
                    if (ad.size() != 2) {
                        throw new Der.DerException(e.offset(), "AccessDescription must be method + location");
                    }
                    String m = Oids.decode(b, ad.get(0));
                    String method = switch (m) {
                        case "1.3.6.1.5.5.7.48.1" -> "OCSP";
                        case "1.3.6.1.5.5.7.48.2" -> "CA Issuers";
                        default -> OpenSslObjects.text(m);
                    };
                    AccessDescription a = new AccessDescription(m, method, GeneralNames.parse(b, ad.get(1)));
                    d.authorityInfoAccess.add(a);
                    lines.add(a.toString());
                }
                return String.join("\n", lines);
            }
            case "2.5.29.32": { // certificatePolicies
                expect(v, 0x30, "certificatePolicies");
                List<String> lines = new ArrayList<>();
                for (Der.Tlv e : Der.children(b, v)) {
                    List<Der.Tlv> pi = Der.children(b, expect(e, 0x30, "PolicyInformation"));
                    if (pi.isEmpty()) {
                        throw new Der.DerException(e.offset(), "empty PolicyInformation");
                    }
                    String p = Oids.decode(b, pi.get(0));
                    d.policies.add(p);
                    lines.add("Policy: " + (p.equals("2.5.29.32.0") ? "X509v3 Any Policy" : p));
                    if (pi.size() > 1) {
                        for (Der.Tlv q : Der.children(b, pi.get(1))) {
                            List<Der.Tlv> qi = Der.children(b, q);
                            if (qi.size() == 2 && "1.3.6.1.5.5.7.2.1".equals(Oids.decode(b, qi.get(0)))
                                    && AsnStrings.isString(qi.get(1).tag())) {
                                lines.add("  CPS: " + AsnStrings.decode(qi.get(1).tag(), qi.get(1).content(b)));
                            }
                        }
                    }
                }
                return String.join("\n", lines);
            }
            case "2.5.29.30": // nameConstraints
                return nameConstraints(b, v);
            case "2.5.29.54": { // inhibitAnyPolicy
                byte[] n = expect(v, 0x02, "inhibitAnyPolicy").content(b);
                return n.length == 0 ? "" : new BigInteger(n).toString();
            }
            case "1.3.6.1.4.1.11129.2.4.2": // CT precertificate SCTs
                return scts(b, expect(v, 0x04, "SignedCertificateTimestampList"));
            case "1.3.6.1.5.5.7.1.24": { // TLS feature
                expect(v, 0x30, "TLS Feature");
                List<String> names = new ArrayList<>();
                for (Der.Tlv e : Der.children(b, v)) {
                    BigInteger n = new BigInteger(expect(e, 0x02, "TLS feature").length() == 0 ? new byte[] {0} : e.content(b));
                    names.add(n.intValue() == 5 ? "status_request" : n.intValue() == 17 ? "status_request_v2"
                            : n.toString());
                }
                return String.join(", ", names);
            }
            default:
                return dump(b, v);
        }
    }

    private static String joined(List<SubjectAltName> names) {
        List<String> s = new ArrayList<>();
        for (SubjectAltName n : names) {
            s.add(n.openssl());
        }
        return String.join(", ", s);
    }

    private static byte[] bitString(byte[] b, Der.Tlv v) throws Der.DerException {
        expect(v, 0x03, "BIT STRING");
        if (v.length() < 1 || (b[v.contentOffset()] & 0xff) > 7) {
            throw new Der.DerException(v.offset(), "BIT STRING without a valid unused-bits octet");
        }
        byte[] out = new byte[v.length() - 1];
        System.arraycopy(b, v.contentOffset() + 1, out, 0, out.length);
        return out;
    }

    private static String crlDistributionPoints(byte[] b, Der.Tlv v, Decoded d) throws Der.DerException {
        expect(v, 0x30, "cRLDistributionPoints");
        List<String> lines = new ArrayList<>();
        for (Der.Tlv dp : Der.children(b, v)) {
            for (Der.Tlv e : Der.children(b, expect(dp, 0x30, "DistributionPoint"))) {
                if (e.tag() != 0xa0) {
                    continue; // reasons / cRLIssuer: shown only through the dump below
                }
                for (Der.Tlv name : Der.children(b, e)) {
                    if (name.tag() == 0xa0) {
                        lines.add("Full Name:");
                        for (Der.Tlv gn : Der.children(b, name)) {
                            String s = GeneralNames.parse(b, gn).openssl();
                            d.crlDistributionPoints.add(s);
                            lines.add("  " + s);
                        }
                    } else if (name.tag() == 0xa1) {
                        lines.add("Relative Name:");
                        lines.add("  " + dump(b, name));
                    }
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String nameConstraints(byte[] b, Der.Tlv v) throws Der.DerException {
        expect(v, 0x30, "nameConstraints");
        List<String> lines = new ArrayList<>();
        for (Der.Tlv subtrees : Der.children(b, v)) {
            lines.add(subtrees.tag() == 0xa0 ? "Permitted:" : subtrees.tag() == 0xa1 ? "Excluded:" : "?:");
            for (Der.Tlv st : Der.children(b, subtrees)) {
                List<Der.Tlv> parts = Der.children(b, expect(st, 0x30, "GeneralSubtree"));
                if (parts.isEmpty()) {
                    throw new Der.DerException(st.offset(), "empty GeneralSubtree");
                }
                Der.Tlv base = parts.get(0);
                if (base.tag() == 0x87 && (base.length() == 8 || base.length() == 32)) {
                    byte[] ip = base.content(b);
                    int half = ip.length / 2;
                    byte[] addr = java.util.Arrays.copyOfRange(ip, 0, half);
                    byte[] mask = java.util.Arrays.copyOfRange(ip, half, ip.length);
                    lines.add("  IP:" + HostNames.formatIp(addr) + "/" + HostNames.formatIp(mask));
                } else {
                    lines.add("  " + GeneralNames.parse(b, base).openssl());
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String scts(byte[] b, Der.Tlv v) throws Der.DerException {
        int p = v.contentOffset();
        int end = v.end();
        if (end - p < 2) {
            throw new Der.DerException(v.offset(), "SCT list too short");
        }
        int total = ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
        p += 2;
        if (total != end - p) {
            throw new Der.DerException(v.offset(), "SCT list length " + total + " does not match " + (end - p));
        }
        int count = 0;
        while (p < end) {
            if (end - p < 2) {
                throw new Der.DerException(p, "truncated SCT");
            }
            int len = ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
            p += 2;
            if (len > end - p) {
                throw new Der.DerException(p, "SCT claims " + len + " bytes");
            }
            p += len;
            count++;
        }
        return count + " signed certificate timestamp" + (count == 1 ? "" : "s");
    }

    /** A generic rendering of an element we do not decode: Bouncy Castle's ASN.1 dump, capped. */
    static String dump(byte[] b, Der.Tlv v) {
        String s;
        try {
            s = org.bouncycastle.asn1.util.ASN1Dump.dumpAsString(
                    org.bouncycastle.asn1.ASN1Primitive.fromByteArray(v.bytes(b)), true);
        } catch (java.io.IOException | RuntimeException e) {
            s = Hexes.colons(v.bytes(b));
        }
        s = s.strip();
        return s.length() > 4000 ? s.substring(0, 4000) + " ..." : s;
    }

    /** Short names of extended key usages ({@code serverAuth}, {@code sipDomain}); the OID otherwise. */
    public static String purposeName(String oid) {
        switch (oid) {
            case KeyPurpose.SIP_DOMAIN:
                return "sipDomain";
            case KeyPurpose.ANY:
                return "anyExtendedKeyUsage";
            default:
                String sn = OpenSslObjects.shortName(oid);
                return sn != null ? sn : oid;
        }
    }
}
