package org.siptrust.ui.dns;

/** Identifiers the DNS/DANE bundle contributes (plugin.xml uses the same strings). */
public final class DnsIds {
    private DnsIds() {
    }

    public static final String PLUGIN_ID = "org.siptrust.ui.dns";
    /** The DNS/DANE view (the id the Trust Analysis perspective places in its bottom folder). */
    public static final String VIEW_RESOLVER = "org.siptrust.ui.dns.resolver";
    /** The "SIP Trust" root preference page this bundle declares while the shell has none. */
    public static final String PREFERENCES_ROOT = "org.siptrust.ui.preferences";
    /** Preferences > SIP Trust > DNS. */
    public static final String PREFERENCES_DNS = "org.siptrust.ui.dns.preferences";
    /** Preference key: the user allows live DNS queries (false by default: offline). */
    public static final String PREF_ALLOW_LIVE = "allowLiveDns";
    /** Preference key: the live resolver as host:port. */
    public static final String PREF_RESOLVER = "liveResolver";
}
