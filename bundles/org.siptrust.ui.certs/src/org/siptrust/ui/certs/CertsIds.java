package org.siptrust.ui.certs;

/** Identifiers the certificate inspector contributes (plugin.xml uses the same strings). */
public final class CertsIds {
    private CertsIds() {
    }

    public static final String PLUGIN_ID = "org.siptrust.ui.certs";
    /** The certificate inspector view. */
    public static final String VIEW_INSPECTOR = "org.siptrust.ui.certs.inspector";
    /** File > Open Certificate…: PEM/DER/CRT files outside any capture. */
    public static final String COMMAND_OPEN_CERTIFICATE = "org.siptrust.ui.certs.commands.openCertificate";
}
