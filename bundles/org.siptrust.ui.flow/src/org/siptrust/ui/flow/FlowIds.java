package org.siptrust.ui.flow;

/** Identifiers this bundle contributes: editor pages, the Follow TLS Stream view, commands and contexts. */
public final class FlowIds {
    private FlowIds() {
    }

    public static final String PLUGIN_ID = "org.siptrust.ui.flow";

    /** The Messages page of the capture editor (order 20, between Frames and Connections). */
    public static final String PAGE_MESSAGES = "org.siptrust.ui.flow.messages";
    /** The Ladder page of the capture editor (order 30). */
    public static final String PAGE_LADDER = "org.siptrust.ui.flow.ladder";

    /** The Follow TLS Stream view. */
    public static final String VIEW_FOLLOW_TLS = "org.siptrust.ui.flow.followTlsStream";

    /** Opens the Follow TLS Stream view on the connection of the current selection (Ctrl+Alt+Shift+S). */
    public static final String COMMAND_FOLLOW_TLS = "org.siptrust.ui.flow.commands.followTlsStream";
    /** Puts the keyboard focus in the filter field of the showing page (Ctrl+F). */
    public static final String COMMAND_FOCUS_FILTER = "org.siptrust.ui.flow.commands.focusFilter";
    /** Active while a page of this bundle with a filter shows (binds Ctrl+F there). */
    public static final String CONTEXT_FILTERABLE_PAGE = "org.siptrust.ui.flow.contexts.filterablePage";
}
