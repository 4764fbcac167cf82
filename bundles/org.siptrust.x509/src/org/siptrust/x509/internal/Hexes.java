package org.siptrust.x509.internal;

import org.siptrust.core.Hex;

/** Hex forms OpenSSL prints: upper case, with or without colons. */
public final class Hexes {

    private Hexes() {
    }

    public static String upper(byte[] b) {
        return Hex.of(b).toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code C4:C6:30:BC}, as openssl prints key identifiers. */
    public static String colons(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 3);
        String h = upper(b);
        for (int i = 0; i < h.length(); i += 2) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(h, i, i + 2);
        }
        return sb.toString();
    }
}
