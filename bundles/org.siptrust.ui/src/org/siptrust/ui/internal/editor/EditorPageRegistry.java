package org.siptrust.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.siptrust.ui.ICaptureEditorPage;
import org.siptrust.ui.SipTrustIds;

/** Reads the pages contributed to {@code org.siptrust.ui.captureEditorPages}, in tab order. */
public final class EditorPageRegistry {
    private EditorPageRegistry() {
    }

    /** One {@code <page id name class order/>} element. */
    public record Contribution(String id, String name, int order, IConfigurationElement element) {
        /** A new page instance, or null (logged) when the contribution is broken. */
        public ICaptureEditorPage create() {
            try {
                return (ICaptureEditorPage) element.createExecutableExtension("class");
            } catch (CoreException | ClassCastException e) {
                ILog.of(EditorPageRegistry.class).error("capture editor page " + id + " from "
                        + element.getContributor().getName() + " cannot be created", e);
                return null;
            }
        }
    }

    public static List<Contribution> contributions() {
        List<Contribution> out = new ArrayList<>();
        if (Platform.getExtensionRegistry() == null) {
            return out;
        }
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getConfigurationElementsFor(SipTrustIds.EXTENSION_POINT_EDITOR_PAGES)) {
            if (!"page".equals(e.getName())) {
                continue;
            }
            int order = 100;
            try {
                String o = e.getAttribute("order");
                if (o != null) {
                    order = Integer.parseInt(o.trim());
                }
            } catch (NumberFormatException ex) {
                ILog.of(EditorPageRegistry.class).warn("page " + e.getAttribute("id") + ": order is not a number");
            }
            String id = e.getAttribute("id");
            String name = e.getAttribute("name");
            out.add(new Contribution(id, name == null ? id : name, order, e));
        }
        out.sort(Comparator.comparingInt(Contribution::order).thenComparing(Contribution::id));
        return out;
    }
}
