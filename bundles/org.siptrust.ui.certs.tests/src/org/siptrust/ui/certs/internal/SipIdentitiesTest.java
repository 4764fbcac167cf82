package org.siptrust.ui.certs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siptrust.ui.CaptureEditor;
import org.siptrust.ui.certs.CertsIds;
import org.siptrust.ui.certs.internal.model.InspectedCertificate;
import org.siptrust.ui.certs.internal.model.OpenedCertificates;
import org.siptrust.ui.testing.Scenarios;
import org.siptrust.ui.testing.Workbench;
import org.siptrust.x509.RejectedName;
import org.siptrust.x509.SipIdentity;

/**
 * The SIP identities tab on scenario a (every hop fine): proxy B's certificate
 * (URI:sip:biloxi.example.com, DNS:biloxi.example.com, DNS:sip.biloxi.example.com) has exactly one
 * SIP identity, taken from the sip URI, and the other names are listed as rejected with the reason.
 */
class SipIdentitiesTest {
    private static CaptureEditor editor;
    private static CertificateInspectorView view;

    @BeforeAll
    static void open() throws Exception {
        Workbench.closeAllEditors();
        OpenedCertificates.get().clear();
        Workbench.bigWindow();
        editor = Scenarios.open("a_multihop_tls13_ok");
        assertNotNull(editor.analysis(), editor.statusText());
        IViewPart part = Workbench.page().showView(CertsIds.VIEW_INSPECTOR);
        view = (CertificateInspectorView) part;
        Workbench.waitUntil("the certificate inventory", 30_000,
                () -> !view.isBuilding() && view.inventory().analysis() == editor.analysis());
    }

    @AfterAll
    static void close() {
        Workbench.closeAllEditors();
    }

    @Test
    void proxyBsIdentitiesAreShownWithTheirReasons() throws Exception {
        InspectedCertificate b = view.inventory().captured().stream()
                .filter(c -> c.commonName().equals("sip.biloxi.example.com")).findFirst().orElseThrow();
        assertEquals("valid", b.validation().status());
        view.inventoryTable().viewer().setSelection(new StructuredSelection(b), true);
        Workbench.flush();
        view.details().showTab(CertificateDetails.TAB_IDENTITIES);
        Workbench.flush();

        TreeItem[] roots = view.details().identities().viewer().getTree().getItems();
        assertEquals("SIP identities (1)", roots[0].getText(0));
        assertEquals("biloxi.example.com", roots[0].getText(1));
        TreeItem id = roots[0].getItems()[0];
        assertEquals("biloxi.example.com", id.getText(0));
        assertEquals("counts (sip URI in subjectAltName)", id.getText(1));
        SipIdentity model = b.identities().identities().get(0);
        assertEquals(SipIdentity.Source.URI_SAN, model.source());
        assertEquals(model.reason(), id.getText(2));
        assertTrue(id.getText(2).contains("RFC 5922"), id.getText(2));

        assertEquals("Rejected names (3)", roots[1].getText(0));
        List<RejectedName> rejected = b.identities().rejected();
        for (int i = 0; i < rejected.size(); i++) {
            TreeItem r = roots[1].getItems()[i];
            assertEquals(rejected.get(i).presented(), r.getText(0));
            assertEquals("rejected", r.getText(1));
            assertEquals(rejected.get(i).reason(), r.getText(2));
        }
        assertEquals(List.of("DNS:biloxi.example.com", "DNS:sip.biloxi.example.com", "CN=sip.biloxi.example.com"),
                rejected.stream().map(RejectedName::presented).toList());
        assertTrue(roots[1].getItems()[0].getText(2).contains("sip URI identities"), roots[1].getItems()[0].getText(2));

        Path shot = Workbench.screenshotWindow("certs-identities.png");
        assertTrue(java.nio.file.Files.size(shot) > 10_000);
    }
}
