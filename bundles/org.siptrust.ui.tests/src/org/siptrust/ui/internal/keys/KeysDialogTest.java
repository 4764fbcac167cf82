package org.siptrust.ui.internal.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.siptrust.ui.UiTestSupport.SCENARIO_B;
import static org.siptrust.ui.UiTestSupport.SCENARIO_B_KEYS;
import static org.siptrust.ui.UiTestSupport.TESTDATA;
import static org.siptrust.ui.testing.Workbench.assertContains;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.prefs.Preferences;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.UiTestSupport;
import org.siptrust.ui.testing.Workbench;

/**
 * The Keys dialog on a real capture: what it shows for real key files (never secrets), what OK
 * re-analyses with, which paths are remembered per capture, and that a private key password reaches
 * secure storage only when the user asks (and is gone again when they stop asking).
 */
class KeysDialogTest {
    private static final Path CA = TESTDATA.resolve("pki/ca.crt");
    private static final Path BOB_KEY = TESTDATA.resolve("pki/bob.key");

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        Workbench.closeAllEditors();
    }

    private KeyPreferences freshPreferences() {
        return new KeyPreferences(InstanceScope.INSTANCE.getNode("org.siptrust.ui.tests").node("keys" + System.nanoTime()));
    }

    private SecretStore temporarySecureStorage() throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        ISecurePreferences root = SecurePreferencesFactory.open(tmp.resolve("secure_storage").toUri().toURL(), options);
        return new SecretStore(root);
    }

    private static KeysDialog open(CaptureEditor editor, KeyPreferences prefs, SecretStore store) {
        KeysDialog d = new KeysDialog(editor.getSite().getShell(), editor, prefs, () -> store);
        d.setBlockOnOpen(false);
        d.open();
        Workbench.flush();
        return d;
    }

    @Test
    void keyFilesAreDescribedByCountsAndFingerprintsNeverBySecrets() throws Exception {
        CaptureEditor editor = UiTestSupport.openAndWait(SCENARIO_B, AnalysisOptions.none(), 60_000);
        KeysDialog d = open(editor, freshPreferences(), temporarySecureStorage());
        try {
            d.add(KeyKind.KEY_LOG, SCENARIO_B_KEYS);
            d.add(KeyKind.TRUST_ANCHOR, CA);
            d.add(KeyKind.PRIVATE_KEY, BOB_KEY);
            d.add(KeyKind.KEY_LOG, SCENARIO_B_KEYS); // once only
            Workbench.flush();

            List<String> logs = d.shownRows(KeyKind.KEY_LOG);
            assertEquals(1, logs.size());
            // 20 secret lines for the 4 TLS 1.3 handshakes of the scenario README
            assertTrue(logs.get(0).startsWith("b_ip_in_record_route.keys | 20 secrets for 4 TLS sessions | "), logs.get(0));

            byte[] der = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(Files.readAllBytes(CA)))
                    .getEncoded();
            String fp = HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("SHA-256").digest(der), 0, 8);
            // openssl x509 -in ca.crt -fingerprint -sha256: F3:5B:C9:58:AD:4B:4B:5F:...
            assertEquals("f3:5b:c9:58:ad:4b:4b:5f", fp);
            String anchor = d.shownRows(KeyKind.TRUST_ANCHOR).get(0);
            assertContains(anchor, "CN=Corpus Test Root CA");
            assertContains(anchor, "SHA-256 " + fp + "…");

            String key = d.shownRows(KeyKind.PRIVATE_KEY).get(0);
            assertTrue(key.startsWith("bob.key | none | PEM PRIVATE KEY, file SHA-256 "), key);

            // no secret of the key log and no line of the key's base64 shows anywhere
            String shown = String.join("\n", logs) + anchor + key;
            for (String line : Files.readAllLines(SCENARIO_B_KEYS)) {
                String[] parts = line.split(" ");
                if (parts.length == 3) {
                    assertFalse(shown.contains(parts[2].substring(0, 16)), "a secret is shown");
                }
            }
            for (String line : Files.readAllLines(BOB_KEY)) {
                if (!line.startsWith("-----") && line.length() > 20) {
                    assertFalse(shown.contains(line.substring(0, 20)), "private key bytes are shown");
                }
            }
        } finally {
            d.close();
        }
    }

    @Test
    void okReanalysesRemembersPathsAndKeepsPasswordsOutOfStorageUnlessAsked() throws Exception {
        CaptureEditor editor = UiTestSupport.openAndWait(SCENARIO_B, AnalysisOptions.none(), 60_000);
        KeyPreferences prefs = freshPreferences();
        SecretStore store = temporarySecureStorage();
        char[] password = "pw-Zq81-not-stored".toCharArray();

        KeysDialog d = open(editor, prefs, store);
        d.add(KeyKind.KEY_LOG, SCENARIO_B_KEYS);
        d.add(KeyKind.TRUST_ANCHOR, CA);
        d.add(KeyKind.PRIVATE_KEY, BOB_KEY);
        d.setPassword(BOB_KEY, password.clone());
        assertEquals("bob.key | set", String.join(" | ", List.of(d.shownRows(KeyKind.PRIVATE_KEY).get(0).split(" \\| ")).subList(0, 2)));
        d.setRememberPasswords(false);
        d.okPressed();
        assertTrue(editor.isAnalysing(), "OK re-analyses");
        UiTestSupport.waitForAnalysis(editor, 60_000);

        AnalysisOptions o = editor.captureInput().options();
        assertEquals(List.of(SCENARIO_B_KEYS.toAbsolutePath().normalize()), o.keyLogs());
        assertEquals(List.of(CA.toAbsolutePath().normalize()), o.trustAnchors());
        assertArrayEquals(password, o.privateKeys().get(0).password(), "the password is used for this session");
        assertEquals(editor.captureInput().options(), editor.analysis().options());

        KeyPreferences.Remembered r = prefs.load(SCENARIO_B);
        assertEquals(List.of(SCENARIO_B_KEYS.toAbsolutePath().normalize()), r.of(KeyKind.KEY_LOG));
        assertEquals(List.of(BOB_KEY.toAbsolutePath().normalize()), r.of(KeyKind.PRIVATE_KEY));
        assertEquals(List.of(CA.toAbsolutePath().normalize()), r.of(KeyKind.TRUST_ANCHOR));
        assertFalse(r.rememberPasswords());
        assertFalse(store.has(BOB_KEY), "not remembered unless asked");
        assertNoPasswordIn(prefs, password);

        // now the user asks to remember it
        d = open(editor, prefs, store);
        assertEquals(1, d.entries(KeyKind.PRIVATE_KEY).size(), "the dialog shows what is attached");
        d.setRememberPasswords(true);
        d.okPressed();
        UiTestSupport.waitForAnalysis(editor, 60_000);
        assertArrayEquals(password, store.password(BOB_KEY));
        assertTrue(prefs.load(SCENARIO_B).rememberPasswords());
        assertNoPasswordIn(prefs, password);
        byte[] storage = Files.readAllBytes(tmp.resolve("secure_storage"));
        assertFalse(new String(storage, StandardCharsets.ISO_8859_1).contains(new String(password)), "encrypted at rest");

        // remembered key material comes back when the capture is opened again
        AnalysisOptions again = CaptureKeys.remembered(SCENARIO_B, prefs, store);
        assertArrayEquals(password, again.privateKeys().get(0).password());
        assertEquals(o.keyLogs(), again.keyLogs());

        // and is forgotten when the user unticks the box
        d = open(editor, prefs, store);
        d.setRememberPasswords(false);
        d.okPressed();
        UiTestSupport.waitForAnalysis(editor, 60_000);
        assertFalse(store.has(BOB_KEY));
        assertNull(CaptureKeys.remembered(SCENARIO_B, prefs, store).privateKeys().get(0).password());
    }

    private static void assertNoPasswordIn(KeyPreferences prefs, char[] password) throws Exception {
        Preferences root = InstanceScope.INSTANCE.getNode("org.siptrust.ui.tests");
        StringBuilder all = new StringBuilder();
        dump(root, all);
        assertFalse(all.toString().contains(new String(password)), "a password in the preferences");
        assertTrue(all.toString().contains("bob.key"), "the key's path is in the preferences");
    }

    private static void dump(Preferences node, StringBuilder out) throws Exception {
        for (String k : node.keys()) {
            out.append(k).append('=').append(node.get(k, "")).append('\n');
        }
        for (String c : node.childrenNames()) {
            dump(node.node(c), out);
        }
    }
}
