package org.siptrust.ui.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;

/** The recent captures list: eight entries, most recent first, each once, kept in the preferences. */
class RecentCapturesTest {

    @Test
    void keepsTheLastEightMostRecentFirst() {
        Preferences node = InstanceScope.INSTANCE.getNode("org.siptrust.ui.tests").node("recent" + System.nanoTime());
        RecentCaptures recent = new RecentCaptures(node);
        List<Path> opened = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Path p = Path.of("/captures/c" + i + ".pcap");
            recent.add(p);
            opened.add(0, p);
        }
        assertEquals(opened.subList(0, 8), recent.list());
        recent.add(Path.of("/captures/c5.pcap"));
        assertEquals(Path.of("/captures/c5.pcap"), recent.list().get(0));
        assertEquals(8, recent.list().size());
        assertEquals(1, recent.list().stream().filter(p -> p.toString().equals("/captures/c5.pcap")).count());
        recent.remove(Path.of("/captures/c10.pcap"));
        assertEquals(7, recent.list().size());
        // a new instance on the same node reads the same list (it is in the preferences)
        assertEquals(recent.list(), new RecentCaptures(node).list());
    }
}
