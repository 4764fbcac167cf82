package org.siptrust.ui.dns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.testing.TestCorpus;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.FrameSelection;
import org.siptrust.ui.dns.DnsIds;
import org.siptrust.ui.dns.internal.model.DnsRow;
import org.siptrust.ui.testing.Scenarios;
import org.siptrust.ui.testing.Workbench;

/**
 * The DNS/DANE view on scenario f (RFC 3263 NAPTR/SRV/A and TLSA in a DNSSEC-signed zone), opened
 * with its key log, the corpus CA, the signed zone file and its DS record as DNSSEC anchor, checked
 * against tshark's reference ({@code reference/f_dns_naptr_srv_tlsa.dns.tsv}) and the README.
 */
class DnsResolverViewTest {
    private static final String SCENARIO = "f_dns_naptr_srv_tlsa";
    private static CaptureEditor editor;
    private static DnsResolverView view;

    @BeforeAll
    static void open() throws Exception {
        Workbench.closeAllEditors();
        Workbench.bigWindow();
        DnsPreferences.store().setValue(DnsIds.PREF_ALLOW_LIVE, false);
        DnsPreferences.store().setValue(DnsIds.PREF_RESOLVER, "");
        Path generation = TestCorpus.root().resolve("captures/" + SCENARIO + "/generation");
        AnalysisOptions options = AnalysisOptions.builder().keyLog(Scenarios.keys(SCENARIO))
                .trustAnchor(Scenarios.ca()).dnsZone(generation.resolve("example.com.zone.signed"))
                .dnssecAnchor(generation.resolve("example.com.ds")).build();
        editor = Scenarios.open(SCENARIO, options);
        assertNotNull(editor.analysis(), editor.statusText());
        view = (DnsResolverView) Workbench.page().showView(DnsIds.VIEW_RESOLVER);
        Workbench.waitUntil("the DNS view to show the analysis", 10_000, () -> view.analysis() == editor.analysis());
        Workbench.flush();
    }

    @AfterAll
    static void close() throws Exception {
        DnsPreferences.store().setToDefault(DnsIds.PREF_ALLOW_LIVE);
        DnsPreferences.store().setToDefault(DnsIds.PREF_RESOLVER);
        Workbench.closeAllEditors();
    }

    private static TreeItem root(String startsWith) {
        for (TreeItem t : view.tree().viewer().getTree().getItems()) {
            if (t.getText(ResolutionTree.COL_STEP).startsWith(startsWith)) {
                return t;
            }
        }
        throw new AssertionError("no target " + startsWith);
    }

    /** Every line below {@code item}, depth first. */
    private static List<TreeItem> below(TreeItem item) {
        List<TreeItem> out = new ArrayList<>();
        for (TreeItem c : item.getItems()) {
            out.add(c);
            out.addAll(below(c));
        }
        return out;
    }

    private static TreeItem line(TreeItem root, String step) {
        return below(root).stream().filter(t -> t.getText(ResolutionTree.COL_STEP).equals(step)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + step + " under " + root.getText()));
    }

    @Test
    void biloxiResolvesThroughNaptrSrvAAndTlsaAllSecure() {
        TreeItem biloxi = root("sip:biloxi.example.com (Request-URI)");
        assertEquals("→ 127.0.0.12:5061 TLS (sip.biloxi.example.com)", biloxi.getText(ResolutionTree.COL_ANSWER));
        assertEquals("secure", biloxi.getText(ResolutionTree.COL_STATUS));

        TreeItem naptr = line(biloxi, "NAPTR biloxi.example.com");
        assertEquals("10 10 \"S\" \"SIPS+D2T\" \"\" _sips._tcp.biloxi.example.com.", naptr.getText(ResolutionTree.COL_ANSWER));
        TreeItem srv = line(biloxi, "SRV _sips._tcp.biloxi.example.com [TLS]");
        assertEquals("10 10 5061 sip.biloxi.example.com.", srv.getText(ResolutionTree.COL_ANSWER));
        TreeItem a = line(biloxi, "A sip.biloxi.example.com [TLS:5061]");
        assertEquals("127.0.0.12", a.getText(ResolutionTree.COL_ANSWER), "reference frame 6: dns.a 127.0.0.12");
        TreeItem tlsa = line(biloxi, "TLSA _5061._tcp.sip.biloxi.example.com");
        // reference frame 8: 3 1 1 0661fdf9...
        assertEquals("3 1 1 0661FDF9E7A20A64B0E4278787620EC175AB5344D7325F203BDDEA6422486D35",
                tlsa.getText(ResolutionTree.COL_ANSWER));
        for (TreeItem t : List.of(naptr, srv, a, tlsa)) {
            assertEquals("secure", t.getText(ResolutionTree.COL_STATUS), t.getText());
            assertEquals(DnsLook.GREEN.getRGB(), t.getForeground(ResolutionTree.COL_STATUS).getRGB(), "secure is green");
            assertNotNull(t.getImage(ResolutionTree.COL_STATUS), "status icon");
        }
        // the NAPTR answer came in the responses to bob (frame 2), kamailio A (53) and later bob (144)
        assertEquals("2, 53, 144", naptr.getText(ResolutionTree.COL_FRAMES));
        // the structure: NAPTR -> SRV -> host -> A/TLSA
        assertEquals(naptr, srv.getParentItem());
        assertEquals(srv, a.getParentItem().getParentItem());
        assertEquals(a.getParentItem(), tlsa.getParentItem());

        // beside the TLSA record, the connections that used it and the certificate they matched
        List<String> daneLines = new ArrayList<>();
        for (TreeItem d : tlsa.getItems()) {
            daneLines.add(d.getText(ResolutionTree.COL_STEP) + " | " + d.getText(ResolutionTree.COL_ANSWER));
            assertEquals("match", d.getText(ResolutionTree.COL_STATUS));
        }
        assertTrue(daneLines.size() >= 2, daneLines.toString());
        for (String l : daneLines) {
            assertTrue(l.contains("→ 127.0.0.12:5061 | match — certificate sip.biloxi.example.com"), l);
        }
    }

    @Test
    void daneRowsForTheProxiesShowMatch() {
        view.showTab(DnsResolverView.TAB_DANE);
        Workbench.flush();
        Table table = view.dane().table();
        Set<String> servers = new TreeSet<>();
        int proxies = 0;
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            String server = item.getText(2);
            if (server.equals("127.0.0.11:5061") || server.equals("127.0.0.12:5061")) {
                proxies++;
                servers.add(server);
                assertEquals("match", item.getText(4), item.getText(0) + " to " + server);
                assertEquals(DnsLook.GREEN.getRGB(), item.getForeground(4).getRGB());
                String cn = server.endsWith(".11:5061") ? "sip.atlanta.example.com" : "sip.biloxi.example.com";
                assertEquals(cn, item.getText(5));
            }
        }
        // README: alice->A and bob->B, plus A->B and B->A (tshark streams 0, 1, 2, 4)
        assertEquals(4, proxies);
        assertEquals(Set.of("127.0.0.11:5061", "127.0.0.12:5061"), servers);
        view.showTab(DnsResolverView.TAB_RESOLUTION);
    }

    @Test
    void theQueryComparisonShowsWhatKamailioAAskedAndWhatCameInTheAdditionalSection() {
        TreeItem biloxi = root("sip:biloxi.example.com (Request-URI)");
        view.tree().viewer().setSelection(new StructuredSelection(biloxi.getData()), true);
        Workbench.flush();
        List<String> a = new ArrayList<>();
        for (TableItem item : view.queries().table().getItems()) {
            if (item.getText(0).equals("127.0.0.11")) {
                a.add(item.getText(1) + " " + item.getText(2) + " " + item.getText(3) + " " + item.getText(4));
            }
        }
        // reference: frame 52 the NAPTR query (no EDNS), frame 53 the answer with SRV, A and TLSA as additional
        assertEquals("biloxi.example.com NAPTR asked 52", a.get(0));
        assertTrue(a.contains("_sips._tcp.biloxi.example.com SRV in-additional 53"), a.toString());
        assertTrue(a.stream().anyMatch(l -> l.startsWith("sip.biloxi.example.com A") && l.endsWith("in-additional 53")), a.toString());
        // bob (127.0.0.13) asked every step itself: frames 1, 3, 5, 7 first
        List<String> bob = new ArrayList<>();
        for (TableItem item : view.queries().table().getItems()) {
            if (item.getText(0).equals("127.0.0.13")) {
                bob.add(item.getText(1) + " " + item.getText(3) + " " + item.getText(4).split(",")[0]);
            }
        }
        assertTrue(bob.contains("biloxi.example.com asked 1"), bob.toString());
        assertTrue(bob.contains("_sips._tcp.biloxi.example.com asked 3"), bob.toString());
    }

    @Test
    void selectingAnAnswerSelectsItsFramesAndTheRecordsTableListsTheEvidence() {
        TreeItem naptr = line(root("sip:biloxi.example.com (Request-URI)"), "NAPTR biloxi.example.com");
        view.tree().viewer().setSelection(new StructuredSelection(naptr.getData()), true);
        Workbench.flush();
        assertTrue(view.getSite().getSelectionProvider().getSelection() instanceof FrameSelection);
        FrameSelection s = (FrameSelection) view.getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(2L, 53L, 144L), s.frames());
        assertEquals(DnsRow.Kind.LOOKUP, ((DnsRow) naptr.getData()).kind());

        Table records = view.records().table();
        assertEquals(editor.analysis().dnsRecords().size(), records.getItemCount());
        boolean naptrFromCapture = false;
        for (int i = 0; i < records.getItemCount(); i++) {
            TableItem item = records.getItem(i);
            if (item.getText(0).equals("biloxi.example.com") && item.getText(1).equals("NAPTR")
                    && item.getText(5).equals("capture")) {
                naptrFromCapture = true;
                assertEquals("secure", item.getText(3));
                assertEquals("2, 53, 144", item.getText(6));
            }
        }
        assertTrue(naptrFromCapture);
        assertTrue(view.statusLabel().getText().startsWith("6 SIP targets"), view.statusLabel().getText());

        // double-click: the capture editor selects the frames of the answer
        view.showFrames(((DnsRow) naptr.getData()).frames());
        Workbench.flush();
        org.eclipse.jface.viewers.ISelection inEditor = editor.getSite().getSelectionProvider().getSelection();
        assertTrue(inEditor instanceof FrameSelection, String.valueOf(inEditor));
        assertEquals(List.of(2L, 53L, 144L), ((FrameSelection) inEditor).frames());
        Workbench.page().activate(view);
    }

    @Test
    void thePreferencePageSipTrustDnsHasLiveDnsOffByDefault() throws Exception {
        org.eclipse.jface.preference.PreferenceManager pm = org.eclipse.ui.PlatformUI.getWorkbench().getPreferenceManager();
        assertNotNull(pm.find(DnsIds.PREFERENCES_ROOT), "SIP Trust");
        assertNotNull(pm.find(DnsIds.PREFERENCES_ROOT + "/" + DnsIds.PREFERENCES_DNS), "SIP Trust > DNS");
        org.eclipse.jface.preference.PreferenceDialog d = org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(
                view.getSite().getShell(), DnsIds.PREFERENCES_DNS,
                new String[] {DnsIds.PREFERENCES_ROOT, DnsIds.PREFERENCES_DNS}, null);
        d.setBlockOnOpen(false);
        d.open();
        try {
            Workbench.flush();
            DnsPreferencePage page = (DnsPreferencePage) d.getSelectedPage();
            assertNotNull(page);
            List<org.eclipse.swt.widgets.Button> boxes = new ArrayList<>();
            collectButtons(page.getControl(), boxes);
            org.eclipse.swt.widgets.Button allow = boxes.stream()
                    .filter(b -> b.getText().replace("&", "").equals("Allow live DNS queries")).findFirst().orElseThrow();
            assertFalse(allow.getSelection(), "off by default");
            assertTrue(page.isValid());
            Workbench.screenshotWindow("dns-preferences.png");
        } finally {
            d.close();
        }
    }

    private static void collectButtons(org.eclipse.swt.widgets.Control c, List<org.eclipse.swt.widgets.Button> out) {
        if (c instanceof org.eclipse.swt.widgets.Button b) {
            out.add(b);
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (org.eclipse.swt.widgets.Control child : comp.getChildren()) {
                collectButtons(child, out);
            }
        }
    }

    @Test
    void resolveLiveIsOffUntilTheUserAllowsItAndNeedsAResolver() {
        assertFalse(view.liveAction().isEnabled(), "live DNS is off by default");
        assertNull(DnsPreferences.liveResolver());
        assertFalse(view.resolveLive(), "nothing is resolved live while the preference is off");
        assertNull(editor.captureInput().options().dnsServer());

        DnsPreferences.store().setValue(DnsIds.PREF_ALLOW_LIVE, true);
        DnsPreferences.store().setValue(DnsIds.PREF_RESOLVER, "not a resolver");
        assertFalse(view.liveAction().isEnabled(), "a resolver without port is not usable");
        DnsPreferences.store().setValue(DnsIds.PREF_RESOLVER, "127.0.0.53:53");
        assertTrue(view.liveAction().isEnabled());
        assertEquals("127.0.0.53:53", DnsPreferences.liveResolver());
        DnsPreferences.store().setValue(DnsIds.PREF_ALLOW_LIVE, false);
        assertFalse(view.liveAction().isEnabled());
        assertNotNull(DnsPreferences.problemWith("[::1]"));
        assertNull(DnsPreferences.problemWith("[::1]:53"));
    }

    @Test
    void resolveLiveAsksOnlyTheAllowedResolverAndTurningItOffGoesBackOffline() throws Exception {
        Path zone = TestCorpus.root().resolve("captures/" + SCENARIO + "/generation/example.com.zone.signed");
        try (LoopbackDnsServer dns = new LoopbackDnsServer(zone, "example.com.")) {
            DnsPreferences.store().setValue(DnsIds.PREF_ALLOW_LIVE, true);
            DnsPreferences.store().setValue(DnsIds.PREF_RESOLVER, dns.address());
            assertTrue(view.liveAction().isEnabled());
            assertTrue(view.resolveLive());
            waitForAnalysis();
            assertEquals(dns.address(), editor.analysis().options().dnsServer());
            assertTrue(dns.queries() > 0, "the loopback resolver was asked");
            assertTrue(editor.analysis().dnsRecords().stream().anyMatch(r -> r.source().equals("live")),
                    "answers from the live resolver are listed as live");
            assertTrue(view.statusLabel().getText().endsWith("· live resolver " + dns.address()), view.statusLabel().getText());
            TreeItem naptr = line(root("sip:biloxi.example.com (Request-URI)"), "NAPTR biloxi.example.com");
            assertEquals("secure", naptr.getText(ResolutionTree.COL_STATUS));

            // the user withdraws the permission: every capture resolved live is analysed again offline
            DnsPreferences.store().setValue(DnsIds.PREF_ALLOW_LIVE, false);
            DnsPreferencePage.goOffline();
            waitForAnalysis();
            int asked = dns.queries();
            assertNull(editor.analysis().options().dnsServer());
            assertFalse(editor.analysis().dnsRecords().stream().anyMatch(r -> r.source().equals("live")));
            assertEquals(asked, dns.queries(), "nothing more was asked");
        } finally {
            DnsPreferences.store().setToDefault(DnsIds.PREF_ALLOW_LIVE);
            DnsPreferences.store().setToDefault(DnsIds.PREF_RESOLVER);
        }
    }

    private static void waitForAnalysis() {
        Workbench.waitUntil("the analysis", 120_000, () -> !editor.isAnalysing() && editor.analysis() != null
                && view.analysis() == editor.analysis());
        Workbench.flush();
    }

    @Test
    void screenshot() throws Exception {
        TreeItem biloxi = root("sip:biloxi.example.com (Request-URI)");
        view.tree().viewer().setSelection(new StructuredSelection(line(biloxi, "TLSA _5061._tcp.sip.biloxi.example.com").getData()), true);
        Workbench.flush();
        Path normal = Workbench.screenshotWindow("dns-in-workbench.png");
        org.eclipse.ui.IWorkbenchPage page = Workbench.page();
        page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.flush();
        view.tree().viewer().getTree().showItem(biloxi);
        Path max = Workbench.screenshotWindow("screenshot-dns.png");
        page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        Workbench.flush();
        assertTrue(Files.size(normal) > 10_000 && Files.size(max) > 10_000);
    }
}
