package org.siptrust.sip;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The 36 messages of a_multihop_tls13_ok parsed from its decrypted TLS records, for tests in other packages. */
public final class MultihopTestAccess {

    private MultihopTestAccess() {
    }

    public static List<SipMessage> messages() {
        List<SipMessage> all = new ArrayList<>();
        for (Corpus.Direction d : Corpus.directions(Corpus.plaintextRecords("a_multihop_tls13_ok.plaintext"))) {
            all.addAll(SipParser.parseStream(d.stream(), d.context()));
        }
        all.sort(Comparator.comparingLong(SipMessage::frame));
        return all;
    }

    /** Distinct Call-IDs in tshark's reference of the capture. */
    public static long referenceCallIds() {
        return Corpus.sipReference("captures/a_multihop_tls13_ok/reference/a_multihop_tls13_ok.sip.json").stream()
                .map(e -> e.get("call_id")).distinct().count();
    }
}
