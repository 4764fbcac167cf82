/**
 * The hop panel beside the graph: why the selected hop got its verdict (the reference identity and
 * where it came from, the presented identities, the verdict under every profile, the text of the
 * rules cited) and every request judged on it, with links to the evidence.
 */
package org.siptrust.ui.trust.internal.panel;
