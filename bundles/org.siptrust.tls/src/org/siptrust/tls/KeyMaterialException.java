package org.siptrust.tls;

/**
 * Key material that cannot be used: an unreadable file, a wrong or missing password, a file that
 * holds no RSA private key. The message is one line naming the file and the reason; it never
 * contains key bytes or the password.
 */
public final class KeyMaterialException extends Exception {
    private static final long serialVersionUID = 1L;

    public KeyMaterialException(String message) {
        super(message);
    }

    public KeyMaterialException(String message, Throwable cause) {
        super(message, cause);
    }
}
