import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.analysis.Analyzer;
import org.siptrust.analysis.internal.KeyStage;
import org.siptrust.analysis.internal.SipStage;
import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureLoader;
import org.siptrust.capture.TcpConnection;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.report.JsonReport;
import org.siptrust.sip.SipMessage;
import org.siptrust.tls.KeyMaterial;
import org.siptrust.tls.TlsAnalyzer;
import org.siptrust.tls.TlsSession;
import org.siptrust.tls.TlsSessionCache;

/**
 * Diagnosis only (benchmark/memory-probe.sh): heap retained after each stage of the pipeline, run on
 * the product's bundle jars in a plain JVM. Uses internal classes (KeyStage, SipStage), so it may need
 * adjusting when those change.
 */
public class MemoryProbe {
    static long used() {
        System.gc(); System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
    static void p(String what, long bytes, long t0) {
        System.out.printf("%-58s %8.1f MB   (%.2f s)%n", what, bytes / 1e6, (System.nanoTime() - t0) / 1e9);
    }
    public static void main(String[] a) throws Exception {
        Path cap = Path.of(a[0]); Path keys = Path.of(a[1]);
        long base = used();
        if (a.length > 2 && a[2].equals("full")) {
            long t = System.nanoTime();
            AnalysisOptions opts = AnalysisOptions.builder().keyLog(keys).keepStreams(false).build();
            Analysis an = Analyzer.analyze(cap, opts, ProgressMonitor.NULL);
            long h = used(); p("full Analyzer.analyze result (what the CLI holds)", h - base, t);
            t = System.nanoTime();
            long[] n = {0};
            JsonReport.write(an, new OutputStream() {
                public void write(int b) { n[0]++; }
                public void write(byte[] b, int o, int l) { n[0] += l; }
            });
            p("JSON report streamed (" + n[0] / 1_000_000 + " MB), heap after", used() - base, t);
            java.lang.ref.Reference.reachabilityFence(an);
            return;
        }
        long t = System.nanoTime();
        Capture c = CaptureLoader.load(cap, ProgressMonitor.NULL);
        long h1 = used(); p("capture loaded (CaptureLoader.load)", h1 - base, t);
        long len = 0, cap1 = 0, runs = 0;
        for (TcpConnection tc : c.tcpConnections()) {
            for (FramedBytes f : List.of(tc.clientToServer(), tc.serverToClient())) { len += f.length(); cap1 += f.array().length; runs += f.runCount(); }
        }
        System.out.printf("   raw TCP payload: %.1f MB used, %.1f MB allocated in FramedBytes arrays, %d runs%n", len / 1e6, cap1 / 1e6, runs);
        AnalysisOptions opts = AnalysisOptions.builder().keyLog(keys).build();
        KeyMaterial km = KeyStage.keys(opts, c.embeddedKeyLogs());
        t = System.nanoTime();
        List<TlsSession> sessions = new ArrayList<>();
        TlsSessionCache cache = new TlsSessionCache();
        long dlen = 0, dcap = 0;
        for (TcpConnection tc : c.tcpConnections()) {
            TlsSession s = TlsAnalyzer.analyze(tc.id(), tc.client(), tc.server(), tc.clientToServer(), tc.serverToClient(), km, cache, ProgressMonitor.NULL);
            sessions.add(s);
            for (FramedBytes f : List.of(s.clientApplicationData(), s.serverApplicationData())) { dlen += f.length(); dcap += f.array().length; }
        }
        long h2 = used(); p("+ TLS sessions (TlsAnalyzer.analyze, all kept)", h2 - h1, t);
        System.out.printf("   decrypted: %.1f MB used, %.1f MB allocated in FramedBytes arrays%n", dlen / 1e6, dcap / 1e6);
        t = System.nanoTime();
        SipStage sip = new SipStage();
        for (int i = 0; i < sessions.size(); i++) sip.tls(c.tcpConnections().get(i), sessions.get(i));
        List<SipMessage> msgs = sip.messages();
        long h3 = used(); p("+ SIP messages (SipStage, " + msgs.size() + ")", h3 - h2, t);
        long raw = 0; for (SipMessage m : msgs) raw += m.rawBytes().length;
        System.out.printf("   SIP wire bytes: %.1f MB; retained per message: %.0f bytes%n", raw / 1e6, (double) (h3 - h2) / msgs.size());
        sessions = null; msgs = null; sip = null; c = null; cache = null; km = null;
        long h4 = used();
        System.out.printf("   (heap after dropping the above: %.1f MB above baseline)%n", (h4 - base) / 1e6);
        t = System.nanoTime();
        Analysis an = Analyzer.analyze(cap, opts.toBuilder().keepStreams(false).build(), ProgressMonitor.NULL);
        long h5 = used(); p("full Analyzer.analyze result (what the CLI holds)", h5 - h4, t);
        t = System.nanoTime();
        long[] n = {0};
        JsonReport.write(an, new OutputStream() {
            public void write(int b) { n[0]++; }
            public void write(byte[] b, int o, int l) { n[0] += l; }
        });
        p("JSON report streamed (" + n[0] / 1_000_000 + " MB), heap after", used() - h4, t);
        java.lang.ref.Reference.reachabilityFence(an);
    }
}
