package org.siptrust.capture.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reassembles IPv4 and IPv6 fragments into whole datagrams. Bounded: a datagram may not exceed
 * 64 KiB, at most 1024 datagrams are pending, and fragments older than 60 s of capture time are
 * dropped, so a capture full of stray fragments cannot exhaust memory.
 */
final class IpReassembler {
    private static final int MAX_DATAGRAM = 65535;
    private static final int MAX_PENDING = 1024;
    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    private static final class Pending {
        final List<int[]> ranges = new ArrayList<>();
        final byte[] data = new byte[MAX_DATAGRAM];
        int total = -1;
        long firstSeen;
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();

    /** Adds a fragment; returns the whole datagram payload once complete, else null. */
    byte[] add(String key, int offset, boolean more, byte[] b, int off, int len, long now) {
        expire(now);
        if (len < 0 || offset + len > MAX_DATAGRAM) {
            return null;
        }
        Pending p = pending.get(key);
        if (p == null) {
            if (pending.size() >= MAX_PENDING) {
                Iterator<String> it = pending.keySet().iterator();
                it.next();
                it.remove();
            }
            p = new Pending();
            p.firstSeen = now;
            pending.put(key, p);
        }
        System.arraycopy(b, off, p.data, offset, len);
        p.ranges.add(new int[] {offset, offset + len});
        if (!more) {
            p.total = offset + len;
        }
        if (p.total >= 0 && covered(p)) {
            pending.remove(key);
            byte[] whole = new byte[p.total];
            System.arraycopy(p.data, 0, whole, 0, p.total);
            return whole;
        }
        return null;
    }

    private static boolean covered(Pending p) {
        p.ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
        int reach = 0;
        for (int[] r : p.ranges) {
            if (r[0] > reach) {
                return false;
            }
            reach = Math.max(reach, r[1]);
        }
        return reach >= p.total;
    }

    private void expire(long now) {
        pending.values().removeIf(p -> now - p.firstSeen > TIMEOUT_NANOS);
    }
}
