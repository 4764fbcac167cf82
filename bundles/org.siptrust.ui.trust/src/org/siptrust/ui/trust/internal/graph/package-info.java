/**
 * The hop graph: its model built from an analysis (one node per SIP element, merged by IP address;
 * one edge per transport connection that carried SIP), the colour of each edge under a profile, the
 * left-to-right layout, and one drawing routine that paints on the screen, into PNG and into SVG
 * through a small drawing abstraction, so that an export is the same picture as the view.
 */
package org.siptrust.ui.trust.internal.graph;
