package org.siptrust.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.siptrust.ui.SipTrustIds;
import org.siptrust.ui.internal.handlers.RecentCapturesMenu;

/**
 * Menus of the main window. File: Open Capture… (Ctrl+O), Open Recent, Keys… (Ctrl+K), Re-analyse
 * (F5), Exit. Window: Show View (the views' shortcuts of the perspective), Reset Perspective. The commands, handlers and key bindings are declared in plugin.xml; other bundles add
 * their menus with menu contributions (the File menu has an {@code additions} group).
 */
final class SipTrustActionBarAdvisor extends ActionBarAdvisor {
    private IAction quit;
    private IAction resetPerspective;

    SipTrustActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        quit = ActionFactory.QUIT.create(window);
        quit.setText("E&xit");
        register(quit);
        resetPerspective = ActionFactory.RESET_PERSPECTIVE.create(window);
        register(resetPerspective);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow w = getActionBarConfigurer().getWindowConfigurer().getWindow();
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(command(w, SipTrustIds.COMMAND_OPEN_CAPTURE, "&Open Capture…"));
        MenuManager recent = new MenuManager("Open &Recent", "org.siptrust.ui.menus.recent");
        recent.add(new RecentCapturesMenu(w));
        file.add(recent);
        file.add(new Separator());
        file.add(command(w, SipTrustIds.COMMAND_KEYS, "&Keys…"));
        file.add(command(w, SipTrustIds.COMMAND_REANALYSE, "Re-&analyse"));
        file.add(command(w, SipTrustIds.COMMAND_EXPORT_WITH_KEYS, "&Export Capture with Keys…"));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        menuBar.add(file);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View", "showView");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(w));
        windowMenu.add(showView);
        windowMenu.add(new Separator());
        windowMenu.add(resetPerspective);
        menuBar.add(windowMenu);
    }

    private static CommandContributionItem command(IWorkbenchWindow w, String commandId, String label) {
        CommandContributionItemParameter p = new CommandContributionItemParameter(w, commandId + ".menu", commandId,
                CommandContributionItem.STYLE_PUSH);
        p.label = label;
        return new CommandContributionItem(p);
    }
}
