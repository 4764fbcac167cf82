package org.siptrust.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;

/** The File &gt; Open Recent submenu, rebuilt from the preferences each time it opens. */
public final class RecentCapturesMenu extends CompoundContributionItem {
    private final IWorkbenchWindow window;

    public RecentCapturesMenu(IWorkbenchWindow window) {
        super("org.siptrust.ui.recentCaptures");
        this.window = window;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        int n = 0;
        for (Path p : RecentCaptures.standard().list()) {
            n++;
            String dir = p.getParent() == null ? "" : "  [" + p.getParent() + "]";
            Action a = new Action("&" + n + " " + p.getFileName() + dir) {
                @Override
                public void run() {
                    if (window.getActivePage() != null) {
                        CaptureOpener.open(window.getActivePage(), p, null);
                    }
                }
            };
            a.setToolTipText(p.toString());
            items.add(new ActionContributionItem(a));
        }
        if (items.isEmpty()) {
            Action none = new Action("(no recent captures)") {
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(new IContributionItem[0]);
    }
}
