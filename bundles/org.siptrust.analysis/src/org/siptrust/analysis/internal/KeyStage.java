package org.siptrust.analysis.internal;

import java.util.List;

import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.analysis.InputException;
import org.siptrust.tls.KeyMaterial;
import org.siptrust.tls.KeyMaterialException;

/** Builds the key material from the user's files and the secrets embedded in the capture. */
public final class KeyStage {
    private KeyStage() {
    }

    public static KeyMaterial keys(AnalysisOptions options, List<String> embeddedKeyLogs) throws InputException {
        KeyMaterial.Builder b = KeyMaterial.builder();
        try {
            for (var p : options.keyLogs()) {
                b.addKeyLog(p);
            }
            for (AnalysisOptions.PrivateKeyFile k : options.privateKeys()) {
                b.addPrivateKey(k.file(), k.password());
            }
        } catch (KeyMaterialException e) {
            throw new InputException(e.getMessage());
        }
        int i = 0;
        for (String text : embeddedKeyLogs) {
            b.addKeyLogText(text, "pcapng Decryption Secrets Block " + (++i));
        }
        return b.build();
    }
}
