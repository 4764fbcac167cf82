/**
 * The Ladder page: a call flow across every hop of a call, one column per SIP element and one arrow
 * per message, painted on a scrolling canvas and exported to PNG and SVG with the same painter.
 * {@link org.siptrust.ui.flow.internal.ladder.SipElements} decides which addresses are one element;
 * {@link org.siptrust.ui.flow.internal.ladder.LadderModel} is the picture's content and
 * {@link org.siptrust.ui.flow.internal.ladder.LadderPainter} draws it.
 */
package org.siptrust.ui.flow.internal.ladder;
