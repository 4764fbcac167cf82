package org.siptrust.ui.dns.internal;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** The "SIP Trust" node of the preferences, parent of the workbench's pages (DNS, ...). */
public final class SipTrustPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public SipTrustPreferencePage() {
        noDefaultAndApplyButton();
    }

    @Override
    public void init(IWorkbench workbench) {
    }

    @Override
    protected Control createContents(Composite parent) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText("Settings of the SIP Trust Workbench. Expand this node to see its pages.");
        return l;
    }
}
