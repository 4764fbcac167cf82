package org.siptrust.tls.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One TLS cipher suite as far as decryption cares: its IANA code and name, how the premaster
 * secret is agreed, the bulk cipher and MAC of the record layer, and the hash of the PRF (TLS
 * 1.2) or HKDF (TLS 1.3). The properties are derived from the IANA name, which encodes all of
 * them, so the table below only lists codes and names.
 */
public record CipherSuite(int code, String name, KeyExchange keyExchange, BulkCipher cipher, MacAlgorithm mac,
        String prfHash) {

    /** How the premaster secret is agreed; decides whether an RSA private key can help. */
    public enum KeyExchange {
        RSA, DHE, ECDHE, ECDH, DH, PSK, DHE_PSK, ECDHE_PSK, RSA_PSK, SRP, TLS13, OTHER;

        /** Human name used in explanations ("ECDHE key exchange"). */
        public String label() {
            return switch (this) {
                case TLS13 -> "TLS 1.3";
                case DHE_PSK -> "DHE-PSK";
                case ECDHE_PSK -> "ECDHE-PSK";
                case RSA_PSK -> "RSA-PSK";
                default -> name();
            };
        }
    }

    /** The record protection scheme. */
    public enum Kind {
        NULL, STREAM, CBC, AEAD, UNSUPPORTED
    }

    /** Bulk ciphers; lengths in bytes. */
    public enum BulkCipher {
        NULL(Kind.NULL, 0, 0, 0, 0, 0),
        RC4_128(Kind.STREAM, 16, 0, 0, 0, 0),
        DES_EDE3_CBC(Kind.CBC, 24, 8, 8, 0, 0),
        AES_128_CBC(Kind.CBC, 16, 16, 16, 0, 0),
        AES_256_CBC(Kind.CBC, 32, 16, 16, 0, 0),
        AES_128_GCM(Kind.AEAD, 16, 0, 4, 8, 16),
        AES_256_GCM(Kind.AEAD, 32, 0, 4, 8, 16),
        AES_128_CCM(Kind.AEAD, 16, 0, 4, 8, 16),
        AES_256_CCM(Kind.AEAD, 32, 0, 4, 8, 16),
        AES_128_CCM_8(Kind.AEAD, 16, 0, 4, 8, 8),
        AES_256_CCM_8(Kind.AEAD, 32, 0, 4, 8, 8),
        CHACHA20_POLY1305(Kind.AEAD, 32, 0, 12, 0, 16),
        CAMELLIA_128_CBC(Kind.CBC, 16, 16, 16, 0, 0),
        CAMELLIA_256_CBC(Kind.CBC, 32, 16, 16, 0, 0),
        ARIA_128_GCM(Kind.AEAD, 16, 0, 4, 8, 16),
        ARIA_256_GCM(Kind.AEAD, 32, 0, 4, 8, 16),
        UNSUPPORTED(Kind.UNSUPPORTED, 0, 0, 0, 0, 0);

        public final Kind kind;
        public final int keyLength;
        public final int blockSize;
        /** TLS 1.2 key-block IV length: AEAD salt, or the CBC IV that TLS 1.0 uses. */
        public final int fixedIvLength;
        /** Explicit per-record nonce carried in front of TLS 1.2 AEAD ciphertext. */
        public final int explicitNonceLength;
        public final int tagLength;

        BulkCipher(Kind kind, int keyLength, int blockSize, int fixedIvLength, int explicitNonceLength,
                int tagLength) {
            this.kind = kind;
            this.keyLength = keyLength;
            this.blockSize = blockSize;
            this.fixedIvLength = fixedIvLength;
            this.explicitNonceLength = explicitNonceLength;
            this.tagLength = tagLength;
        }

        public boolean isCcm() {
            return this == AES_128_CCM || this == AES_256_CCM || this == AES_128_CCM_8 || this == AES_256_CCM_8;
        }

        public boolean isGcm() {
            return this == AES_128_GCM || this == AES_256_GCM;
        }

        public boolean isAria() {
            return this == ARIA_128_GCM || this == ARIA_256_GCM;
        }

        public boolean isCamellia() {
            return this == CAMELLIA_128_CBC || this == CAMELLIA_256_CBC;
        }
    }

    /** Record MAC of the non-AEAD suites. */
    public enum MacAlgorithm {
        NONE(null, 0), MD5("HmacMD5", 16), SHA1("HmacSHA1", 20), SHA256("HmacSHA256", 32), SHA384("HmacSHA384", 48);

        public final String jcaName;
        public final int length;

        MacAlgorithm(String jcaName, int length) {
            this.jcaName = jcaName;
            this.length = length;
        }
    }

    /** True when this library can decrypt records protected by this suite. */
    public boolean decryptable() {
        return cipher != BulkCipher.UNSUPPORTED && keyExchange != KeyExchange.OTHER;
    }

    public boolean isTls13() {
        return keyExchange == KeyExchange.TLS13;
    }

    /** Lower-case four-digit hex code such as {@code 0x1302}. */
    public static String hex(int code) {
        return String.format(Locale.ROOT, "0x%04x", code & 0xffff);
    }

    private static final Map<Integer, CipherSuite> BY_CODE;

    static {
        Map<Integer, CipherSuite> m = new HashMap<>();
        for (String line : CipherSuiteNames.TABLE.split("\n")) {
            String t = line.trim();
            if (t.isEmpty()) {
                continue;
            }
            int sp = t.indexOf(' ');
            int code = Integer.parseInt(t.substring(2, sp), 16);
            String name = t.substring(sp + 1).trim();
            m.put(code, fromName(code, name));
        }
        BY_CODE = Collections.unmodifiableMap(m);
    }

    /** The suite with this code, or null when it is not in the table. */
    public static CipherSuite byCode(int code) {
        return BY_CODE.get(code);
    }

    /** The IANA name of {@code code}, or {@code "unknown (0x....)"}. */
    public static String nameOf(int code) {
        CipherSuite s = BY_CODE.get(code);
        return s != null ? s.name : "unknown (" + hex(code) + ")";
    }

    static CipherSuite fromName(int code, String name) {
        if (!name.startsWith("TLS_") || name.endsWith("_SCSV")) {
            return new CipherSuite(code, name, KeyExchange.OTHER, BulkCipher.UNSUPPORTED, MacAlgorithm.NONE, "SHA-256");
        }
        int with = name.indexOf("_WITH_");
        if (with < 0) { // TLS 1.3: TLS_AES_128_GCM_SHA256
            String body = name.substring(4);
            String hash = body.endsWith("SHA384") ? "SHA-384" : "SHA-256";
            String c = body.substring(0, body.lastIndexOf('_'));
            return new CipherSuite(code, name, KeyExchange.TLS13, bulk(c), MacAlgorithm.NONE, hash);
        }
        String kx = name.substring(4, with);
        String rest = name.substring(with + 6);
        MacAlgorithm mac;
        String cipherPart;
        if (rest.endsWith("_SHA384")) {
            mac = MacAlgorithm.SHA384;
            cipherPart = rest.substring(0, rest.length() - 7);
        } else if (rest.endsWith("_SHA256")) {
            mac = MacAlgorithm.SHA256;
            cipherPart = rest.substring(0, rest.length() - 7);
        } else if (rest.endsWith("_SHA")) {
            mac = MacAlgorithm.SHA1;
            cipherPart = rest.substring(0, rest.length() - 4);
        } else if (rest.endsWith("_MD5")) {
            mac = MacAlgorithm.MD5;
            cipherPart = rest.substring(0, rest.length() - 4);
        } else {
            mac = MacAlgorithm.NONE; // CCM suites carry no hash in the name
            cipherPart = rest;
        }
        BulkCipher bulk = bulk(cipherPart);
        String prf = mac == MacAlgorithm.SHA384 ? "SHA-384" : "SHA-256";
        if (bulk.kind == Kind.AEAD) {
            mac = MacAlgorithm.NONE;
        }
        return new CipherSuite(code, name, keyExchange(kx), bulk, mac, prf);
    }

    private static BulkCipher bulk(String c) {
        return switch (c) {
            case "NULL" -> BulkCipher.NULL;
            case "RC4_128" -> BulkCipher.RC4_128;
            case "3DES_EDE_CBC" -> BulkCipher.DES_EDE3_CBC;
            case "AES_128_CBC" -> BulkCipher.AES_128_CBC;
            case "AES_256_CBC" -> BulkCipher.AES_256_CBC;
            case "AES_128_GCM" -> BulkCipher.AES_128_GCM;
            case "AES_256_GCM" -> BulkCipher.AES_256_GCM;
            case "AES_128_CCM" -> BulkCipher.AES_128_CCM;
            case "AES_256_CCM" -> BulkCipher.AES_256_CCM;
            case "AES_128_CCM_8" -> BulkCipher.AES_128_CCM_8;
            case "AES_256_CCM_8" -> BulkCipher.AES_256_CCM_8;
            case "CHACHA20_POLY1305" -> BulkCipher.CHACHA20_POLY1305;
            case "CAMELLIA_128_CBC" -> BulkCipher.CAMELLIA_128_CBC;
            case "CAMELLIA_256_CBC" -> BulkCipher.CAMELLIA_256_CBC;
            case "ARIA_128_GCM" -> BulkCipher.ARIA_128_GCM;
            case "ARIA_256_GCM" -> BulkCipher.ARIA_256_GCM;
            default -> BulkCipher.UNSUPPORTED;
        };
    }

    private static KeyExchange keyExchange(String kx) {
        return switch (kx) {
            case "RSA" -> KeyExchange.RSA;
            case "DHE_RSA", "DHE_DSS", "DH_anon" -> KeyExchange.DHE;
            case "ECDHE_RSA", "ECDHE_ECDSA", "ECDH_anon" -> KeyExchange.ECDHE;
            case "ECDH_RSA", "ECDH_ECDSA" -> KeyExchange.ECDH;
            case "DH_RSA", "DH_DSS" -> KeyExchange.DH;
            case "PSK" -> KeyExchange.PSK;
            case "DHE_PSK", "PSK_DHE" -> KeyExchange.DHE_PSK;
            case "ECDHE_PSK" -> KeyExchange.ECDHE_PSK;
            case "RSA_PSK" -> KeyExchange.RSA_PSK;
            case "SRP_SHA", "SRP_SHA_RSA", "SRP_SHA_DSS" -> KeyExchange.SRP;
            default -> KeyExchange.OTHER;
        };
    }
}
