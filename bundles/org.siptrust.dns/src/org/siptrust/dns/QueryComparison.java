package org.siptrust.dns;

import java.util.List;

/**
 * One line of "what RFC 3263 says the client should have asked" against "what the client asked
 * in the capture".
 *
 * @param name   query name (no trailing dot)
 * @param type   query type, {@code A/AAAA} for an address lookup that either type satisfies
 * @param status {@code asked}, {@code in-additional} (not asked, but the answer came in the
 *               additional section of a response the client received), {@code not-asked},
 *               {@code optional-not-asked} (e.g. TLSA for a client that does not do DANE),
 *               {@code unexpected} (asked although RFC 3263 does not call for it)
 * @param frames frames of the queries (or of the response that carried the data)
 * @param note   why RFC 3263 expects it, or why it was not expected
 */
public record QueryComparison(String name, String type, String status, List<Long> frames, String note) {
    public static final String ASKED = "asked";
    public static final String IN_ADDITIONAL = "in-additional";
    public static final String NOT_ASKED = "not-asked";
    public static final String OPTIONAL_NOT_ASKED = "optional-not-asked";
    public static final String UNEXPECTED = "unexpected";

    public QueryComparison {
        frames = List.copyOf(frames);
    }
}
