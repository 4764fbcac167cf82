package org.siptrust.x509.internal;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;

/** Names of signature and public key algorithms, in JCA style, and key sizes. */
public final class Algorithms {

    private Algorithms() {
    }

    private static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry("1.2.840.113549.1.1.2", "MD2withRSA"),
            Map.entry("1.2.840.113549.1.1.3", "MD4withRSA"),
            Map.entry("1.2.840.113549.1.1.4", "MD5withRSA"),
            Map.entry("1.2.840.113549.1.1.5", "SHA1withRSA"),
            Map.entry("1.3.14.3.2.29", "SHA1withRSA"),
            Map.entry("1.2.840.113549.1.1.14", "SHA224withRSA"),
            Map.entry("1.2.840.113549.1.1.11", "SHA256withRSA"),
            Map.entry("1.2.840.113549.1.1.12", "SHA384withRSA"),
            Map.entry("1.2.840.113549.1.1.13", "SHA512withRSA"),
            Map.entry("1.2.840.113549.1.1.15", "SHA512(224)withRSA"),
            Map.entry("1.2.840.113549.1.1.16", "SHA512(256)withRSA"),
            Map.entry("2.16.840.1.101.3.4.3.13", "SHA3-224withRSA"),
            Map.entry("2.16.840.1.101.3.4.3.14", "SHA3-256withRSA"),
            Map.entry("2.16.840.1.101.3.4.3.15", "SHA3-384withRSA"),
            Map.entry("2.16.840.1.101.3.4.3.16", "SHA3-512withRSA"),
            Map.entry("1.2.840.10045.4.1", "SHA1withECDSA"),
            Map.entry("1.2.840.10045.4.3.1", "SHA224withECDSA"),
            Map.entry("1.2.840.10045.4.3.2", "SHA256withECDSA"),
            Map.entry("1.2.840.10045.4.3.3", "SHA384withECDSA"),
            Map.entry("1.2.840.10045.4.3.4", "SHA512withECDSA"),
            Map.entry("2.16.840.1.101.3.4.3.9", "SHA3-224withECDSA"),
            Map.entry("2.16.840.1.101.3.4.3.10", "SHA3-256withECDSA"),
            Map.entry("2.16.840.1.101.3.4.3.11", "SHA3-384withECDSA"),
            Map.entry("2.16.840.1.101.3.4.3.12", "SHA3-512withECDSA"),
            Map.entry("1.2.840.10040.4.3", "SHA1withDSA"),
            Map.entry("2.16.840.1.101.3.4.3.1", "SHA224withDSA"),
            Map.entry("2.16.840.1.101.3.4.3.2", "SHA256withDSA"),
            Map.entry("1.3.101.112", "Ed25519"),
            Map.entry("1.3.101.113", "Ed448"),
            Map.entry("2.16.840.1.101.3.4.3.17", "ML-DSA-44"),
            Map.entry("2.16.840.1.101.3.4.3.18", "ML-DSA-65"),
            Map.entry("2.16.840.1.101.3.4.3.19", "ML-DSA-87"));

    private static final Map<String, String> DIGESTS = Map.of(
            "1.3.14.3.2.26", "SHA1",
            "2.16.840.1.101.3.4.2.4", "SHA224",
            "2.16.840.1.101.3.4.2.1", "SHA256",
            "2.16.840.1.101.3.4.2.2", "SHA384",
            "2.16.840.1.101.3.4.2.3", "SHA512",
            "1.2.840.113549.2.5", "MD5");

    public static final String RSASSA_PSS = "1.2.840.113549.1.1.10";

    /**
     * JCA-style name of a signature algorithm such as {@code SHA256withRSA}; for RSASSA-PSS the
     * hash comes from the parameters ({@code SHA256withRSAandMGF1}).
     */
    public static String signatureName(String oid, byte[] b, Der.Tlv params) {
        String n = SIGNATURES.get(oid);
        if (n != null) {
            return n;
        }
        if (RSASSA_PSS.equals(oid)) {
            return pssHash(b, params) + "withRSAandMGF1";
        }
        return OpenSslObjects.text(oid);
    }

    /** The hash inside RSASSA-PSS parameters; SHA1 is the ASN.1 default. */
    private static String pssHash(byte[] b, Der.Tlv params) {
        try {
            if (params != null && params.tag() == 0x30) {
                for (Der.Tlv p : Der.children(b, params)) {
                    if (p.tag() == 0xa0) {
                        List<Der.Tlv> alg = Der.children(b, Der.children(b, p).get(0));
                        return DIGESTS.getOrDefault(Oids.decode(b, alg.get(0)), "UNKNOWN");
                    }
                }
            }
        } catch (Der.DerException | RuntimeException e) {
            return "UNKNOWN";
        }
        return "SHA1";
    }

    /** The digest part of a signature algorithm name in upper case ({@code SHA1}, {@code MD5}), or null. */
    public static String digestOf(String signatureName) {
        int w = signatureName.indexOf("with");
        return w > 0 ? signatureName.substring(0, w).toUpperCase(java.util.Locale.ROOT) : null;
    }

    /** Algorithm, size in bits and curve of a SubjectPublicKeyInfo. */
    public record KeyDescription(String algorithm, int bits, String curve) {
    }

    public static KeyDescription describeKey(byte[] b, Der.Tlv spki) throws Der.DerException {
        List<Der.Tlv> parts = Der.children(b, spki);
        if (parts.size() != 2 || parts.get(0).tag() != 0x30 || parts.get(1).tag() != 0x03) {
            throw new Der.DerException(spki.offset(), "SubjectPublicKeyInfo is not AlgorithmIdentifier + BIT STRING");
        }
        List<Der.Tlv> alg = Der.children(b, parts.get(0));
        if (alg.isEmpty()) {
            throw new Der.DerException(parts.get(0).offset(), "empty AlgorithmIdentifier");
        }
        String oid = Oids.decode(b, alg.get(0));
        Der.Tlv params = alg.size() > 1 ? alg.get(1) : null;
        Der.Tlv bits = parts.get(1);
        if (bits.length() < 1) {
            throw new Der.DerException(bits.offset(), "empty public key BIT STRING");
        }
        int keyBytes = bits.length() - 1;
        switch (oid) {
            case "1.2.840.113549.1.1.1":
            case RSASSA_PSS: {
                String name = oid.equals(RSASSA_PSS) ? "RSASSA-PSS" : "RSA";
                Der.Tlv key = Der.single(b, bits.contentOffset() + 1, bits.end());
                List<Der.Tlv> ne = Der.children(b, key);
                if (ne.isEmpty() || ne.get(0).tag() != 0x02) {
                    throw new Der.DerException(key.offset(), "RSA public key without a modulus");
                }
                return new KeyDescription(name, new BigInteger(1, ne.get(0).content(b)).bitLength(), null);
            }
            case "1.2.840.10045.2.1": {
                if (params != null && params.tag() == 0x06) {
                    String curveOid = Oids.decode(b, params);
                    return new KeyDescription("EC", curveBits(curveOid, keyBytes), curveName(curveOid));
                }
                // Explicit or implicit parameters: estimate from an uncompressed point.
                return new KeyDescription("EC", keyBytes > 1 ? (keyBytes - 1) / 2 * 8 : 0, null);
            }
            case "1.2.840.10040.4.1": {
                if (params != null && params.tag() == 0x30) {
                    List<Der.Tlv> pqg = Der.children(b, params);
                    if (!pqg.isEmpty() && pqg.get(0).tag() == 0x02) {
                        return new KeyDescription("DSA", new BigInteger(1, pqg.get(0).content(b)).bitLength(), null);
                    }
                }
                return new KeyDescription("DSA", keyBytes * 8, null);
            }
            case "1.3.101.112":
                return new KeyDescription("Ed25519", 256, null);
            case "1.3.101.113":
                return new KeyDescription("Ed448", 456, null);
            case "1.3.101.110":
                return new KeyDescription("X25519", 256, null);
            case "1.3.101.111":
                return new KeyDescription("X448", 448, null);
            default:
                return new KeyDescription(OpenSslObjects.text(oid), keyBytes * 8, null);
        }
    }

    private static String curveName(String oid) {
        try {
            ASN1ObjectIdentifier id = new ASN1ObjectIdentifier(oid);
            String n = SECNamedCurves.getName(id);
            if (n == null) {
                n = ECNamedCurveTable.getName(id);
            }
            return n != null ? n : OpenSslObjects.shortText(oid);
        } catch (RuntimeException e) {
            return oid;
        }
    }

    /** Field sizes of the curves seen in practice, so the common case needs no curve construction. */
    private static final Map<String, Integer> CURVE_BITS = Map.of(
            "1.2.840.10045.3.1.7", 256, // secp256r1 / P-256
            "1.3.132.0.34", 384, // secp384r1
            "1.3.132.0.35", 521, // secp521r1
            "1.3.132.0.10", 256, // secp256k1
            "1.3.132.0.33", 224, // secp224r1
            "1.2.840.10045.3.1.1", 192, // prime192v1
            "1.3.36.3.3.2.8.1.1.7", 256, // brainpoolP256r1
            "1.3.36.3.3.2.8.1.1.11", 384, // brainpoolP384r1
            "1.3.36.3.3.2.8.1.1.13", 512); // brainpoolP512r1

    private static int curveBits(String oid, int keyBytes) {
        Integer known = CURVE_BITS.get(oid);
        if (known != null) {
            return known;
        }
        try {
            X9ECParameters p = ECNamedCurveTable.getByOID(new ASN1ObjectIdentifier(oid));
            if (p != null) {
                return p.getCurve().getFieldSize();
            }
        } catch (RuntimeException e) {
            // unknown curve: fall through to the estimate
        }
        return keyBytes > 1 ? (keyBytes - 1) / 2 * 8 : 0;
    }
}
