package org.siptrust.ui.dns.internal;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.dns.DnsIds;

/**
 * Preferences > SIP Trust > DNS: whether the workbench may ask a live resolver (off by default; the
 * analysis otherwise uses only the capture and the zone files the user attached) and which one.
 * Turning it off re-analyses offline every capture that was resolved live, so nothing touches the
 * network afterwards.
 */
public final class DnsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    private BooleanFieldEditor allow;
    private StringFieldEditor resolver;

    public DnsPreferencePage() {
        super(GRID);
        setDescription("The analysis works offline: it judges DNS from the capture and the zone files attached with "
                + "the Keys dialog. Allow live queries to let \"Resolve live\" in the DNS/DANE view ask a resolver as well "
                + "(with the DO bit; the IANA root trust anchor is added for DNSSEC).");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(DnsPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        allow = new BooleanFieldEditor(DnsIds.PREF_ALLOW_LIVE, "&Allow live DNS queries", getFieldEditorParent());
        addField(allow);
        resolver = new StringFieldEditor(DnsIds.PREF_RESOLVER, "&Resolver (host:port):", getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                if (!allowed()) {
                    return true;
                }
                String problem = DnsPreferences.problemWith(getStringValue());
                setErrorMessage(problem);
                return problem == null;
            }
        };
        resolver.setEmptyStringAllowed(true);
        addField(resolver);
        Label hint = new Label(getFieldEditorParent(), SWT.WRAP);
        hint.setText("Nothing is sent until you press \"Resolve live\" in the DNS/DANE view.");
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        gd.widthHint = 380;
        hint.setLayoutData(gd);
    }

    private boolean allowed() {
        return allow != null && allow.getBooleanValue();
    }

    @Override
    public void propertyChange(org.eclipse.jface.util.PropertyChangeEvent event) {
        super.propertyChange(event);
        if (event.getSource() == allow) {
            resolver.setEnabled(allowed(), getFieldEditorParent());
            checkState();
        }
    }

    @Override
    protected void initialize() {
        super.initialize();
        resolver.setEnabled(allowed(), getFieldEditorParent());
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        if (ok && !DnsPreferences.liveAllowed()) {
            goOffline();
        }
        return ok;
    }

    /** Re-analyses without the live resolver every open capture that was analysed with one. */
    static void goOffline() {
        if (!org.eclipse.ui.PlatformUI.isWorkbenchRunning()) {
            return;
        }
        for (var window : org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (var page : window.getPages()) {
                for (CaptureEditor e : CaptureEditor.openEditors(page)) {
                    AnalysisOptions o = e.captureInput().options();
                    if (o.dnsServer() != null) {
                        e.reanalyse(o.toBuilder().dnsServer(null).build());
                    }
                }
            }
        }
    }
}
