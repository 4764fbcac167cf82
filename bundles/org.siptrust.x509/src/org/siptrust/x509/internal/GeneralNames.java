package org.siptrust.x509.internal;

import java.util.ArrayList;
import java.util.List;

import org.siptrust.x509.SubjectAltName;
import org.siptrust.x509.SubjectAltName.Kind;

/** Decodes GeneralNames and prints each entry the way OpenSSL 3.0's i2v_GENERAL_NAME does. */
public final class GeneralNames {

    private GeneralNames() {
    }

    /** A SEQUENCE OF GeneralName (already structure-checked). */
    public static List<SubjectAltName> parseSequence(byte[] b, Der.Tlv seq) throws Der.DerException {
        if (seq.tag() != 0x30) {
            throw new Der.DerException(seq.offset(), "GeneralNames is not a SEQUENCE");
        }
        List<SubjectAltName> out = new ArrayList<>();
        for (Der.Tlv gn : Der.children(b, seq)) {
            out.add(parse(b, gn));
        }
        return out;
    }

    /** One GeneralName element. */
    public static SubjectAltName parse(byte[] b, Der.Tlv gn) throws Der.DerException {
        if (gn.tagClass() != 0x80) {
            throw new Der.DerException(gn.offset(), "GeneralName is not context-tagged (tag 0x"
                    + Integer.toHexString(gn.tag()) + ")");
        }
        switch (gn.tag()) {
            case 0xa0:
                return otherName(b, gn);
            case 0x81:
                return text(Kind.EMAIL, "email", b, gn);
            case 0x82:
                return text(Kind.DNS, "DNS", b, gn);
            case 0xa3:
                return new SubjectAltName(Kind.X400_ADDRESS, "#" + Hexes.upper(gn.bytes(b)), "X400Name:<unsupported>");
            case 0xa4: {
                List<Der.Tlv> inner = Der.children(b, gn);
                if (inner.size() != 1) {
                    throw new Der.DerException(gn.offset(), "directoryName must hold exactly one Name");
                }
                DistinguishedName dn = DistinguishedName.parse(b, inner.get(0));
                return new SubjectAltName(Kind.DIRECTORY_NAME, dn.rfc2253(), "DirName:" + dn.oneline());
            }
            case 0xa5:
                return new SubjectAltName(Kind.EDI_PARTY_NAME, "#" + Hexes.upper(gn.bytes(b)),
                        "EdiPartyName:<unsupported>");
            case 0x86:
                return text(Kind.URI, "URI", b, gn);
            case 0x87: {
                byte[] ip = gn.content(b);
                return new SubjectAltName(Kind.IP_ADDRESS, HostNames.formatIp(ip),
                        "IP Address:" + HostNames.formatIpOpenSsl(ip));
            }
            case 0x88: {
                String oid = Oids.decodeContent(b, gn);
                return new SubjectAltName(Kind.REGISTERED_ID, oid, "Registered ID:" + OpenSslObjects.text(oid));
            }
            default:
                throw new Der.DerException(gn.offset(), "unknown GeneralName choice 0x" + Integer.toHexString(gn.tag()));
        }
    }

    private static SubjectAltName text(Kind kind, String label, byte[] b, Der.Tlv gn) throws Der.DerException {
        if (gn.constructed()) {
            throw new Der.DerException(gn.offset(), label + " entry is constructed, expected an IA5String");
        }
        String v = AsnStrings.utf8(gn.content(b));
        return new SubjectAltName(kind, v, prn(label, v));
    }

    private static String prn(String name, String value) {
        return name + ":" + value;
    }

    private static SubjectAltName otherName(byte[] b, Der.Tlv gn) throws Der.DerException {
        List<Der.Tlv> parts = Der.children(b, gn);
        if (parts.size() != 2 || parts.get(1).tag() != 0xa0) {
            throw new Der.DerException(gn.offset(), "otherName must be type-id and [0] value");
        }
        String oid = Oids.decode(b, parts.get(0));
        List<Der.Tlv> wrapped = Der.children(b, parts.get(1));
        if (wrapped.size() != 1) {
            throw new Der.DerException(parts.get(1).offset(), "otherName value must be one element");
        }
        Der.Tlv v = wrapped.get(0);
        String text = AsnStrings.isString(v.tag()) ? AsnStrings.decode(v.tag(), v.content(b)) : null;
        String value = oid + ":" + (text != null ? text : "#" + Hexes.upper(v.bytes(b)));
        String label = switch (oid) {
            case "1.3.6.1.5.5.7.8.9" -> "othername: SmtpUTF8Mailbox:";
            case "1.3.6.1.5.5.7.8.5" -> "othername: XmppAddr:";
            case "1.3.6.1.5.5.7.8.7" -> "othername: SRVName:";
            case "1.3.6.1.4.1.311.20.2.3" -> "othername: UPN:";
            case "1.3.6.1.5.5.7.8.8" -> "othername: NAIRealm:";
            default -> null;
        };
        String printed;
        if (label != null) {
            int want = oid.equals("1.3.6.1.5.5.7.8.7") ? AsnStrings.IA5 : AsnStrings.UTF8;
            printed = v.tag() == want ? prn(label, AsnStrings.utf8(v.content(b))) : label + ":<unsupported>";
        } else {
            label = "othername: " + OpenSslObjects.text(oid) + ":";
            if (v.tag() == AsnStrings.IA5 || v.tag() == AsnStrings.UTF8) {
                printed = prn(label, AsnStrings.utf8(v.content(b)));
            } else {
                printed = label + ":<unsupported>";
            }
        }
        return new SubjectAltName(Kind.OTHER_NAME, value, printed);
    }
}
