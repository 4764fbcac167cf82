package org.siptrust.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.siptrust.analysis.AnalysisOptions;

/**
 * What a capture editor shows: a capture file and the key material attached to it. Two inputs are
 * equal when they name the same file, so opening a capture twice brings its editor to the front.
 * The key material (which may hold private key passwords) lives only in memory; restoring the
 * workbench layout remembers the file path alone and takes the key file paths from the preferences.
 */
public final class CaptureEditorInput implements IEditorInput, IPersistableElement {
    /** Id of the element factory that restores inputs (see plugin.xml). */
    public static final String FACTORY_ID = "org.siptrust.ui.captureEditorInputFactory";
    static final String MEMENTO_PATH = "path";

    private final Path file;
    private final AnalysisOptions options;

    public CaptureEditorInput(Path file, AnalysisOptions options) {
        this.file = file.toAbsolutePath().normalize();
        this.options = options == null ? AnalysisOptions.none() : options;
    }

    public Path file() {
        return file;
    }

    public AnalysisOptions options() {
        return options;
    }

    /** The same capture with other key material. */
    public CaptureEditorInput withOptions(AnalysisOptions newOptions) {
        return new CaptureEditorInput(file, newOptions);
    }

    @Override
    public boolean exists() {
        return java.nio.file.Files.isRegularFile(file);
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == Path.class) {
            return adapter.cast(file);
        }
        return null;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(MEMENTO_PATH, file.toString());
    }

    @Override
    public String getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaptureEditorInput other && other.file.equals(file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file);
    }

    @Override
    public String toString() {
        return "capture " + file;
    }
}
