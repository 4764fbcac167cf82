package org.siptrust.ui.dns.internal.model;

import java.util.List;

import org.siptrust.analysis.DaneView;
import org.siptrust.dns.Resolution;
import org.siptrust.dns.ResolutionNode;

/**
 * One line of the resolution tree: a SIP target, a step of its resolution (a DNS lookup or a
 * step without one), or the DANE verdict of a connection beside the TLSA record it was checked
 * against.
 *
 * @param step     what the line is ("NAPTR biloxi.example.com", "→ sip.biloxi.example.com:5061 TLS", "DANE c5 …")
 * @param answer   the answer's records, or the outcome when there is none; the verdict for DANE lines
 * @param status   the DNSSEC word ({@code secure}, ...), the DANE result, or empty
 * @param why      the DNSSEC reason or the DANE explanation
 * @param frames   the capture frames that carried the answer (or the connection's DANE evidence)
 * @param source   where the evidence came from ({@code capture}, {@code zone}, {@code live})
 * @param note     what RFC 3263 (or 6698, 7673) says happens at this step
 * @param node     the resolution step (null for targets and DANE lines)
 * @param dane     the DANE verdict (DANE lines only)
 */
public record DnsRow(Kind kind, String step, String answer, String status, Tone tone, String why, List<Long> frames,
        String source, String note, Resolution resolution, ResolutionNode node, DaneView dane, List<DnsRow> children) {

    /** What a line stands for. */
    public enum Kind {
        TARGET, LOOKUP, STEP, DANE
    }

    public DnsRow {
        why = why == null ? "" : why;
        note = note == null ? "" : note;
        frames = List.copyOf(frames);
        children = List.copyOf(children);
    }

    /** The record type of a lookup line ({@code NAPTR}, {@code TLSA}, ...), or null. */
    public String type() {
        return kind == Kind.LOOKUP ? node.type() : null;
    }
}
