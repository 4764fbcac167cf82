package org.siptrust.ui.certs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siptrust.testing.JsonTree;
import org.siptrust.testing.TestCorpus;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.certs.CertificateSelection;
import org.siptrust.ui.certs.CertsIds;
import org.siptrust.ui.certs.internal.chart.ValidityTimeline;
import org.siptrust.ui.certs.internal.model.CertificateExport;
import org.siptrust.ui.certs.internal.model.CertificateFields;
import org.siptrust.ui.certs.internal.model.CertificateFiles;
import org.siptrust.ui.certs.internal.model.FieldComparison;
import org.siptrust.ui.certs.internal.model.InspectedCertificate;
import org.siptrust.ui.certs.internal.model.OpenedCertificates;
import org.siptrust.ui.certs.internal.model.Validity;
import org.siptrust.ui.testing.Scenarios;
import org.siptrust.ui.testing.Workbench;
import org.siptrust.x509.CertificateInfo;

/**
 * The certificate inspector on scenario c3 (proxy B presents an expired certificate), opened with
 * its key log and the corpus CA, checked against tshark's reference
 * ({@code reference/c3_expired_cert.tls.json}).
 */
class CertificateInspectorTest {
    private static final String SCENARIO = "c3_expired_cert";
    private static CaptureEditor editor;
    private static CertificateInspectorView view;
    private static List<Map<String, Object>> referenceCertificates;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void open() throws Exception {
        Workbench.closeAllEditors();
        OpenedCertificates.get().clear();
        Workbench.bigWindow();
        editor = Scenarios.open(SCENARIO);
        assertNotNull(editor.analysis(), editor.statusText());
        view = (CertificateInspectorView) Workbench.page().showView(CertsIds.VIEW_INSPECTOR);
        waitForInventory();

        referenceCertificates = new ArrayList<>();
        Path reference = TestCorpus.root().resolve("captures/" + SCENARIO + "/reference/" + SCENARIO + ".tls.json");
        for (Object stream : JsonTree.list(JsonTree.read(reference))) {
            Map<String, Object> s = (Map<String, Object>) stream;
            for (String side : List.of("server_certificates", "client_certificates")) {
                Object certs = s.get(side);
                if (certs instanceof List<?> l) {
                    l.forEach(c -> referenceCertificates.add((Map<String, Object>) c));
                }
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        // the picture for the docs: B's expired certificate selected, its fields beside the timeline
        select(row("sip.biloxi.example.com", "capture"));
        view.details().showTab(CertificateDetails.TAB_FIELDS);
        Workbench.screenshotWindow("certs-in-workbench.png");
        org.eclipse.ui.IWorkbenchPage page = Workbench.page();
        page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.flush();
        view.details().fields().viewer().expandToLevel(2);
        Workbench.screenshotWindow("screenshot-certs.png");
        view.details().showTab(CertificateDetails.TAB_CHAIN);
        Workbench.screenshotWindow("certs-chain.png");
        view.details().showTab(CertificateDetails.TAB_PROBLEMS);
        Workbench.screenshotWindow("certs-lint.png");
        page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        OpenedCertificates.get().clear();
        Workbench.closeAllEditors();
    }

    private static void waitForInventory() {
        Workbench.waitUntil("the certificate inventory", 30_000,
                () -> !view.isBuilding() && view.inventory().analysis() == editor.analysis());
        Workbench.flush();
    }

    private static String sha(Map<String, Object> reference) {
        return ((String) reference.get("sha256")).replace(":", "").toLowerCase(Locale.ROOT);
    }

    private static Table table() {
        return view.inventoryTable().table();
    }

    /** The rows as the user sees them (virtual rows are materialised by asking for them). */
    private static List<TableItem> rows() {
        Table t = table();
        List<TableItem> out = new ArrayList<>();
        for (int i = 0; i < t.getItemCount(); i++) {
            TableItem item = t.getItem(i);
            item.getText(0); // a virtual row gets its data when it is first asked for text
            out.add(item);
        }
        return out;
    }

    private static InspectedCertificate row(String cn, String source) {
        return view.inventory().all().stream().filter(c -> c.commonName().equals(cn) && c.source().equals(source))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + cn + " from " + source));
    }

    private static void select(InspectedCertificate... rows) {
        view.inventoryTable().viewer().setSelection(new StructuredSelection(List.of(rows)), true);
        Workbench.flush();
    }

    private static TreeItem child(TreeItem[] items, String text) {
        for (TreeItem t : items) {
            if (t.getText(0).equals(text)) {
                return t;
            }
        }
        throw new AssertionError("no tree line " + text);
    }

    private static List<String> texts(TreeItem[] items, int column) {
        List<String> out = new ArrayList<>();
        for (TreeItem t : items) {
            out.add(t.getText(column));
        }
        return out;
    }

    @Test
    void inventoryListsEveryCertificateOfTheReference() {
        Set<String> expected = new TreeSet<>();
        referenceCertificates.forEach(r -> expected.add(sha(r)));
        // tshark: 4 handshakes; B (expired, twice), the root CA, bob, proxy A, alice -> 5 distinct
        assertEquals(5, expected.size());
        Set<String> listed = new TreeSet<>();
        int captureRows = 0;
        for (TableItem item : rows()) {
            InspectedCertificate c = (InspectedCertificate) item.getData();
            if (!c.fromFile()) {
                captureRows++;
                listed.add(c.sha256());
                assertEquals("capture", item.getText(InventoryTable.COL_SOURCE));
            }
        }
        assertEquals(expected.size(), captureRows, "one row per distinct certificate");
        assertEquals(expected, listed);
        assertTrue(view.statusLabel().getText().startsWith("5 certificates in c3_expired_cert.pcap"), view.statusLabel().getText());
        assertTrue(view.statusLabel().getText().contains("· 1 trust anchor"), view.statusLabel().getText());
    }

    @Test
    void theExpiredCertificateOfProxyBShowsItsStatusAndTheReferenceSans() {
        Map<String, Object> ref = referenceCertificates.stream()
                .filter(r -> "O=Biloxi Example,CN=sip.biloxi.example.com".equals(r.get("subject"))).findFirst().orElseThrow();
        TableItem item = rows().stream().filter(i -> i.getText(InventoryTable.COL_SUBJECT).equals("sip.biloxi.example.com"))
                .findFirst().orElseThrow();
        assertEquals("✘ expired", item.getText(InventoryTable.COL_STATUS));
        assertEquals(UiColors.BAD.getRGB(), item.getForeground(InventoryTable.COL_STATUS).getRGB(), "status in red");
        assertEquals("2021-01-01", item.getText(InventoryTable.COL_NOT_AFTER), "reference not_after Jan  1 00:00:00 2021 GMT");
        assertEquals("Corpus Test Root CA", item.getText(InventoryTable.COL_ISSUER));
        assertEquals("biloxi.example.com", item.getText(InventoryTable.COL_IDENTITIES));
        // presented by B as server on both connections to it (tshark streams 0 and 2 -> c1, c3)
        assertEquals("c1 server, c3 server", item.getText(InventoryTable.COL_PRESENTED));
        assertTrue(item.getText(InventoryTable.COL_CONNECTIONS).contains("-> 127.0.0.12:5061 (server)"),
                item.getText(InventoryTable.COL_CONNECTIONS));

        InspectedCertificate b = (InspectedCertificate) item.getData();
        assertEquals(sha(ref), b.sha256());
        select(b);

        // the fields tree: SANs grouped by type, in certificate order, as the reference lists them
        view.details().fields().viewer().expandAll();
        TreeItem sans = child(view.details().fields().viewer().getTree().getItems(), CertificateFields.SANS);
        List<String> shown = new ArrayList<>();
        for (TreeItem group : sans.getItems()) {
            for (TreeItem entry : group.getItems()) {
                shown.add(group.getText(0) + ":" + entry.getText(1));
            }
        }
        assertEquals(ref.get("san"), shown);
        TreeItem validity = child(view.details().fields().viewer().getTree().getItems(), CertificateFields.VALIDITY);
        assertEquals("2021-01-01 00:00:00 UTC", child(validity.getItems(), CertificateFields.NOT_AFTER).getText(1));
        assertTrue(validity.getItems()[2].getText(1).startsWith("expired 5 years"), validity.getItems()[2].getText(1));
        assertEquals("1007 (4103)", child(view.details().fields().viewer().getTree().getItems(), CertificateFields.SERIAL).getText(1),
                "reference serial 1007");
        TreeItem fingerprints = child(view.details().fields().viewer().getTree().getItems(), CertificateFields.FINGERPRINTS);
        assertEquals(ref.get("sha256"), child(fingerprints.getItems(), "SHA-256").getText(1));

        // the validation problem and the chain: anchor on top, B below it, and what the peers sent
        List<String> problems = new ArrayList<>();
        for (TableItem p : view.details().problems().getTable().getItems()) {
            problems.add(p.getText(1) + " " + p.getText(2));
        }
        assertTrue(problems.contains("validation expired"), problems.toString());
        TreeItem[] chain = view.details().chain().viewer().getTree().getItems();
        assertTrue(chain[0].getText(1).startsWith("expired"), chain[0].getText(1));
        TreeItem anchor = chain[0].getItems()[0];
        assertEquals("Corpus Test Root CA", anchor.getText(0));
        assertEquals("sip.biloxi.example.com", anchor.getItems()[0].getText(0));
        assertEquals("expired", anchor.getItems()[0].getText(1));
        assertEquals("Presented by c1 server, c3 server", chain[1].getText(0));
        assertEquals(List.of("sip.biloxi.example.com", "Corpus Test Root CA"), texts(chain[1].getItems(), 0),
                "reference: B sends its certificate then the root");

        // the workbench selection is the certificate, with the frames that carried it
        assertTrue(view.getSite().getSelectionProvider().getSelection() instanceof CertificateSelection);
        CertificateSelection s = (CertificateSelection) view.getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(b.sha256()), s.sha256s());
        assertEquals(List.of(6L, 32L), s.frames(), "reference server_hello/certificate frames 6 and 32");

        // double-click: the capture editor selects those frames
        view.showFrames();
        Workbench.flush();
        org.eclipse.jface.viewers.ISelection inEditor = editor.getSite().getSelectionProvider().getSelection();
        assertTrue(inEditor instanceof org.siptrust.ui.FrameSelection, String.valueOf(inEditor));
        assertEquals(List.of(6L, 32L), ((org.siptrust.ui.FrameSelection) inEditor).frames());
        Workbench.page().activate(view);

        // Ctrl+C copies what the user sees, plus the SHA-256
        String copied = view.inventoryTable().copyText();
        assertTrue(copied.startsWith("Subject CN\tIssuer\tStatus\t"), copied);
        assertTrue(copied.contains("sip.biloxi.example.com\tCorpus Test Root CA\texpired\t2021-01-01\t"), copied);
        assertTrue(copied.trim().endsWith(b.sha256()), copied);
    }

    @Test
    void theTimelineDrawsTheExpiredBarInRed() throws Exception {
        InspectedCertificate b = row("sip.biloxi.example.com", "capture");
        select(b);
        ImageData small = view.timeline().imageData();
        assertNotNull(small, "the timeline rendered in the view's normal size");
        org.eclipse.ui.IWorkbenchPage page = Workbench.page();
        page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.flush();
        try {
            checkTimeline(b);
        } finally {
            page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
            Workbench.flush();
        }
    }

    private void checkTimeline(InspectedCertificate b) throws Exception {
        ImageData image = view.timeline().imageData();
        assertNotNull(image, "the timeline rendered");
        assertTrue(image.width > 300 && image.height > 300, "redrawn at the maximised size: " + image.width + "x" + image.height);
        List<ValidityTimeline.Bar> bars = view.timeline().timeline().bars();
        assertEquals(view.inventory().all().size(), bars.size());
        int expired = -1;
        int valid = -1;
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).sha256().equals(b.sha256())) {
                expired = i;
            } else if (bars.get(i).validity() == Validity.VALID && valid < 0) {
                valid = i;
            }
        }
        assertEquals(Validity.EXPIRED, bars.get(expired).validity());
        RGB red = centre(image, view.timeline().barArea(expired));
        assertTrue(red.red > 200 && red.green < 100 && red.blue < 100, "expired bar is red: " + red);
        RGB green = centre(image, view.timeline().barArea(valid));
        assertTrue(green.green > 120 && green.red < 120, "valid bar is green: " + green);

        // PNG and SVG export of the same chart
        Path png = Files.createTempFile("timeline", ".png");
        Path svg = Files.createTempFile("timeline", ".svg");
        org.siptrust.ui.certs.internal.chart.TimelineExport.write(view.timeline().timeline(), 900, 300, png);
        org.siptrust.ui.certs.internal.chart.TimelineExport.write(view.timeline().timeline(), 900, 300, svg);
        ImageData fromFile = new org.eclipse.swt.graphics.ImageLoader().load(png.toString())[0];
        assertEquals(900, fromFile.width);
        String svgText = Files.readString(svg);
        assertTrue(svgText.contains("<svg") && svgText.contains("sip.biloxi.example.com"), svgText.substring(0, 200));
        Files.delete(png);
        Files.delete(svg);
    }

    private static RGB centre(ImageData image, Rectangle2D area) {
        assertNotNull(area, "the bar has an area on the chart");
        int x = (int) Math.round(area.getCenterX());
        int y = (int) Math.round(area.getCenterY());
        return image.palette.getRGB(image.getPixel(x, y));
    }

    @Test
    void exportedPemAndDerParseBackToTheSameCertificate(@TempDir Path dir) throws Exception {
        InspectedCertificate b = row("sip.biloxi.example.com", "capture");
        select(b);
        Path pem = dir.resolve("b.pem");
        view.exportSelected(pem, CertificateExport.Format.PEM);
        assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----\n"));
        List<CertificateInfo> back = CertificateFiles.read(pem);
        assertEquals(1, back.size());
        assertEquals(b.sha256(), back.get(0).sha256());
        Path der = dir.resolve("b.der");
        view.exportSelected(der, CertificateExport.Format.DER);
        assertEquals(b.sha256(), CertificateInfo.parse(Files.readAllBytes(der)).sha256());
    }

    @Test
    void compareShowsBothCertificatesWithTheDifferencesHighlighted() throws Exception {
        select(row("sip.biloxi.example.com", "capture"), row("sip.atlanta.example.com", "capture"));
        assertTrue(view.compareAction().isEnabled());
        CompareDialog d = view.compareSelected(false);
        try {
            Map<String, FieldComparison.Row> byField = new java.util.HashMap<>();
            d.rows().forEach(r -> byField.put(r.field(), r));
            FieldComparison.Row cn = byField.get("Subject / CN");
            assertTrue(cn.differs());
            assertEquals(Set.of("sip.biloxi.example.com", "sip.atlanta.example.com"), Set.of(cn.left(), cn.right()));
            assertFalse(byField.get("Issuer / CN").differs(), "same CA");
            assertTrue(byField.get("Validity / Not after").differs());
            TableItem cnItem = null;
            for (TableItem i : d.table().getItems()) {
                if (i.getText(0).equals("Subject / CN")) {
                    cnItem = i;
                }
            }
            assertNotNull(cnItem);
            assertEquals(UiColors.DIFFERENT.getRGB(), cnItem.getBackground().getRGB(), "differences are highlighted");
            Workbench.screenshotWindow("certs-compare.png");
        } finally {
            d.close();
        }
    }

    @Test
    void openCertificateListsTheFileAndShowsTheWildcardLint() {
        // the command is in the File menu
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem file = null;
        for (MenuItem i : bar.getItems()) {
            if (i.getText().replace("&", "").equals("File")) {
                file = i;
            }
        }
        assertNotNull(file, "File menu");
        file.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        Workbench.flush();
        boolean found = false;
        for (MenuItem i : file.getMenu().getItems()) {
            found |= i.getText().replace("&", "").startsWith("Open Certificate");
        }
        file.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        assertTrue(found, "File > Open Certificate…");

        Path wildcard = TestCorpus.root().resolve("pki/proxy-b-wildcard.crt");
        List<String> errors = OpenCertificateHandler.openInView(Workbench.page(), null, List.of(wildcard));
        assertEquals(List.of(), errors);
        Workbench.waitUntil("the opened file in the inventory", 30_000, () -> !view.isBuilding()
                && view.inventory().opened().size() == 1 && !view.inventoryTable().selected().isEmpty());
        Workbench.flush();
        InspectedCertificate w = view.inventoryTable().selected().get(0);
        assertEquals("*.biloxi.example.com", w.commonName());
        assertEquals("proxy-b-wildcard.crt", w.source());
        assertEquals("valid", w.validation().status(), "validated against the capture's anchor (ca.crt) at the capture time");
        // listed after the capture's certificates
        List<TableItem> items = rows();
        assertEquals("proxy-b-wildcard.crt", items.get(items.size() - 1).getText(InventoryTable.COL_SOURCE));
        List<String> ids = new ArrayList<>();
        for (TableItem p : view.details().problems().getTable().getItems()) {
            ids.add(p.getText(2));
        }
        assertTrue(ids.contains("wildcard-not-sip"), ids.toString());
        TreeItem accepted = view.details().identities().viewer().getTree().getItems()[0];
        assertTrue(accepted.getText(0).startsWith("SIP identities (0)"), accepted.getText(0));
        TreeItem rejected = view.details().identities().viewer().getTree().getItems()[1];
        assertEquals("DNS:*.biloxi.example.com", rejected.getItems()[0].getText(0));

        // a file that is no certificate is a sentence, not an exception
        List<String> bad = OpenCertificateHandler.open(List.of(TestCorpus.root().resolve("pki/ca.cnf")));
        assertEquals(1, bad.size());
        assertTrue(bad.get(0).startsWith("ca.cnf cannot be opened as a certificate: "), bad.get(0));
    }
}
