/**
 * The certificate inspector of the workbench: its view and command ids, and the selection it
 * publishes ({@link org.siptrust.ui.certs.CertificateSelection}) so that other views can follow the
 * certificate the user picked (the capture editor reveals the frames that carried it).
 */
package org.siptrust.ui.certs;
