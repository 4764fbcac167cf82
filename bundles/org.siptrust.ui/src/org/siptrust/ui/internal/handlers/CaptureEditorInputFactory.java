package org.siptrust.ui.internal.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.siptrust.ui.CaptureEditorInput;
import org.siptrust.ui.internal.keys.CaptureKeys;
import org.siptrust.ui.internal.keys.KeyPreferences;

/**
 * Restores the capture editors of the last session: the memento holds only the capture's path; the
 * key files come from the preferences (private key passwords are not restored here: re-enter them
 * in the Keys dialog, or let secure storage remember them).
 */
public final class CaptureEditorInputFactory implements IElementFactory {
    @Override
    public IAdaptable createElement(IMemento memento) {
        String path = memento.getString("path");
        if (path == null) {
            return null;
        }
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        return new CaptureEditorInput(p, CaptureKeys.remembered(p, KeyPreferences.standard(), null));
    }
}
