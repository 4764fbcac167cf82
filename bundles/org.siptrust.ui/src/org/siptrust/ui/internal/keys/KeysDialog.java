package org.siptrust.ui.internal.keys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.internal.jobs.Failure;

/**
 * Attaches key material to the active capture: key logs, private keys (with an optional password),
 * trust anchors, DNS zone files and DNSSEC anchors. Files are listed by name with a harmless
 * description (counts, subjects, fingerprints). OK remembers the file paths for this capture,
 * private key passwords only when the user ticks the secure-storage box, and re-analyses.
 */
public final class KeysDialog extends TitleAreaDialog {

    /** One attached file; the password only for private keys, and only in memory. */
    static final class Entry {
        final Path file;
        char[] password;
        String description;

        Entry(Path file, char[] password) {
            this.file = file;
            this.password = password;
        }
    }

    private final CaptureEditor editor;
    private final KeyPreferences prefs;
    private final Supplier<SecretStore> secrets;
    private final Map<KeyKind, List<Entry>> entries = new EnumMap<>(KeyKind.class);
    private final Map<KeyKind, TableViewer> viewers = new EnumMap<>(KeyKind.class);
    private boolean systemTrust;
    private boolean rememberPasswords;
    private Button systemTrustBox;
    private Button rememberBox;

    public KeysDialog(Shell parent, CaptureEditor editor) {
        this(parent, editor, KeyPreferences.standard(), SecretStore::standard);
    }

    KeysDialog(Shell parent, CaptureEditor editor, KeyPreferences prefs, Supplier<SecretStore> secrets) {
        super(parent);
        this.editor = editor;
        this.prefs = prefs;
        this.secrets = secrets;
        setShellStyle(getShellStyle() | SWT.RESIZE);
        AnalysisOptions o = editor.captureInput().options();
        for (KeyKind k : KeyKind.values()) {
            entries.put(k, new ArrayList<>());
        }
        o.keyLogs().forEach(p -> entries.get(KeyKind.KEY_LOG).add(new Entry(p, null)));
        o.privateKeys().forEach(k -> entries.get(KeyKind.PRIVATE_KEY).add(new Entry(k.file(), k.password())));
        o.trustAnchors().forEach(p -> entries.get(KeyKind.TRUST_ANCHOR).add(new Entry(p, null)));
        o.dnsZones().forEach(p -> entries.get(KeyKind.DNS_ZONE).add(new Entry(p, null)));
        o.dnssecAnchors().forEach(p -> entries.get(KeyKind.DNSSEC_ANCHOR).add(new Entry(p, null)));
        systemTrust = o.systemTrust();
        rememberPasswords = prefs.load(editor.captureInput().file()).rememberPasswords();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Keys");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Keys for " + editor.captureInput().getName());
        setMessage("Attach key logs and private keys to decrypt TLS, trust anchors to validate certificates, and DNS "
                + "evidence. The file paths are remembered for this capture; key contents and passwords are not.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        GridData bodyData = new GridData(SWT.FILL, SWT.FILL, true, true);
        bodyData.widthHint = 860;
        body.setLayoutData(bodyData);
        for (KeyKind k : KeyKind.values()) {
            Group g = section(body, k);
            if (k == KeyKind.PRIVATE_KEY) {
                rememberBox = new Button(g, SWT.CHECK);
                rememberBox.setText("Remember private key passwords in Eclipse secure storage (encrypted)");
                rememberBox.setSelection(rememberPasswords);
                rememberBox.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
                rememberBox.addListener(SWT.Selection, e -> rememberPasswords = rememberBox.getSelection());
            } else if (k == KeyKind.TRUST_ANCHOR) {
                systemTrustBox = new Button(g, SWT.CHECK);
                systemTrustBox.setText("Also trust the Java runtime's CA certificates");
                systemTrustBox.setSelection(systemTrust);
                systemTrustBox.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
                systemTrustBox.addListener(SWT.Selection, e -> systemTrust = systemTrustBox.getSelection());
            }
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Analyse", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }


    private Group section(Composite parent, KeyKind kind) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(kind.title());
        g.setLayout(new GridLayout(2, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableViewer v = new TableViewer(g, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        v.getTable().setHeaderVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true);
        td.heightHint = v.getTable().getItemHeight() * 2 + v.getTable().getHeaderHeight();
        v.getTable().setLayoutData(td);
        column(v, "File", 200, e -> e.file.getFileName().toString());
        if (kind == KeyKind.PRIVATE_KEY) {
            column(v, "Password", 90, e -> e.password == null ? "none" : "set");
        }
        column(v, "Details", 360, e -> {
            if (e.description == null) {
                e.description = KeyFileDescriber.describe(kind, e.file);
            }
            return e.description;
        });
        column(v, "Folder", 220, e -> e.file.toAbsolutePath().getParent() == null ? "" : e.file.toAbsolutePath().getParent().toString());
        v.setContentProvider(ArrayContentProvider.getInstance());
        v.setInput(entries.get(kind));
        viewers.put(kind, v);

        Composite buttons = new Composite(g, SWT.NONE);
        GridLayout bl = new GridLayout(1, true);
        bl.marginWidth = 0;
        bl.marginHeight = 0;
        buttons.setLayout(bl);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(buttons, "Add…", () -> browse(kind));
        if (kind == KeyKind.PRIVATE_KEY) {
            button(buttons, "Password…", this::askPassword);
        }
        button(buttons, "Remove", () -> {
            for (Object o : ((IStructuredSelection) v.getSelection()).toList()) {
                Entry e = (Entry) o;
                if (e.password != null) {
                    Arrays.fill(e.password, '\0');
                }
                entries.get(kind).remove(e);
            }
            v.refresh();
        });
        return g;
    }

    private static void column(TableViewer v, String title, int width, Function<Entry, String> text) {
        TableViewerColumn c = new TableViewerColumn(v, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Entry) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Entry) element).file.toString();
            }
        });
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
    }

    private void browse(KeyKind kind) {
        FileDialog fd = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        fd.setText("Add " + kind.title().toLowerCase(java.util.Locale.ROOT));
        fd.setFilterExtensions(kind.filterExtensions());
        fd.setFilterNames(kind.filterNames());
        fd.setFilterPath(editor.captureInput().file().getParent().toString());
        if (fd.open() == null) {
            return;
        }
        for (String name : fd.getFileNames()) {
            add(kind, Path.of(fd.getFilterPath(), name));
        }
    }

    private void askPassword() {
        TableViewer v = viewers.get(KeyKind.PRIVATE_KEY);
        Object first = ((IStructuredSelection) v.getSelection()).getFirstElement();
        if (!(first instanceof Entry e)) {
            setErrorMessage("Select a private key first.");
            return;
        }
        setErrorMessage(null);
        InputDialog d = new InputDialog(getShell(), "Private key password", "Password of " + e.file.getFileName()
                + " (empty: none):", "", null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
            }
        };
        if (d.open() == IDialogConstants.OK_ID) {
            setPassword(e.file, d.getValue().isEmpty() ? null : d.getValue().toCharArray());
        }
    }

    // --- what the buttons do (tests call these too) -------------------------------------------------

    /** Attaches {@code file} as {@code kind} (once). */
    void add(KeyKind kind, Path file) {
        Path n = KeyPreferences.normalize(file);
        List<Entry> list = entries.get(kind);
        if (list.stream().noneMatch(e -> KeyPreferences.normalize(e.file).equals(n))) {
            list.add(new Entry(n, null));
        }
        TableViewer v = viewers.get(kind);
        if (v != null && !v.getTable().isDisposed()) {
            v.refresh();
        }
    }

    void setPassword(Path keyFile, char[] password) {
        Path n = KeyPreferences.normalize(keyFile);
        for (Entry e : entries.get(KeyKind.PRIVATE_KEY)) {
            if (KeyPreferences.normalize(e.file).equals(n)) {
                e.password = password;
            }
        }
        TableViewer v = viewers.get(KeyKind.PRIVATE_KEY);
        if (v != null && !v.getTable().isDisposed()) {
            v.refresh();
        }
    }

    void setRememberPasswords(boolean remember) {
        rememberPasswords = remember;
        if (rememberBox != null && !rememberBox.isDisposed()) {
            rememberBox.setSelection(remember);
        }
    }

    List<Entry> entries(KeyKind kind) {
        return List.copyOf(entries.get(kind));
    }

    /** The texts a table shows for {@code kind}, row by row, columns joined with " | ". */
    List<String> shownRows(KeyKind kind) {
        List<String> out = new ArrayList<>();
        TableViewer v = viewers.get(kind);
        for (var item : v.getTable().getItems()) {
            List<String> cols = new ArrayList<>();
            for (int i = 0; i < v.getTable().getColumnCount(); i++) {
                cols.add(item.getText(i));
            }
            out.add(String.join(" | ", cols));
        }
        return out;
    }

    /** The key material as the analysis takes it. */
    AnalysisOptions options() {
        AnalysisOptions old = editor.captureInput().options();
        AnalysisOptions.Builder b = AnalysisOptions.builder().systemTrust(systemTrust).at(old.at());
        if (old.dnsServer() != null) {
            b.dnsServer(old.dnsServer());
        }
        for (Entry e : entries.get(KeyKind.KEY_LOG)) {
            b.keyLog(e.file);
        }
        for (Entry e : entries.get(KeyKind.PRIVATE_KEY)) {
            b.privateKey(e.file, e.password);
        }
        for (Entry e : entries.get(KeyKind.TRUST_ANCHOR)) {
            b.trustAnchor(e.file);
        }
        for (Entry e : entries.get(KeyKind.DNS_ZONE)) {
            b.dnsZone(e.file);
        }
        for (Entry e : entries.get(KeyKind.DNSSEC_ANCHOR)) {
            b.dnssecAnchor(e.file);
        }
        return b.build();
    }

    @Override
    protected void okPressed() {
        AnalysisOptions options = options();
        Path capture = editor.captureInput().file();
        prefs.save(capture, KeyPreferences.Remembered.of(options, rememberPasswords));
        storePasswords(options);
        super.okPressed();
        editor.reanalyse(options);
    }

    private void storePasswords(AnalysisOptions options) {
        if (options.privateKeys().isEmpty()) {
            return;
        }
        SecretStore store;
        try {
            store = secrets.get();
        } catch (RuntimeException e) {
            store = null;
        }
        if (store == null) {
            if (rememberPasswords) {
                Failure.of("The passwords were not remembered: Eclipse secure storage is not available.", null)
                        .show(getShell(), "Keys");
            }
            return;
        }
        try {
            for (AnalysisOptions.PrivateKeyFile k : options.privateKeys()) {
                if (rememberPasswords && k.password() != null) {
                    store.remember(k.file(), k.password());
                } else if (!rememberPasswords) {
                    store.forget(k.file());
                }
            }
        } catch (StorageException e) {
            Failure.of("The passwords were not remembered: secure storage could not be unlocked.", e).show(getShell(), "Keys");
        }
    }
}
