package org.siptrust.ui.flow.internal.messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.siptrust.analysis.Analysis;
import org.siptrust.core.CancelledException;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.calls.SipCallIndex;
import org.siptrust.trust.Profile;
import org.siptrust.trust.Verdict;
import org.siptrust.ui.flow.internal.HopVerdicts;

/**
 * The rows of the Messages table: every message of the analysis, and the ones showing (filtered and
 * sorted) as indices into them. {@link #compute} does the filtering and sorting and may run off the
 * UI thread; {@link #show} installs its result.
 */
public final class MessageRows {
    /** The profile whose failures the Notes column marks (the trust rules' default). */
    public static final Profile PROFILE = Profile.RFC5922;

    private final Analysis analysis;
    private final List<SipMessage> all;
    private final Map<SipMessage, Integer> indexOf = new IdentityHashMap<>();
    private final long origin;
    private final HopVerdicts verdicts;
    private int[] view;
    private int[] positionOf;

    public MessageRows(Analysis analysis) {
        this.analysis = analysis;
        this.all = analysis.messages();
        for (int i = 0; i < all.size(); i++) {
            indexOf.put(all.get(i), i);
        }
        this.origin = analysis.capture() != null && analysis.capture().frameIndex().size() > 0
                ? analysis.capture().frameIndex().time(1) : all.isEmpty() ? 0 : all.get(0).timeNanos();
        this.verdicts = new HopVerdicts(analysis);
        show(identity(all.size()));
    }

    private static int[] identity(int n) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return v;
    }

    public Analysis analysis() {
        return analysis;
    }

    public List<SipMessage> all() {
        return all;
    }

    /** Number of rows showing. */
    public int size() {
        return view.length;
    }

    /** The message of showing row {@code row}. */
    public SipMessage row(int row) {
        return all.get(view[row]);
    }

    /** The showing row of {@code m}, or -1 when it is filtered out or not in the analysis. */
    public int rowOf(SipMessage m) {
        Integer i = indexOf.get(m);
        return i == null ? -1 : positionOf[i];
    }

    /** The rows that match {@code filter}, sorted by {@code order} (null: frame order). Checks {@code cancelled} now and then. */
    public int[] compute(MessageFilter filter, Comparator<SipMessage> order, java.util.function.BooleanSupplier cancelled) {
        Predicate<SipMessage> match = filter.matcher();
        int[] out = new int[all.size()];
        int n = 0;
        for (int i = 0; i < all.size(); i++) {
            if ((i & 1023) == 0 && cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            if (filter.isEmpty() || match.test(all.get(i))) {
                out[n++] = i;
            }
        }
        int[] rows = java.util.Arrays.copyOf(out, n);
        if (order != null) {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = rows[i];
            }
            java.util.Arrays.sort(boxed, (a, b) -> {
                int c = order.compare(all.get(a), all.get(b));
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int i = 0; i < n; i++) {
                rows[i] = boxed[i];
            }
        }
        return rows;
    }

    /** Installs rows computed by {@link #compute}. */
    public void show(int[] rows) {
        view = rows;
        positionOf = new int[all.size()];
        java.util.Arrays.fill(positionOf, -1);
        for (int r = 0; r < rows.length; r++) {
            positionOf[rows[r]] = r;
        }
    }

    /** Seconds since the capture's first frame, six decimals (as the Frames page shows). */
    public String time(SipMessage m) {
        long nanos = m.timeNanos() - origin;
        boolean negative = nanos < 0;
        long micros = (Math.abs(nanos) + 500) / 1000;
        return (negative ? "-" : "") + micros / 1_000_000 + "." + Long.toString(1_000_000 + micros % 1_000_000).substring(1);
    }

    /** The verdict under {@link #PROFILE} when the message was on a TLS hop that failed it, else null. */
    public Verdict failure(SipMessage m) {
        Verdict v = verdicts.verdict(m, PROFILE);
        return v != null && v.isFailure() ? v : null;
    }

    /** The hop failure, retransmission and malformed marks of a message. */
    public String notes(SipMessage m) {
        List<String> notes = new ArrayList<>();
        Verdict failure = failure(m);
        if (failure != null) {
            notes.add("✘ " + PROFILE.label().replaceFirst(" \\(.*", "") + ": " + failure.result());
        }
        SipCallIndex calls = analysis.calls();
        if (calls != null && calls.isRetransmission(m)) {
            notes.add("↻ retransmission");
        }
        if (m.malformed()) {
            notes.add("⚠ malformed: " + m.malformedReason());
        }
        return String.join("; ", notes);
    }

    public boolean isRetransmission(SipMessage m) {
        return analysis.calls() != null && analysis.calls().isRetransmission(m);
    }

    /** Distinct request methods and CSeq methods, sorted. */
    public List<String> methods() {
        java.util.TreeSet<String> s = new java.util.TreeSet<>();
        for (SipMessage m : all) {
            if (m.isRequest() && m.method() != null) {
                s.add(m.method());
            } else if (m.cseqMethod() != null) {
                s.add(m.cseqMethod());
            }
        }
        return new ArrayList<>(s);
    }

    /** The text of a row as tab-separated columns. */
    public String line(SipMessage m) {
        StringBuilder b = new StringBuilder();
        for (MessageColumn c : MessageColumn.values()) {
            if (b.length() > 0) {
                b.append('\t');
            }
            b.append(c.text(m, this).replace('\t', ' '));
        }
        return b.toString();
    }
}
