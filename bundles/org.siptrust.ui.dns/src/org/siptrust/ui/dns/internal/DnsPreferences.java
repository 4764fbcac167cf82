package org.siptrust.ui.dns.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.siptrust.ui.dns.DnsIds;

/**
 * The DNS preferences: whether live DNS queries are allowed (no by default: the workbench stays
 * offline) and which resolver to ask.
 */
final class DnsPreferences {
    private static ScopedPreferenceStore store;

    private DnsPreferences() {
    }

    static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, DnsIds.PLUGIN_ID);
            store.setDefault(DnsIds.PREF_ALLOW_LIVE, false);
            store.setDefault(DnsIds.PREF_RESOLVER, "");
        }
        return store;
    }

    static boolean liveAllowed() {
        return store().getBoolean(DnsIds.PREF_ALLOW_LIVE);
    }

    static String resolver() {
        return store().getString(DnsIds.PREF_RESOLVER).trim();
    }

    /**
     * The resolver to use for a live analysis, or null when live DNS is not allowed or the resolver
     * is not a usable host:port.
     */
    static String liveResolver() {
        if (!liveAllowed()) {
            return null;
        }
        String r = resolver();
        return problemWith(r) == null ? r : null;
    }

    /** Why {@code hostPort} is not a usable resolver address, or null when it is. */
    static String problemWith(String hostPort) {
        if (hostPort == null || hostPort.isBlank()) {
            return "Enter the resolver as host:port, for example 127.0.0.53:53.";
        }
        String h = hostPort.trim();
        int colon = h.lastIndexOf(':');
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0 || close + 1 >= h.length() || h.charAt(close + 1) != ':') {
                return "Write an IPv6 resolver as [address]:port, for example [::1]:53.";
            }
            colon = close + 1;
        } else if (colon < 0 || h.indexOf(':') != colon) {
            return "The resolver needs a port: host:port, for example 127.0.0.53:53.";
        }
        if (colon == 0 || (h.startsWith("[") && colon == 2)) {
            return "The resolver needs a host before the port.";
        }
        try {
            int port = Integer.parseInt(h.substring(colon + 1));
            if (port < 1 || port > 65535) {
                return "The port must be between 1 and 65535.";
            }
        } catch (NumberFormatException e) {
            return "The port must be a number.";
        }
        return null;
    }
}
