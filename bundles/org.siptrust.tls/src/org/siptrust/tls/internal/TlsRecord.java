package org.siptrust.tls.internal;

/**
 * One TLS record found in a direction's byte stream: where its header starts, its type, version
 * and fragment length, and the frame (and time) in which its last byte arrived, which is the frame
 * tshark reports it in. {@code lostBefore} marks the first record after missing or skipped bytes
 * ({@code lostBytes} of them, -1 if unknown), where the record counter must be re-found.
 */
public record TlsRecord(boolean fromClient, int number, int type, int version, int headerOffset, int fragmentOffset,
        int length, long frame, long timeNanos, boolean lostBefore, long lostBytes, boolean sslv2) {

    public static final int CHANGE_CIPHER_SPEC = 20;
    public static final int ALERT = 21;
    public static final int HANDSHAKE = 22;
    public static final int APPLICATION_DATA = 23;
    public static final int HEARTBEAT = 24;

    public int end() {
        return fragmentOffset + length;
    }

    public String typeName() {
        return switch (type) {
            case CHANGE_CIPHER_SPEC -> "ChangeCipherSpec";
            case ALERT -> "Alert";
            case HANDSHAKE -> "Handshake";
            case APPLICATION_DATA -> "ApplicationData";
            case HEARTBEAT -> "Heartbeat";
            default -> "type " + type;
        };
    }
}
