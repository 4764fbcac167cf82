package org.siptrust.tls.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.siptrust.core.Hex;

/**
 * Parsers for the TLS handshake messages that matter to decryption and to identity checks
 * (RFC 5246 §7.4, RFC 8446 §4). Each takes the message body (without the 4-byte handshake
 * header) and throws {@link TlsDecodeException} on anything malformed.
 */
public final class Handshake {
    public static final int HELLO_REQUEST = 0;
    public static final int CLIENT_HELLO = 1;
    public static final int SERVER_HELLO = 2;
    public static final int NEW_SESSION_TICKET = 4;
    public static final int END_OF_EARLY_DATA = 5;
    public static final int ENCRYPTED_EXTENSIONS = 8;
    public static final int CERTIFICATE = 11;
    public static final int SERVER_KEY_EXCHANGE = 12;
    public static final int CERTIFICATE_REQUEST = 13;
    public static final int SERVER_HELLO_DONE = 14;
    public static final int CERTIFICATE_VERIFY = 15;
    public static final int CLIENT_KEY_EXCHANGE = 16;
    public static final int FINISHED = 20;
    public static final int CERTIFICATE_STATUS = 22;
    public static final int KEY_UPDATE = 24;

    static final int EXT_SERVER_NAME = 0;
    static final int EXT_ALPN = 16;
    static final int EXT_ENCRYPT_THEN_MAC = 22;
    static final int EXT_EXTENDED_MASTER_SECRET = 23;
    static final int EXT_SESSION_TICKET = 35;
    static final int EXT_PRE_SHARED_KEY = 41;
    static final int EXT_EARLY_DATA = 42;
    static final int EXT_SUPPORTED_VERSIONS = 43;
    static final int EXT_KEY_SHARE = 51;

    /** SHA-256("HelloRetryRequest"), the ServerHello.random of a HelloRetryRequest (RFC 8446 §4.1.3). */
    static final byte[] HRR_RANDOM = Hex.parse("cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");

    private static final int MAX_CERTIFICATES = 64;

    private Handshake() {
    }

    public static String typeName(int type) {
        return switch (type) {
            case HELLO_REQUEST -> "HelloRequest";
            case CLIENT_HELLO -> "ClientHello";
            case SERVER_HELLO -> "ServerHello";
            case NEW_SESSION_TICKET -> "NewSessionTicket";
            case END_OF_EARLY_DATA -> "EndOfEarlyData";
            case ENCRYPTED_EXTENSIONS -> "EncryptedExtensions";
            case CERTIFICATE -> "Certificate";
            case SERVER_KEY_EXCHANGE -> "ServerKeyExchange";
            case CERTIFICATE_REQUEST -> "CertificateRequest";
            case SERVER_HELLO_DONE -> "ServerHelloDone";
            case CERTIFICATE_VERIFY -> "CertificateVerify";
            case CLIENT_KEY_EXCHANGE -> "ClientKeyExchange";
            case FINISHED -> "Finished";
            case CERTIFICATE_STATUS -> "CertificateStatus";
            case KEY_UPDATE -> "KeyUpdate";
            default -> "handshake type " + type;
        };
    }

    /** The facts of a ClientHello. {@code sessionTicket} is null when the extension is absent. */
    public record ClientHello(int version, byte[] random, byte[] sessionId, List<Integer> cipherSuites, String sni,
            List<String> alpn, List<Integer> supportedVersions, List<Integer> keyShareGroups,
            boolean extendedMasterSecret, boolean encryptThenMac, byte[] sessionTicket, int pskIdentities,
            boolean earlyData, boolean sslv2) {
    }

    /** The facts of a ServerHello (or HelloRetryRequest). */
    public record ServerHello(int legacyVersion, byte[] random, byte[] sessionId, int cipherSuite, int selectedVersion,
            boolean helloRetryRequest, boolean extendedMasterSecret, boolean encryptThenMac, boolean sessionTicket,
            boolean pskAccepted, String alpn, int keyShareGroup) {

        /** The negotiated version: supported_versions when present (TLS 1.3), else legacy_version. */
        public int version() {
            return selectedVersion > 0 ? selectedVersion : legacyVersion;
        }
    }

    public static ClientHello clientHello(byte[] body) {
        ByteReader r = new ByteReader(body, "ClientHello");
        int version = r.u16("client_version");
        byte[] random = r.bytes(32, "random");
        byte[] sid = r.vector8("session_id");
        ByteReader suitesR = r.subVector16("cipher_suites");
        List<Integer> suites = new ArrayList<>();
        while (suitesR.remaining() >= 2) {
            suites.add(suitesR.u16("cipher_suite"));
        }
        r.vector8("compression_methods");
        String sni = null;
        List<String> alpn = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        boolean ems = false;
        boolean etm = false;
        byte[] ticket = null;
        int psk = 0;
        boolean early = false;
        if (r.hasRemaining()) {
            ByteReader exts = r.subVector16("extensions");
            while (exts.hasRemaining()) {
                int type = exts.u16("extension_type");
                ByteReader e = exts.subVector16("extension_data");
                switch (type) {
                    case EXT_SERVER_NAME -> sni = serverName(e);
                    case EXT_ALPN -> alpn = protocolNames(e);
                    case EXT_SUPPORTED_VERSIONS -> {
                        ByteReader v = e.subVector8("supported_versions");
                        while (v.remaining() >= 2) {
                            versions.add(v.u16("version"));
                        }
                    }
                    case EXT_KEY_SHARE -> {
                        ByteReader ks = e.subVector16("client_shares");
                        while (ks.hasRemaining()) {
                            groups.add(ks.u16("group"));
                            ks.subVector16("key_exchange");
                        }
                    }
                    case EXT_EXTENDED_MASTER_SECRET -> ems = true;
                    case EXT_ENCRYPT_THEN_MAC -> etm = true;
                    case EXT_SESSION_TICKET -> ticket = e.bytes(e.remaining(), "session_ticket");
                    case EXT_PRE_SHARED_KEY -> {
                        ByteReader ids = e.subVector16("identities");
                        while (ids.hasRemaining()) {
                            ids.subVector16("identity");
                            ids.u32("obfuscated_ticket_age");
                            psk++;
                        }
                    }
                    case EXT_EARLY_DATA -> early = true;
                    default -> {
                    }
                }
            }
        }
        return new ClientHello(version, random, sid, List.copyOf(suites), sni, List.copyOf(alpn), List.copyOf(versions),
                List.copyOf(groups), ems, etm, ticket, psk, early, false);
    }

    /** An SSL 2.0-compatible ClientHello (RFC 5246 Appendix E.2), without its 2-byte record header. */
    public static ClientHello sslv2ClientHello(byte[] msg) {
        ByteReader r = new ByteReader(msg, "SSLv2 ClientHello");
        if (r.u8("msg_type") != 1) {
            throw new TlsDecodeException("SSLv2 ClientHello", 0, "not a CLIENT-HELLO");
        }
        int version = r.u16("version");
        int specLen = r.u16("cipher_spec_length");
        int sidLen = r.u16("session_id_length");
        int chLen = r.u16("challenge_length");
        if (chLen < 16 || chLen > 32 || specLen % 3 != 0) {
            throw new TlsDecodeException("SSLv2 ClientHello", 7, "bad challenge or cipher spec length");
        }
        ByteReader specs = r.sub(specLen, "cipher_specs");
        List<Integer> suites = new ArrayList<>();
        while (specs.remaining() >= 3) {
            int hi = specs.u8("cipher_spec");
            int code = specs.u16("cipher_spec");
            if (hi == 0) {
                suites.add(code);
            }
        }
        byte[] sid = r.bytes(sidLen, "session_id");
        byte[] challenge = r.bytes(chLen, "challenge");
        byte[] random = new byte[32];
        System.arraycopy(challenge, 0, random, 32 - chLen, chLen);
        return new ClientHello(version, random, sid, List.copyOf(suites), null, List.of(), List.of(), List.of(), false,
                false, null, 0, false, true);
    }

    public static ServerHello serverHello(byte[] body) {
        ByteReader r = new ByteReader(body, "ServerHello");
        int version = r.u16("server_version");
        byte[] random = r.bytes(32, "random");
        byte[] sid = r.vector8("session_id");
        int suite = r.u16("cipher_suite");
        r.u8("compression_method");
        boolean hrr = Arrays.equals(random, HRR_RANDOM);
        int selected = -1;
        boolean ems = false;
        boolean etm = false;
        boolean ticket = false;
        boolean psk = false;
        String alpn = null;
        int group = -1;
        if (r.hasRemaining()) {
            ByteReader exts = r.subVector16("extensions");
            while (exts.hasRemaining()) {
                int type = exts.u16("extension_type");
                ByteReader e = exts.subVector16("extension_data");
                switch (type) {
                    case EXT_SUPPORTED_VERSIONS -> selected = e.u16("selected_version");
                    case EXT_EXTENDED_MASTER_SECRET -> ems = true;
                    case EXT_ENCRYPT_THEN_MAC -> etm = true;
                    case EXT_SESSION_TICKET -> ticket = true;
                    case EXT_PRE_SHARED_KEY -> psk = true;
                    case EXT_ALPN -> {
                        List<String> p = protocolNames(e);
                        alpn = p.isEmpty() ? null : p.get(0);
                    }
                    case EXT_KEY_SHARE -> group = e.u16("group");
                    default -> {
                    }
                }
            }
        }
        return new ServerHello(version, random, sid, suite, selected, hrr, ems, etm, ticket, psk, alpn, group);
    }

    /** Facts of TLS 1.3 EncryptedExtensions: the selected ALPN protocol and whether early data was accepted. */
    public record EncryptedExtensions(String alpn, boolean earlyDataAccepted) {
    }

    public static EncryptedExtensions encryptedExtensions(byte[] body) {
        ByteReader r = new ByteReader(body, "EncryptedExtensions");
        ByteReader exts = r.subVector16("extensions");
        String alpn = null;
        boolean early = false;
        while (exts.hasRemaining()) {
            int type = exts.u16("extension_type");
            ByteReader e = exts.subVector16("extension_data");
            if (type == EXT_ALPN) {
                List<String> p = protocolNames(e);
                alpn = p.isEmpty() ? null : p.get(0);
            } else if (type == EXT_EARLY_DATA) {
                early = true;
            }
        }
        return new EncryptedExtensions(alpn, early);
    }

    /** DER certificates of a Certificate message, in the order sent (TLS 1.2 or 1.3 layout). */
    public static List<byte[]> certificates(byte[] body, boolean tls13) {
        ByteReader r = new ByteReader(body, "Certificate");
        if (tls13) {
            r.vector8("certificate_request_context");
        }
        ByteReader list = r.subVector24("certificate_list");
        List<byte[]> out = new ArrayList<>();
        while (list.hasRemaining()) {
            byte[] der = list.vector24("ASN.1Cert");
            if (der.length == 0) {
                throw new TlsDecodeException("Certificate", list.position(), "empty certificate");
            }
            if (out.size() < MAX_CERTIFICATES) {
                out.add(der);
            }
            if (tls13) {
                list.subVector16("certificate extensions");
            }
        }
        return out;
    }

    /** The RSA-encrypted premaster of a ClientKeyExchange (with the TLS 2-byte length, or bare for SSLv3). */
    public static byte[] encryptedPremaster(byte[] body) {
        if (body.length >= 2) {
            int len = ((body[0] & 0xff) << 8) | (body[1] & 0xff);
            if (len == body.length - 2) {
                return Arrays.copyOfRange(body, 2, body.length);
            }
        }
        return body.clone();
    }

    /** The ticket of a TLS 1.2 NewSessionTicket (RFC 5077 §3.3). */
    public static byte[] sessionTicket12(byte[] body) {
        ByteReader r = new ByteReader(body, "NewSessionTicket");
        r.u32("ticket_lifetime_hint");
        return r.vector16("ticket");
    }

    /** True when a TLS 1.3 KeyUpdate asks the peer to update too. */
    public static boolean keyUpdateRequested(byte[] body) {
        ByteReader r = new ByteReader(body, "KeyUpdate");
        int v = r.u8("request_update");
        if (v > 1) {
            throw new TlsDecodeException("KeyUpdate", 0, "request_update " + v);
        }
        return v == 1;
    }

    private static String serverName(ByteReader e) {
        if (!e.hasRemaining()) {
            return null; // the empty extension a server echoes
        }
        ByteReader list = e.subVector16("server_name_list");
        while (list.hasRemaining()) {
            int type = list.u8("name_type");
            byte[] name = list.vector16("host_name");
            if (type == 0) {
                return new String(name, StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    private static List<String> protocolNames(ByteReader e) {
        List<String> out = new ArrayList<>();
        ByteReader list = e.subVector16("protocol_name_list");
        while (list.hasRemaining()) {
            out.add(new String(list.vector8("protocol_name"), StandardCharsets.ISO_8859_1));
        }
        return out;
    }
}
