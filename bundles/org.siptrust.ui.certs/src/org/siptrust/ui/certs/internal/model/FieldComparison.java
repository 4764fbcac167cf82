package org.siptrust.ui.certs.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.siptrust.x509.CertificateInfo;

/** Two certificates field by field, paired by field path, in the order of the first then the second. */
public final class FieldComparison {

    /** One compared field; a value is empty when that certificate lacks the field. */
    public record Row(String field, String left, String right) {
        public boolean differs() {
            return !Objects.equals(left, right);
        }
    }

    private FieldComparison() {
    }

    public static List<Row> compare(CertificateInfo a, CertificateInfo b, Instant at, String atWord) {
        Map<String, String> left = CertificateFields.flatten(CertificateFields.of(a, at, atWord));
        Map<String, String> right = CertificateFields.flatten(CertificateFields.of(b, at, atWord));
        Set<String> paths = new LinkedHashSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<Row> rows = new ArrayList<>();
        for (String p : paths) {
            rows.add(new Row(p, left.getOrDefault(p, ""), right.getOrDefault(p, "")));
        }
        return rows;
    }
}
