package org.siptrust.ui.certs.internal.model;

import java.util.List;

/**
 * One line of the chain tree: a group ("Validation path", "Presented on c3 server") or a
 * certificate of a chain.
 *
 * @param label   what the line shows first (a CN, or the group title)
 * @param sha256  the certificate, or null for a group
 * @param status  validity or trust word for a certificate ("valid", "expired", "trust anchor"), or the group's summary
 * @param note    where it comes from, or why the chain stops
 * @param current true for the inspected certificate itself (shown in bold)
 * @param bad     true when this line is the reason the chain fails (shown in red)
 */
public record ChainNode(String label, String sha256, String status, String note, boolean current, boolean bad,
        List<ChainNode> children) {

    public ChainNode {
        children = List.copyOf(children);
    }
}
