package org.siptrust.ui.trust.internal.graph;

/** What an edge's colour says (UI.md): the states in the order a user must notice them. */
public enum EdgeState {
    /** Red: the peer was not authenticated as the reference identity, or an error finding stands on the hop. */
    FAILING("failing"),
    /** Amber: the identity matched but findings of warning severity stand on the hop. */
    WARNING("warning"),
    /** Green: the identity was verified under the profile. */
    VERIFIED("verified"),
    /** Grey: not TLS, not decrypted, or no verdict applies. */
    NEUTRAL("not judged");

    private final String word;

    EdgeState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
