package org.siptrust.ui.internal.keys;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Private key passwords the user chose to remember, encrypted in Eclipse secure storage (one entry
 * per key file, named by a hash of its path). Nothing is written here unless the user ticked
 * "remember passwords"; the password bytes are wiped after use where Java lets us.
 */
public final class SecretStore {
    static final String NODE = "org.siptrust.ui/keyPasswords";

    private final ISecurePreferences root;

    /** Eclipse's default secure storage, or null when none can be opened. */
    public static SecretStore standard() {
        ISecurePreferences p = SecurePreferencesFactory.getDefault();
        return p == null ? null : new SecretStore(p);
    }

    public SecretStore(ISecurePreferences root) {
        this.root = root;
    }

    /** The remembered password of {@code keyFile}, or null. */
    public char[] password(Path keyFile) throws StorageException {
        ISecurePreferences n = root.node(NODE);
        byte[] b = n.getByteArray(key(keyFile), null);
        if (b == null) {
            return null;
        }
        try {
            CharBuffer cb = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(b));
            char[] out = Arrays.copyOfRange(cb.array(), cb.position(), cb.limit());
            Arrays.fill(cb.array(), '\0');
            return out;
        } finally {
            Arrays.fill(b, (byte) 0);
        }
    }

    public void remember(Path keyFile, char[] password) throws StorageException {
        ByteBuffer bb = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] b = Arrays.copyOfRange(bb.array(), bb.position(), bb.limit());
        try {
            root.node(NODE).putByteArray(key(keyFile), b, true);
            flush();
        } finally {
            Arrays.fill(b, (byte) 0);
            Arrays.fill(bb.array(), (byte) 0);
        }
    }

    public void forget(Path keyFile) {
        ISecurePreferences n = root.node(NODE);
        String k = key(keyFile);
        if (Arrays.asList(n.keys()).contains(k)) {
            n.remove(k);
            flush();
        }
    }

    public boolean has(Path keyFile) {
        return Arrays.asList(root.node(NODE).keys()).contains(key(keyFile));
    }

    private void flush() {
        try {
            root.flush();
        } catch (java.io.IOException e) {
            org.eclipse.core.runtime.ILog.of(SecretStore.class).warn("secure storage could not be written: " + e.getMessage());
        }
    }

    private static String key(Path keyFile) {
        return KeyPreferences.hash(KeyPreferences.normalize(keyFile).toString());
    }
}
