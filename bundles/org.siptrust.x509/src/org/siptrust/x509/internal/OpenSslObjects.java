package org.siptrust.x509.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * OpenSSL's object table (OID, short name, long name), so that names and extensions print the
 * way {@code openssl x509} prints them; the tshark reference files and the acceptance checks
 * compare against that output. The table is a resource generated from the OpenSSL library
 * itself (see the header of {@code openssl-objects.tsv}).
 */
public final class OpenSslObjects {

    private record Names(String shortName, String longName) {
    }

    private static final Map<String, Names> TABLE = load();

    private OpenSslObjects() {
    }

    private static Map<String, Names> load() {
        Map<String, Names> map = new HashMap<>();
        try (InputStream in = OpenSslObjects.class.getResourceAsStream("openssl-objects.tsv")) {
            if (in == null) {
                return map;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length >= 3) {
                    map.putIfAbsent(f[0], new Names(f[1].isEmpty() ? null : f[1], f[2].isEmpty() ? null : f[2]));
                }
            }
        } catch (IOException e) {
            // Without the table names print as numeric OIDs: degraded, still correct data.
        }
        return Map.copyOf(map);
    }

    /** True if OpenSSL knows the OID (has a NID for it). */
    public static boolean known(String oid) {
        return TABLE.containsKey(oid);
    }

    /** OpenSSL's short name (e.g. {@code CN}, {@code emailAddress}) or null if unknown. */
    public static String shortName(String oid) {
        Names n = TABLE.get(oid);
        return n == null ? null : n.shortName != null ? n.shortName : n.longName;
    }

    /** OpenSSL's long name (e.g. {@code X509v3 Subject Alternative Name}) or null if unknown. */
    public static String longName(String oid) {
        Names n = TABLE.get(oid);
        return n == null ? null : n.longName != null ? n.longName : n.shortName;
    }

    /** Like {@code OBJ_obj2txt(.., no_name=0)}: the long name if known, else the dotted OID. */
    public static String text(String oid) {
        String ln = longName(oid);
        return ln != null ? ln : oid;
    }

    /** Like {@code OBJ_nid2sn} with a numeric fallback: the short name if known, else the OID. */
    public static String shortText(String oid) {
        String sn = shortName(oid);
        return sn != null ? sn : oid;
    }
}
