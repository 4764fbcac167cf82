package org.siptrust.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.siptrust.ui.SipTrustIds;

/**
 * The default "Trust Analysis" layout of UI.md: the capture editor on top; Hops and Details beside
 * each other in the middle; Findings, Certificates and DNS/DANE at the bottom. Only views that are
 * installed get a place (no empty placeholders); with none, the editor fills the window. Bundles
 * whose views use the ids of {@link SipTrustIds} appear in that layout without further work.
 */
public final class TrustPerspective implements IPerspectiveFactory {
    public static final String ID = SipTrustIds.PERSPECTIVE_TRUST;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        String editor = layout.getEditorArea();
        String[] bottom = installed(SipTrustIds.VIEW_FINDINGS, SipTrustIds.VIEW_CERTIFICATES, SipTrustIds.VIEW_DNS);
        String[] middleLeft = installed(SipTrustIds.VIEW_HOPS);
        String[] middleRight = installed(SipTrustIds.VIEW_DETAILS);
        String above = editor;
        if (bottom.length > 0) {
            IFolderLayout f = layout.createFolder("org.siptrust.ui.folders.bottom", IPageLayout.BOTTOM, 0.78f, editor);
            for (String id : bottom) {
                f.addView(id);
            }
        }
        if (middleLeft.length > 0 || middleRight.length > 0) {
            String first = middleLeft.length > 0 ? middleLeft[0] : middleRight[0];
            IFolderLayout m = layout.createFolder("org.siptrust.ui.folders.middle", IPageLayout.BOTTOM, 0.58f, above);
            m.addView(first);
            if (middleLeft.length > 0 && middleRight.length > 0) {
                layout.addView(middleRight[0], IPageLayout.RIGHT, 0.6f, "org.siptrust.ui.folders.middle");
            }
        }
    }

    private static String[] installed(String... ids) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return new String[0];
        }
        return java.util.Arrays.stream(ids).filter(id -> PlatformUI.getWorkbench().getViewRegistry().find(id) != null)
                .toArray(String[]::new);
    }
}
