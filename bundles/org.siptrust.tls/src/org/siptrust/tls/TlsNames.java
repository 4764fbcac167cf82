package org.siptrust.tls;

import java.util.Locale;

import org.siptrust.tls.internal.CipherSuite;

/** The names tshark and the IANA registries use for TLS versions, cipher suites and alerts. */
public final class TlsNames {
    private TlsNames() {
    }

    /** "SSLv3", "TLSv1.0" .. "TLSv1.3", or the hex value for anything else. */
    public static String version(int version) {
        return switch (version) {
            case 0x0002 -> "SSLv2";
            case 0x0300 -> "SSLv3";
            case 0x0301 -> "TLSv1.0";
            case 0x0302 -> "TLSv1.1";
            case 0x0303 -> "TLSv1.2";
            case 0x0304 -> "TLSv1.3";
            default -> String.format(Locale.ROOT, "0x%04x", version & 0xffff);
        };
    }

    /** IANA name of a cipher suite, or "unknown (0x....)". */
    public static String cipherSuite(int code) {
        return CipherSuite.nameOf(code);
    }

    /** Lower-case four-digit hex such as {@code 0x1302}. */
    public static String cipherSuiteHex(int code) {
        return CipherSuite.hex(code);
    }

    /** "warning" or "fatal". */
    public static String alertLevel(int level) {
        return switch (level) {
            case 1 -> "warning";
            case 2 -> "fatal";
            default -> "level" + level;
        };
    }

    /** RFC 8446 §6 / RFC 5246 §7.2 alert description name such as {@code bad_certificate}. */
    public static String alertDescription(int description) {
        return switch (description) {
            case 0 -> "close_notify";
            case 10 -> "unexpected_message";
            case 20 -> "bad_record_mac";
            case 21 -> "decryption_failed";
            case 22 -> "record_overflow";
            case 30 -> "decompression_failure";
            case 40 -> "handshake_failure";
            case 41 -> "no_certificate";
            case 42 -> "bad_certificate";
            case 43 -> "unsupported_certificate";
            case 44 -> "certificate_revoked";
            case 45 -> "certificate_expired";
            case 46 -> "certificate_unknown";
            case 47 -> "illegal_parameter";
            case 48 -> "unknown_ca";
            case 49 -> "access_denied";
            case 50 -> "decode_error";
            case 51 -> "decrypt_error";
            case 60 -> "export_restriction";
            case 70 -> "protocol_version";
            case 71 -> "insufficient_security";
            case 80 -> "internal_error";
            case 86 -> "inappropriate_fallback";
            case 90 -> "user_canceled";
            case 100 -> "no_renegotiation";
            case 109 -> "missing_extension";
            case 110 -> "unsupported_extension";
            case 111 -> "certificate_unobtainable";
            case 112 -> "unrecognized_name";
            case 113 -> "bad_certificate_status_response";
            case 114 -> "bad_certificate_hash_value";
            case 115 -> "unknown_psk_identity";
            case 116 -> "certificate_required";
            case 120 -> "no_application_protocol";
            default -> "alert_" + description;
        };
    }
}
