package org.siptrust.ui;

/**
 * Identifiers of the workbench that other UI bundles refer to: the capture editor and its page
 * extension point, commands, the perspective, and the ids the default perspective looks for when it
 * lays out views (a view that is not installed simply gets no place: the layout has no placeholders).
 */
public final class SipTrustIds {
    private SipTrustIds() {
    }

    public static final String PLUGIN_ID = "org.siptrust.ui";

    /** The capture editor ({@link CaptureEditor}). */
    public static final String CAPTURE_EDITOR = "org.siptrust.ui.captureEditor";
    /** Extension point through which bundles add pages (tabs) to the capture editor. */
    public static final String EXTENSION_POINT_EDITOR_PAGES = "org.siptrust.ui.captureEditorPages";
    /** Context active while a capture editor is the active part (F5 re-analyses there). */
    public static final String CONTEXT_CAPTURE_EDITOR = "org.siptrust.ui.contexts.captureEditor";

    /** Page ids of the pages this bundle contributes; others choose their own (e.g. {@code org.siptrust.ui.flow.messages}). */
    public static final String PAGE_FRAMES = "org.siptrust.ui.pages.frames";
    public static final String PAGE_CONNECTIONS = "org.siptrust.ui.pages.connections";

    public static final String PERSPECTIVE_TRUST = "org.siptrust.ui.perspective.trust";

    public static final String COMMAND_OPEN_CAPTURE = "org.siptrust.ui.commands.openCapture";
    public static final String COMMAND_KEYS = "org.siptrust.ui.commands.keys";
    public static final String COMMAND_REANALYSE = "org.siptrust.ui.commands.reanalyse";
    public static final String COMMAND_EXPORT_WITH_KEYS = "org.siptrust.ui.commands.exportWithKeys";

    /** The view category of every SIP Trust view (declared by this bundle). */
    public static final String VIEW_CATEGORY = "org.siptrust.ui.views";

    /** View ids the Trust Analysis perspective places when a bundle provides them (UI.md layout). */
    public static final String VIEW_HOPS = "org.siptrust.ui.trust.hops";
    public static final String VIEW_FINDINGS = "org.siptrust.ui.trust.findings";
    public static final String VIEW_DETAILS = "org.siptrust.ui.details";
    public static final String VIEW_CERTIFICATES = "org.siptrust.ui.certs.inspector";
    public static final String VIEW_DNS = "org.siptrust.ui.dns.resolver";
}
