/**
 * A small drawing abstraction with two back ends, an SWT {@code GC} and JFreeSVG's
 * {@code SVGGraphics2D}, so that a picture painted on screen is exported to PNG and SVG by the very
 * same painting code.
 */
package org.siptrust.ui.flow.internal.draw;
