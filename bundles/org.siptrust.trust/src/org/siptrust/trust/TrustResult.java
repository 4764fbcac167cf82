package org.siptrust.trust;

import java.util.List;

import org.siptrust.core.Finding;

/** The hops and the findings of the trust rules. */
public record TrustResult(List<Hop> hops, List<Finding> findings) {
    public TrustResult {
        hops = List.copyOf(hops);
        findings = List.copyOf(findings);
    }
}
