package org.siptrust.tls;

/**
 * One TLS alert seen on a connection. {@code encrypted} says it travelled encrypted; when it
 * could not be decrypted, level and description are -1 and the name is {@code "encrypted"}.
 *
 * @param fromClient  sent by the side that opened the connection
 * @param level       1 warning, 2 fatal, -1 unknown
 * @param description alert description code, -1 unknown
 * @param name        description name such as {@code bad_certificate}
 * @param frame       frame where the record carrying it ended
 * @param encrypted   whether it was sent under record protection
 */
public record TlsAlert(boolean fromClient, int level, int description, String name, long frame, boolean encrypted) {

    /** An encrypted alert whose content is unknown. */
    static TlsAlert unreadable(boolean fromClient, long frame) {
        return new TlsAlert(fromClient, -1, -1, "encrypted", frame, true);
    }

    static TlsAlert of(boolean fromClient, int level, int description, long frame, boolean encrypted) {
        return new TlsAlert(fromClient, level, description, TlsNames.alertDescription(description), frame, encrypted);
    }

    /** Fatal, or (TLS 1.3 ignores the level) anything but close_notify and user_canceled. */
    public boolean isFatal() {
        return level == 2 || (description > 0 && description != 90 && level != 1);
    }

    /** Who sent it, for messages: "client" or "server". */
    public String sender() {
        return fromClient ? "client" : "server";
    }

    /** {@code fatal:bad_certificate}, {@code warning:close_notify}, or {@code encrypted}. */
    @Override
    public String toString() {
        return level < 0 ? name : TlsNames.alertLevel(level) + ":" + name;
    }
}
