package org.siptrust.x509.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An X.501 Name as it is encoded (attribute order and string types kept), with the two text
 * forms OpenSSL prints: {@code -nameopt RFC2253} (used for subject/issuer in the reference
 * files) and the legacy "oneline" form ({@code /C=US/CN=x}) OpenSSL uses for DirName entries
 * of a subjectAltName.
 */
public final class DistinguishedName {

    /** One attribute type and value; {@code set} numbers the RDN it belongs to. */
    public record Ava(int set, String oid, int valueTag, byte[] valueContent, byte[] valueDer) {
        public String text() {
            String s = AsnStrings.decode(valueTag, valueContent);
            return s != null ? s : "#" + Hexes.upper(valueDer);
        }
    }

    private static final DistinguishedName EMPTY = new DistinguishedName(List.of(), new byte[] {0x30, 0x00});

    private final List<Ava> avas;
    private final byte[] der;

    private DistinguishedName(List<Ava> avas, byte[] der) {
        this.avas = List.copyOf(avas);
        this.der = der;
    }

    public static DistinguishedName empty() {
        return EMPTY;
    }

    /** Parses a Name (SEQUENCE OF SET OF AttributeTypeAndValue) from an already checked element. */
    public static DistinguishedName parse(byte[] b, Der.Tlv name) throws Der.DerException {
        if (name.tag() != 0x30) {
            throw new Der.DerException(name.offset(), "Name is not a SEQUENCE");
        }
        List<Ava> avas = new ArrayList<>();
        int set = 0;
        for (Der.Tlv rdn : Der.children(b, name)) {
            if (rdn.tag() != 0x31) {
                throw new Der.DerException(rdn.offset(), "RelativeDistinguishedName is not a SET");
            }
            for (Der.Tlv atv : Der.children(b, rdn)) {
                if (atv.tag() != 0x30) {
                    throw new Der.DerException(atv.offset(), "AttributeTypeAndValue is not a SEQUENCE");
                }
                List<Der.Tlv> parts = Der.children(b, atv);
                if (parts.size() != 2) {
                    throw new Der.DerException(atv.offset(), "AttributeTypeAndValue has " + parts.size()
                            + " elements instead of 2");
                }
                String oid = Oids.decode(b, parts.get(0));
                Der.Tlv v = parts.get(1);
                avas.add(new Ava(set, oid, v.tag(), v.content(b), v.bytes(b)));
            }
            set++;
        }
        return new DistinguishedName(avas, name.bytes(b));
    }

    public List<Ava> avas() {
        return avas;
    }

    public boolean isEmpty() {
        return avas.isEmpty();
    }

    public byte[] der() {
        return der.clone();
    }

    /** Decoded values of every attribute with this OID, in encoding order. */
    public List<String> values(String oid) {
        List<String> out = new ArrayList<>();
        for (Ava a : avas) {
            if (a.oid().equals(oid)) {
                out.add(a.text());
            }
        }
        return out;
    }

    /**
     * Name comparison in the spirit of RFC 5280 §7.1: same RDN structure, same attribute types,
     * string values equal after case folding and whitespace compression.
     */
    public boolean matches(DistinguishedName other) {
        if (Arrays.equals(der, other.der)) {
            return true;
        }
        if (avas.size() != other.avas.size()) {
            return false;
        }
        for (int i = 0; i < avas.size(); i++) {
            Ava a = avas.get(i);
            Ava o = other.avas.get(i);
            if (a.set() != o.set() || !a.oid().equals(o.oid())) {
                return false;
            }
            String x = AsnStrings.decode(a.valueTag(), a.valueContent());
            String y = AsnStrings.decode(o.valueTag(), o.valueContent());
            if (x == null || y == null) {
                if (!Arrays.equals(a.valueDer(), o.valueDer())) {
                    return false;
                }
            } else if (!fold(x).equals(fold(y))) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    // ---- openssl -nameopt RFC2253 -------------------------------------------------------------

    private static final int ESC_2253 = 1;
    private static final int ESC_CTRL = 2;
    private static final int ESC_MSB = 4;
    private static final int FIRST_ESC_2253 = 0x20;
    private static final int LAST_ESC_2253 = 0x40;

    /** The subset of OpenSSL's char_type table that matters for RFC 2253 printing. */
    private static int charType(int c) {
        if (c < 0x20 || c == 0x7f) {
            return ESC_CTRL;
        }
        switch (c) {
            case ' ':
                return FIRST_ESC_2253 | LAST_ESC_2253;
            case '#':
                return FIRST_ESC_2253;
            case '"':
            case '+':
            case ',':
            case ';':
            case '<':
            case '>':
            case '\\':
                return ESC_2253;
            default:
                return 0;
        }
    }

    /**
     * Exactly what {@code openssl x509 -subject -nameopt RFC2253} prints after {@code subject=}:
     * RDNs in reverse order, short names, {@code \XX} escapes for bytes above 0x7f and for
     * control characters, backslash escapes for the RFC 2253 specials, and {@code #hex} DER dumps
     * for values of unknown attribute types or non-string types.
     */
    public String rfc2253() {
        StringBuilder sb = new StringBuilder();
        int prev = -1;
        for (int i = avas.size() - 1; i >= 0; i--) {
            Ava a = avas.get(i);
            if (prev != -1) {
                sb.append(prev == a.set() ? '+' : ',');
            }
            prev = a.set();
            boolean known = OpenSslObjects.known(a.oid());
            sb.append(known ? OpenSslObjects.shortText(a.oid()) : a.oid()).append('=');
            String printed = known ? printValue(a.valueTag(), a.valueContent()) : null;
            sb.append(printed != null ? printed : "#" + Hexes.upper(a.valueDer()));
        }
        return sb.toString();
    }

    /** Width of one character for a string type as OpenSSL's tag2nbyte table says; -1 dumps. */
    private static int width(int tag) {
        return switch (tag) {
            case AsnStrings.UTF8 -> 0;
            case AsnStrings.NUMERIC, AsnStrings.PRINTABLE, AsnStrings.T61, AsnStrings.IA5, AsnStrings.UTC_TIME,
                    AsnStrings.GENERALIZED_TIME, AsnStrings.VISIBLE -> 1;
            case AsnStrings.UNIVERSAL -> 4;
            case AsnStrings.BMP -> 2;
            default -> -1;
        };
    }

    /** OpenSSL's do_buf with UTF8_CONVERT and ESC_2253|ESC_CTRL|ESC_MSB; null where it would fail. */
    private static String printValue(int tag, byte[] c) {
        int w = width(tag);
        if (w < 0) {
            return null;
        }
        // A UTF8String is printed byte by byte (OpenSSL avoids converting twice); other types are
        // read per character and re-encoded as UTF-8 before escaping.
        boolean convert = w != 0;
        int charWidth = w == 0 ? 1 : w;
        if (c.length % charWidth != 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < c.length; p += charWidth) {
            long ch = 0;
            for (int k = 0; k < charWidth; k++) {
                ch = (ch << 8) | (c[p + k] & 0xff);
            }
            int orflags = p == 0 ? FIRST_ESC_2253 : 0;
            if (p + charWidth == c.length) {
                orflags = LAST_ESC_2253;
            }
            if (convert) {
                byte[] utf = utf8Put(ch);
                if (utf == null) {
                    continue; // OpenSSL silently drops what it cannot encode
                }
                for (byte u : utf) {
                    escape(sb, u & 0xff, orflags);
                }
            } else {
                escape(sb, ch, orflags);
            }
        }
        return sb.toString();
    }

    private static void escape(StringBuilder sb, long c, int orflags) {
        if (c > 0xffff) {
            sb.append(String.format(Locale.ROOT, "\\W%08X", c));
            return;
        }
        if (c > 0xff) {
            sb.append(String.format(Locale.ROOT, "\\U%04X", c));
            return;
        }
        int ch = (int) c;
        int flags = ESC_2253 | ESC_CTRL | ESC_MSB | orflags;
        int chflgs = ch > 0x7f ? ESC_MSB : charType(ch) & flags;
        if ((chflgs & (ESC_2253 | FIRST_ESC_2253 | LAST_ESC_2253)) != 0) {
            sb.append('\\').append((char) ch);
        } else if ((chflgs & (ESC_CTRL | ESC_MSB)) != 0) {
            sb.append(String.format(Locale.ROOT, "\\%02X", ch));
        } else {
            sb.append((char) ch);
        }
    }

    /** OpenSSL's UTF8_putc: null for surrogates and values beyond U+10FFFF. */
    private static byte[] utf8Put(long v) {
        if (v < 0x80) {
            return new byte[] {(byte) v};
        }
        if (v < 0x800) {
            return new byte[] {(byte) (0xc0 | (v >> 6)), (byte) (0x80 | (v & 0x3f))};
        }
        if (v < 0x10000) {
            if (v >= 0xd800 && v <= 0xdfff) {
                return null;
            }
            return new byte[] {(byte) (0xe0 | (v >> 12)), (byte) (0x80 | ((v >> 6) & 0x3f)),
                    (byte) (0x80 | (v & 0x3f))};
        }
        if (v < 0x110000) {
            return new byte[] {(byte) (0xf0 | (v >> 18)), (byte) (0x80 | ((v >> 12) & 0x3f)),
                    (byte) (0x80 | ((v >> 6) & 0x3f)), (byte) (0x80 | (v & 0x3f))};
        }
        return null;
    }

    // ---- X509_NAME_oneline ----------------------------------------------------------------------

    /** OpenSSL's {@code X509_NAME_oneline} into its 256-byte buffer, e.g. {@code /C=US/CN=x}. */
    public String oneline() {
        final int max = 255;
        StringBuilder sb = new StringBuilder();
        for (Ava a : avas) {
            String key = OpenSslObjects.shortText(a.oid());
            byte[] q = AsnStrings.isString(a.valueTag()) ? a.valueContent() : a.valueDer();
            boolean[] keep = generalStringMask(a.valueTag(), q);
            StringBuilder v = new StringBuilder();
            for (int j = 0; j < q.length; j++) {
                if (!keep[j & 3]) {
                    continue;
                }
                int n = q[j] & 0xff;
                if (n < ' ' || n > '~') {
                    v.append("\\x").append(String.format(Locale.ROOT, "%02X", n));
                } else {
                    v.append((char) n);
                }
            }
            if (sb.length() + 1 + key.length() + 1 + v.length() > max) {
                break;
            }
            sb.append('/').append(key).append('=').append(v);
        }
        return sb.toString();
    }

    /** For a GeneralString that looks like UCS-4 with ASCII content, OpenSSL prints every 4th byte. */
    private static boolean[] generalStringMask(int tag, byte[] q) {
        boolean[] keep = {true, true, true, true};
        if (tag == AsnStrings.GENERAL && q.length % 4 == 0) {
            boolean[] nz = new boolean[4];
            for (int j = 0; j < q.length; j++) {
                if (q[j] != 0) {
                    nz[j & 3] = true;
                }
            }
            if (!(nz[0] | nz[1] | nz[2])) {
                keep = new boolean[] {false, false, false, true};
            }
        }
        return keep;
    }

    @Override
    public String toString() {
        return rfc2253();
    }
}
