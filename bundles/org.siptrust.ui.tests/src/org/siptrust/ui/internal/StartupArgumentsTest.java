package org.siptrust.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siptrust.analysis.AnalysisOptions;

/** The arguments the start script passes (siptrust demo, siptrust gui CAPTURE --keylog ...). */
class StartupArgumentsTest {

    @Test
    void demoArgumentsBecomeTheCaptureAndItsKeyMaterial() {
        StartupArguments a = StartupArguments.parse(new String[] {"/p/demo/b.pcap", "--keylog", "/p/demo/b.keys", "--trust-anchor",
                "/p/demo/ca.crt", "--key", "/nonexistent/k.pem:secret", "--system-trust"});
        assertEquals(Path.of("/p/demo/b.pcap"), a.capture());
        AnalysisOptions o = a.options();
        assertEquals(List.of(Path.of("/p/demo/b.keys")), o.keyLogs());
        assertEquals(List.of(Path.of("/p/demo/ca.crt")), o.trustAnchors());
        assertEquals(Path.of("/nonexistent/k.pem"), o.privateKeys().get(0).file());
        assertEquals("secret", new String(o.privateKeys().get(0).password()));
        assertTrue(o.systemTrust());
    }

    @Test
    void valuesOfOtherOptionsAreNotCaptures() {
        // what Tycho's UI test harness leaves in the application arguments
        StartupArguments a = StartupArguments.parse(new String[] {"-testproperties", "/t/surefire.properties", "-testApplication",
                "org.siptrust.ui.application", "/c/x.pcap"});
        assertEquals(Path.of("/c/x.pcap"), a.capture());
        assertNull(StartupArguments.parse(new String[] {"-testproperties", "/t/surefire.properties"}).capture());
    }

    @Test
    void noCaptureWhenOnlyOptionsAreGiven() {
        assertNull(StartupArguments.parse(new String[] {"-clearPersistedState", "--keylog"}).capture());
    }
}
