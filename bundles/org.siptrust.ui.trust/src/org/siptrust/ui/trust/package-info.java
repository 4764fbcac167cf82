/**
 * The hop-by-hop trust views of the workbench: the Hops view (the SIP path as a graph whose edges
 * are coloured by the trust verdict of each TLS connection, with the hop panel that explains a
 * verdict and cites its RFC clause) and the Findings view (every finding of the analysis, like
 * Eclipse's Problems view), plus the selections they publish so the other views can follow.
 */
package org.siptrust.ui.trust;
