package org.siptrust.ui.internal.keys;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The master password of Eclipse secure storage. The product ships no operating-system keyring
 * module, so the user chooses a master password the first time a private key password is
 * remembered, and types it once per session when one is needed again. Declared in plugin.xml on
 * {@code org.eclipse.equinox.security.secureStorage}.
 */
public final class MasterPasswordProvider extends PasswordProvider {

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        if (container.hasOption(IProviderHints.PROMPT_USER)
                && Boolean.FALSE.equals(container.getOption(IProviderHints.PROMPT_USER))) {
            return null;
        }
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        if (display == null || display.isDisposed()) {
            return null;
        }
        boolean create = (passwordType & CREATE_NEW_PASSWORD) != 0;
        boolean change = (passwordType & PASSWORD_CHANGE) != 0;
        char[][] result = new char[1][];
        display.syncExec(() -> {
            Shell parent = display.getActiveShell();
            MasterPasswordDialog d = new MasterPasswordDialog(parent, create || change);
            if (d.open() == IDialogConstants.OK_ID) {
                result[0] = d.password;
            }
        });
        if (result[0] == null) {
            return null;
        }
        PBEKeySpec spec = new PBEKeySpec(result[0]);
        java.util.Arrays.fill(result[0], '\0');
        return spec;
    }

    @Override
    public boolean retryOnError(Exception e, IPreferencesContainer container) {
        return true; // a mistyped master password: ask again
    }

    /** Asks for the master password (twice when a new one is chosen). */
    static final class MasterPasswordDialog extends TitleAreaDialog {
        private final boolean create;
        private Text first;
        private Text second;
        char[] password;

        MasterPasswordDialog(Shell parent, boolean create) {
            super(parent);
            this.create = create;
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            setTitle(create ? "Choose a master password for secure storage" : "Unlock secure storage");
            setMessage(create ? "Remembered private key passwords are encrypted with this master password. "
                    + "You will type it once per session." : "Type the master password of the SIP Trust Workbench secure storage.");
            getShell().setText("Secure Storage");
            Composite c = new Composite(area, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            new Label(c, SWT.NONE).setText("Master password:");
            first = new Text(c, SWT.BORDER | SWT.PASSWORD);
            first.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            if (create) {
                new Label(c, SWT.NONE).setText("Again:");
                second = new Text(c, SWT.BORDER | SWT.PASSWORD);
                second.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            }
            return area;
        }

        @Override
        protected void okPressed() {
            String a = first.getText();
            if (a.isEmpty()) {
                setErrorMessage("The master password cannot be empty.");
                return;
            }
            if (second != null && !a.equals(second.getText())) {
                setErrorMessage("The two passwords differ.");
                return;
            }
            password = a.toCharArray();
            super.okPressed();
        }
    }
}
