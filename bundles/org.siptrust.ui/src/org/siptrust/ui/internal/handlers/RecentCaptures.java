package org.siptrust.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.siptrust.ui.SipTrustIds;

/** The last {@value #MAX} captures opened, most recent first, kept in the instance preferences of org.siptrust.ui. */
public final class RecentCaptures {
    public static final int MAX = 8;
    static final String KEY = "recentCaptures";

    private final Preferences node;

    public static RecentCaptures standard() {
        return new RecentCaptures(InstanceScope.INSTANCE.getNode(SipTrustIds.PLUGIN_ID));
    }

    public RecentCaptures(Preferences node) {
        this.node = node;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String line : node.get(KEY, "").split("\n")) {
            if (!line.isBlank() && out.size() < MAX) {
                out.add(Path.of(line));
            }
        }
        return out;
    }

    /** Puts {@code capture} first (once). */
    public void add(Path capture) {
        Path p = capture.toAbsolutePath().normalize();
        List<Path> l = new ArrayList<>(list());
        l.remove(p);
        l.add(0, p);
        store(l.size() > MAX ? l.subList(0, MAX) : l);
    }

    public void remove(Path capture) {
        List<Path> l = new ArrayList<>(list());
        if (l.remove(capture.toAbsolutePath().normalize())) {
            store(l);
        }
    }

    private void store(List<Path> l) {
        node.put(KEY, String.join("\n", l.stream().map(Path::toString).toList()));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(RecentCaptures.class).warn("recent captures could not be saved: " + e.getMessage());
        }
    }
}
