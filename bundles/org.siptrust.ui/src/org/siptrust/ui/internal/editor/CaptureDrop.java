package org.siptrust.ui.internal.editor;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.siptrust.ui.internal.handlers.CaptureOpener;

/** Opens capture files dragged onto the window (the editor area or an editor's controls). */
public final class CaptureDrop extends DropTargetAdapter {
    private final Supplier<IWorkbenchPage> page;

    public CaptureDrop(Supplier<IWorkbenchPage> page) {
        this.page = page;
    }

    /** Makes {@code control} accept dropped files; does nothing when it already is a drop target. */
    public static void install(Control control, Supplier<IWorkbenchPage> page) {
        if (control == null || control.isDisposed() || control.getData(DND.DROP_TARGET_KEY) != null) {
            return;
        }
        DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
        target.setTransfer(new Transfer[] {FileTransfer.getInstance()});
        target.addDropListener(new CaptureDrop(page));
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        acceptAsCopy(event);
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        acceptAsCopy(event);
    }

    private static void acceptAsCopy(DropTargetEvent event) {
        if (!FileTransfer.getInstance().isSupportedType(event.currentDataType)) {
            event.detail = DND.DROP_NONE;
        } else if ((event.operations & DND.DROP_COPY) != 0) {
            event.detail = DND.DROP_COPY;
        } else if ((event.operations & DND.DROP_LINK) != 0) {
            event.detail = DND.DROP_LINK;
        }
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (!(event.data instanceof String[] files)) {
            return;
        }
        IWorkbenchPage p = page.get();
        if (p == null) {
            return;
        }
        for (String f : files) {
            CaptureOpener.open(p, Path.of(f), null);
        }
    }
}
