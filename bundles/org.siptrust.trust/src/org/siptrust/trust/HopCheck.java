package org.siptrust.trust;

import java.util.Map;

/**
 * One request judged on one hop: its reference identity and the verdict under each profile.
 *
 * @param frame      frame of the request
 * @param summary    request line summary ("INVITE sip:bob@biloxi.example.com")
 * @param reverse    true when the request went from the TLS server to the TLS client (RFC 5923 reuse)
 * @param reference  what the sender meant to reach
 * @param verdicts   verdict per profile
 */
public record HopCheck(long frame, String summary, boolean reverse, ReferenceIdentity reference,
        Map<Profile, Verdict> verdicts) {

    public HopCheck {
        verdicts = Map.copyOf(verdicts);
    }

    public Verdict verdict(Profile p) {
        return verdicts.get(p);
    }
}
