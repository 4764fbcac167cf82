package org.siptrust.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.siptrust.sip.internal.Text;

/**
 * What a reader of a SIP trace wants from an SDP body (RFC 8866): origin, session name, connection
 * address and the media lines with their direction and security (SDES crypto suite names, DTLS
 * fingerprint presence). SDES key material in {@code a=crypto} lines is deliberately not kept.
 */
public final class SdpSummary {

    /**
     * One {@code m=} section.
     *
     * @param type              audio, video, application, ...
     * @param port              transport port (0 = rejected stream)
     * @param protocol          RTP/AVP, RTP/SAVP, UDP/TLS/RTP/SAVPF, ...
     * @param formats           payload types or format names
     * @param connectionAddress media-level c= address, else the session-level one, or null
     * @param direction         sendrecv, sendonly, recvonly or inactive (RFC 8866 default sendrecv)
     * @param cryptoSuites      SDES crypto suite names (RFC 4568), keys omitted
     * @param fingerprint       true if an a=fingerprint (DTLS-SRTP, RFC 8122) applies
     */
    public record Media(String type, int port, String protocol, List<String> formats, String connectionAddress,
            String direction, List<String> cryptoSuites, boolean fingerprint) {
        public Media {
            formats = List.copyOf(formats);
            cryptoSuites = List.copyOf(cryptoSuites);
        }
    }

    private static final int MAX_MEDIA = 64;

    private final String originUser;
    private final String originAddress;
    private final String sessionName;
    private final String connectionAddress;
    private final List<Media> media;

    private SdpSummary(String originUser, String originAddress, String sessionName, String connectionAddress,
            List<Media> media) {
        this.originUser = originUser;
        this.originAddress = originAddress;
        this.sessionName = sessionName;
        this.connectionAddress = connectionAddress;
        this.media = List.copyOf(media);
    }

    /** Summarises an SDP body; null if it does not start with a {@code v=} line. */
    public static SdpSummary parse(byte[] body) {
        String text = Text.decode(body);
        String[] lines = text.split("\r?\n");
        if (lines.length == 0 || !lines[0].trim().startsWith("v=")) {
            return null;
        }
        String originUser = null;
        String originAddress = null;
        String sessionName = null;
        String sessionConnection = null;
        String sessionDirection = "sendrecv";
        boolean sessionFingerprint = false;
        List<String[]> mediaLines = new ArrayList<>();
        List<String> mConn = new ArrayList<>();
        List<String> mDir = new ArrayList<>();
        List<List<String>> mCrypto = new ArrayList<>();
        List<Boolean> mFp = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.trim();
            if (line.length() < 2 || line.charAt(1) != '=') {
                continue;
            }
            char type = line.charAt(0);
            String value = line.substring(2).trim();
            boolean inMedia = !mediaLines.isEmpty();
            int last = mediaLines.size() - 1;
            switch (type) {
                case 'o': {
                    String[] f = value.split("\\s+");
                    originUser = f.length > 0 ? f[0] : null;
                    originAddress = f.length >= 6 ? f[5] : null;
                    break;
                }
                case 's':
                    sessionName = value;
                    break;
                case 'c': {
                    String[] f = value.split("\\s+");
                    String addr = f.length >= 3 ? f[2] : null;
                    if (inMedia) {
                        mConn.set(last, addr);
                    } else {
                        sessionConnection = addr;
                    }
                    break;
                }
                case 'm':
                    if (mediaLines.size() < MAX_MEDIA) {
                        mediaLines.add(value.split("\\s+"));
                        mConn.add(null);
                        mDir.add(null);
                        mCrypto.add(new ArrayList<>());
                        mFp.add(false);
                    }
                    break;
                case 'a': {
                    String attr = value.toLowerCase(Locale.ROOT);
                    String dir = switch (attr) {
                        case "sendrecv", "sendonly", "recvonly", "inactive" -> attr;
                        default -> null;
                    };
                    if (dir != null) {
                        if (inMedia) {
                            mDir.set(last, dir);
                        } else {
                            sessionDirection = dir;
                        }
                    } else if (attr.startsWith("fingerprint:")) {
                        if (inMedia) {
                            mFp.set(last, true);
                        } else {
                            sessionFingerprint = true;
                        }
                    } else if (attr.startsWith("crypto:") && inMedia) {
                        String[] f = value.substring(7).trim().split("\\s+");
                        if (f.length >= 2) {
                            mCrypto.get(last).add(f[1]);
                        }
                    }
                    break;
                }
                default:
                    break;
            }
        }
        List<Media> media = new ArrayList<>();
        for (int i = 0; i < mediaLines.size(); i++) {
            String[] f = mediaLines.get(i);
            int port = -1;
            if (f.length > 1) {
                String p = f[1].contains("/") ? f[1].substring(0, f[1].indexOf('/')) : f[1];
                if (!p.isEmpty() && p.length() <= 5 && p.chars().allMatch(Character::isDigit)) {
                    port = Integer.parseInt(p);
                }
            }
            List<String> formats = new ArrayList<>();
            for (int k = 3; k < f.length; k++) {
                formats.add(f[k]);
            }
            media.add(new Media(f[0], port, f.length > 2 ? f[2] : null, formats,
                    mConn.get(i) != null ? mConn.get(i) : sessionConnection,
                    mDir.get(i) != null ? mDir.get(i) : sessionDirection, mCrypto.get(i),
                    mFp.get(i) || sessionFingerprint));
        }
        return new SdpSummary(originUser, originAddress, sessionName, sessionConnection, media);
    }

    public String originUser() {
        return originUser;
    }

    /** Unicast address of the o= line. */
    public String originAddress() {
        return originAddress;
    }

    public String sessionName() {
        return sessionName;
    }

    /** Session-level c= address, or null. */
    public String connectionAddress() {
        return connectionAddress;
    }

    public List<Media> media() {
        return media;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("SDP ").append(originAddress);
        for (Media m : media) {
            b.append(", ").append(m.type()).append(' ').append(m.connectionAddress()).append(':').append(m.port())
                    .append(' ').append(m.protocol()).append(' ').append(m.direction());
        }
        return b.toString();
    }
}
