package org.siptrust.ui.certs.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siptrust.ui.certs.internal.model.FieldNode.Tone;
import org.siptrust.x509.AccessDescription;
import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.ExtensionInfo;
import org.siptrust.x509.KeyPurpose;
import org.siptrust.x509.SubjectAltName;

/**
 * Every field of a certificate as a tree for people: the TBS fields in certificate order, the
 * extensions decoded one by one, the parts SIP cares about (SANs by type, key usage, EKU with
 * id-kp-sipDomain) and the fingerprints. Names are stable: the compare dialog pairs fields by them.
 */
public final class CertificateFields {
    public static final String SUBJECT = "Subject";
    public static final String ISSUER = "Issuer";
    public static final String SERIAL = "Serial number";
    public static final String VALIDITY = "Validity";
    public static final String NOT_BEFORE = "Not before";
    public static final String NOT_AFTER = "Not after";
    public static final String PUBLIC_KEY = "Subject public key";
    public static final String SANS = "Subject alternative names";
    public static final String KEY_USAGE = "Key usage";
    public static final String EKU = "Extended key usage";
    public static final String BASIC_CONSTRAINTS = "Basic constraints";
    public static final String EXTENSIONS = "Extensions";
    public static final String FINGERPRINTS = "Fingerprints";
    /** Name of the lines of a multi-valued field (shown without a name). */
    public static final String ENTRY = "";

    private CertificateFields() {
    }

    /**
     * The field tree of {@code c}; {@code at} and {@code atWord} ("the capture", "now") say when
     * validity is judged.
     */
    public static List<FieldNode> of(CertificateInfo c, Instant at, String atWord) {
        List<FieldNode> out = new ArrayList<>();
        out.add(FieldNode.leaf("Version", "v" + c.version()));
        out.add(FieldNode.leaf(SERIAL, c.serialHex() + " (" + c.serial() + ")"));
        out.add(FieldNode.leaf("Signature algorithm", c.signatureAlgorithm() + " (" + c.signatureAlgorithmOid() + ")"));
        out.add(name(ISSUER, c.issuer()));
        out.add(validity(c, at, atWord));
        out.add(name(SUBJECT, c.subject()));
        out.add(publicKey(c));
        out.add(sans(c));
        out.add(keyUsage(c));
        out.add(eku(c));
        out.add(basicConstraints(c));
        out.add(FieldNode.leaf("Authority key identifier", c.authorityKeyId() == null ? "absent" : Names.colonHex(c.authorityKeyId())));
        out.add(FieldNode.leaf("Subject key identifier", c.subjectKeyId() == null ? "absent" : Names.colonHex(c.subjectKeyId())));
        out.add(list("CRL distribution points", c.crlDistributionPoints()));
        out.add(list("Authority information access", c.authorityInfoAccess().stream().map(AccessDescription::toString).toList()));
        out.add(list("Certificate policies", c.policies()));
        out.add(extensions(c));
        out.add(FieldNode.group(FINGERPRINTS, "", List.of(
                FieldNode.leaf("SHA-1", Names.colonHex(c.sha1())),
                FieldNode.leaf("SHA-256", Names.colonHex(c.sha256())),
                FieldNode.leaf("SPKI SHA-256", Names.colonHex(c.spkiSha256())))));
        String self = c.isSelfSigned() ? "self-signed" : c.isSelfIssued() ? "self-issued (signature does not verify with its own key)" : "no";
        out.add(FieldNode.leaf("Self-signed", self));
        return out;
    }

    private static FieldNode name(String title, String rfc2253) {
        List<FieldNode> parts = new ArrayList<>();
        for (String rdn : Names.splitRdns(rfc2253)) {
            int eq = rdn.indexOf('=');
            parts.add(eq > 0 ? FieldNode.leaf(rdn.substring(0, eq).trim(), rdn.substring(eq + 1)) : FieldNode.leaf("RDN", rdn));
        }
        return FieldNode.group(title, rfc2253, parts);
    }

    private static FieldNode validity(CertificateInfo c, Instant at, String atWord) {
        Validity v = Validity.of(c, at);
        Tone tone = v == Validity.VALID ? Tone.GOOD : Tone.BAD;
        return new FieldNode(VALIDITY, Names.date(c.notBefore()) + " – " + Names.date(c.notAfter()), tone, List.of(
                FieldNode.leaf(NOT_BEFORE, Names.dateTime(c.notBefore()), v == Validity.NOT_YET_VALID ? Tone.BAD : Tone.NORMAL),
                FieldNode.leaf(NOT_AFTER, Names.dateTime(c.notAfter()), v == Validity.EXPIRED ? Tone.BAD : Tone.NORMAL),
                FieldNode.leaf("At " + atWord, Validity.describe(c, at, atWord) + " (" + Names.dateTime(at) + ")", tone)));
    }

    private static FieldNode publicKey(CertificateInfo c) {
        List<FieldNode> parts = new ArrayList<>();
        parts.add(FieldNode.leaf("Algorithm", c.publicKeyAlgorithm()));
        parts.add(FieldNode.leaf("Size", c.publicKeySize() + " bits"));
        if (c.publicKeyCurve() != null) {
            parts.add(FieldNode.leaf("Curve", c.publicKeyCurve()));
        }
        parts.add(FieldNode.leaf("SPKI SHA-256", Names.colonHex(c.spkiSha256())));
        String summary = c.publicKeyAlgorithm() + " " + c.publicKeySize() + " bits"
                + (c.publicKeyCurve() != null ? " (" + c.publicKeyCurve() + ")" : "");
        return FieldNode.group(PUBLIC_KEY, summary, parts);
    }

    /** SAN entries grouped by GeneralName type, each entry on its own line under its type. */
    private static FieldNode sans(CertificateInfo c) {
        List<SubjectAltName> all = c.subjectAltNames();
        if (!c.hasSubjectAltNameExtension()) {
            return FieldNode.leaf(SANS, "absent (identities fall back to the subject CN)", Tone.WARN);
        }
        Map<SubjectAltName.Kind, List<SubjectAltName>> byKind = new LinkedHashMap<>();
        for (SubjectAltName s : all) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        List<FieldNode> groups = new ArrayList<>();
        for (var e : byKind.entrySet()) {
            List<FieldNode> entries = e.getValue().stream().map(s -> FieldNode.leaf(ENTRY, s.value())).toList();
            groups.add(FieldNode.group(kindLabel(e.getKey()), String.join(", ", e.getValue().stream().map(SubjectAltName::value).toList()), entries));
        }
        return FieldNode.group(SANS, String.join(", ", c.sanStrings()), groups);
    }

    /** The type label openssl prints before a SAN entry. */
    public static String kindLabel(SubjectAltName.Kind k) {
        return switch (k) {
            case DNS -> "DNS";
            case URI -> "URI";
            case IP_ADDRESS -> "IP Address";
            case EMAIL -> "email";
            case DIRECTORY_NAME -> "DirName";
            case REGISTERED_ID -> "Registered ID";
            case OTHER_NAME -> "othername";
            case X400_ADDRESS -> "X400Name";
            case EDI_PARTY_NAME -> "EdiPartyName";
        };
    }

    private static FieldNode keyUsage(CertificateInfo c) {
        List<String> ku = c.keyUsage();
        if (ku == null) {
            return FieldNode.leaf(KEY_USAGE, "absent (any use)");
        }
        return FieldNode.group(KEY_USAGE, String.join(", ", ku), ku.stream().map(k -> FieldNode.leaf(ENTRY, k)).toList());
    }

    private static FieldNode eku(CertificateInfo c) {
        List<KeyPurpose> eku = c.extendedKeyUsage();
        if (eku == null) {
            return FieldNode.leaf(EKU, "absent (any purpose)");
        }
        List<FieldNode> parts = new ArrayList<>();
        for (KeyPurpose p : eku) {
            boolean sip = p.oid().equals(KeyPurpose.SIP_DOMAIN);
            parts.add(FieldNode.leaf(ENTRY, sip ? "id-kp-sipDomain (" + p.oid() + "), RFC 5924" : p.toString(),
                    sip ? Tone.GOOD : Tone.NORMAL));
        }
        String summary = String.join(", ", eku.stream().map(p -> p.oid().equals(KeyPurpose.SIP_DOMAIN) ? "id-kp-sipDomain" : p.name()).toList());
        return FieldNode.group(EKU, summary, parts);
    }

    private static FieldNode basicConstraints(CertificateInfo c) {
        if (!c.hasBasicConstraints()) {
            return FieldNode.leaf(BASIC_CONSTRAINTS, "absent (not a CA)");
        }
        String v = c.isCa() ? "CA: TRUE" + (c.pathLen() != null ? ", pathlen: " + c.pathLen() : "") : "CA: FALSE";
        return FieldNode.leaf(BASIC_CONSTRAINTS, v);
    }

    private static FieldNode list(String title, List<String> values) {
        if (values.isEmpty()) {
            return FieldNode.leaf(title, "absent");
        }
        return FieldNode.group(title, String.join(", ", values), values.stream().map(v -> FieldNode.leaf(ENTRY, v)).toList());
    }

    private static FieldNode extensions(CertificateInfo c) {
        List<FieldNode> ext = new ArrayList<>();
        for (ExtensionInfo e : c.extensions()) {
            List<FieldNode> lines = new ArrayList<>();
            lines.add(FieldNode.leaf("OID", e.oid()));
            lines.add(FieldNode.leaf("Critical", e.critical() ? "yes" : "no"));
            List<String> valueLines = e.value().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            for (String l : valueLines) {
                lines.add(FieldNode.leaf(ENTRY, l, e.malformed() ? Tone.BAD : Tone.NORMAL));
            }
            String summary = (e.critical() ? "critical: " : "") + String.join(" ", valueLines);
            ext.add(new FieldNode(e.name() + (e.name().equals(e.oid()) ? "" : " (" + e.oid() + ")"), summary,
                    e.malformed() ? Tone.BAD : Tone.NORMAL, lines));
        }
        String v = ext.isEmpty() ? (c.version() == 3 ? "none" : "none (v" + c.version() + ")") : ext.size() + "";
        return FieldNode.group(EXTENSIONS, v, ext);
    }

    /**
     * Flattens trees into "Group / Field" → value for the compare dialog: leaves only; the lines of
     * a multi-valued field are joined with ", " under the field's own path.
     */
    public static Map<String, String> flatten(List<FieldNode> nodes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldNode n : nodes) {
            flatten(n, "", out);
        }
        return out;
    }

    private static void flatten(FieldNode n, String prefix, Map<String, String> out) {
        String path = n.name().equals(ENTRY) ? prefix : prefix.isEmpty() ? n.name() : prefix + " / " + n.name();
        if (n.children().isEmpty()) {
            out.merge(path, n.value(), (a, b) -> a + ", " + b);
            return;
        }
        for (FieldNode c : n.children()) {
            flatten(c, path, out);
        }
    }

}
