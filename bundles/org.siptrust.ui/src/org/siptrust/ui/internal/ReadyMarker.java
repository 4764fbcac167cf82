package org.siptrust.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.ILog;
import org.siptrust.ui.AnalysisEvent;
import org.siptrust.ui.AnalysisService;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.internal.editor.FramesPage;

/**
 * For scripts that drive the product (the smoke test): when the environment variable
 * {@value #VARIABLE} names a file, each finished analysis writes one line there saying what the
 * Frames table shows, e.g. {@code updated b.pcap rows=95 status=95 frames, ...}. Nothing else.
 */
final class ReadyMarker {
    static final String VARIABLE = "SIPTRUST_READY_FILE";

    private ReadyMarker() {
    }

    static void installIfAsked() {
        String file = System.getenv(VARIABLE);
        if (file == null || file.isBlank()) {
            return;
        }
        Path target = Path.of(file);
        AnalysisService.get().addListener(e -> {
            if (e.kind() != AnalysisEvent.Kind.UPDATED && e.kind() != AnalysisEvent.Kind.FAILED) {
                return;
            }
            CaptureEditor editor = e.editor();
            int rows = editor.page(SipTrustIds.PAGE_FRAMES).filter(FramesPage.class::isInstance).map(FramesPage.class::cast)
                    .map(p -> p.viewer().getTable().getItemCount()).orElse(-1);
            String line = e.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + editor.captureInput().getName() + " rows=" + rows
                    + " status=" + editor.statusText() + "\n";
            try {
                Path tmp = Files.writeString(target.resolveSibling(target.getFileName() + ".tmp"), line, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ex) {
                ILog.of(ReadyMarker.class).warn("cannot write " + VARIABLE + " file " + target + ": " + ex.getMessage());
            }
        });
    }
}
