/**
 * The validity timeline of the certificate inspector: every certificate's validity period as a
 * horizontal bar on a date axis with the capture time marked, drawn by JFreeChart into an AWT image
 * that an SWT canvas shows, and exported to PNG (through SWT's ImageLoader) or SVG (JFreeSVG) from
 * the same chart so the file is the picture on screen.
 */
package org.siptrust.ui.certs.internal.chart;
