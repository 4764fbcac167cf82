import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.siptrust.analysis.AnalysisOptions;
import org.siptrust.analysis.internal.KeyStage;
import org.siptrust.capture.Capture;
import org.siptrust.capture.CaptureLoader;
import org.siptrust.capture.TcpConnection;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.sip.Header;
import org.siptrust.sip.NameAddr;
import org.siptrust.sip.SipMessage;
import org.siptrust.sip.SipParser;
import org.siptrust.sip.SipUri;
import org.siptrust.sip.Via;
import org.siptrust.sip.WireContext;
import org.siptrust.sip.calls.SipCallIndex;
import org.siptrust.tls.KeyMaterial;
import org.siptrust.tls.TlsAnalyzer;
import org.siptrust.tls.TlsSession;
import org.siptrust.tls.TlsSessionCache;

/**
 * Measures the SIP message model alone (benchmark/sip-model-probe.sh): decrypts every TLS stream of
 * the capture once, then
 * <ol>
 * <li>parses all streams ROUNDS times with {@code SipParser.parseStreamDetailed} (CPU per message),</li>
 * <li>the heap retained by the messages of one parse, right after parsing,</li>
 * <li>one pass of the accessors the pipeline calls (call index, trust, JSON report) and the heap
 * retained after it, when lazily parsed parts have been filled in,</li>
 * <li>a digest over every public accessor of every message, so two builds can be compared for
 * identical behaviour on the whole capture.</li>
 * </ol>
 * Uses only the public API of org.siptrust.sip (and KeyStage to read the key log), so it runs
 * unchanged against an old and a new product.
 */
public class SipModelProbe {

    record Stream(FramedBytes bytes, WireContext ctx) {
    }

    /** Heap in use after full collections, repeated until two readings agree within 1 MB. */
    static long used() throws InterruptedException {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 8; i++) {
            System.gc();
            Thread.sleep(50);
            long u = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (Math.abs(u - last) < 1_000_000) {
                return u;
            }
            last = u;
        }
        return last;
    }

    public static void main(String[] a) throws Exception {
        Path cap = Path.of(a[0]);
        Path keys = Path.of(a[1]);
        List<Stream> streams = decryptedStreams(cap, keys);
        if (a.length > 2 && a[2].equals("mutated")) {
            mutatedDigest(streams);
            return;
        }
        int rounds = a.length > 2 ? Integer.parseInt(a[2]) : 10;
        long bytes = 0;
        for (Stream s : streams) {
            bytes += s.bytes.length();
        }
        System.out.printf("streams: %d, decrypted bytes: %.1f MB%n", streams.size(), bytes / 1e6);

        long[] times = new long[rounds];
        long[] cpu = new long[rounds];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int count = 0;
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            int n = 0;
            for (Stream s : streams) {
                n += SipParser.parseStreamDetailed(s.bytes, s.ctx).messages().size();
            }
            times[r] = System.nanoTime() - t;
            cpu[r] = threads.getCurrentThreadCpuTime() - c0;
            count = n;
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        long[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        System.out.printf("parse: %d messages; wall ms per round: %s%n", count, fmt(times));
        System.out.printf("parse: wall best %.0f ms = %.2f us/message, median %.0f ms; parsing thread's CPU"
                + " (GC threads not counted) best %.0f ms = %.2f us/message, median %.0f ms%n", sorted[0] / 1e6,
                sorted[0] / 1e3 / count, sorted[rounds / 2] / 1e6, sortedCpu[0] / 1e6, sortedCpu[0] / 1e3 / count,
                sortedCpu[rounds / 2] / 1e6);

        long before = used();
        System.out.printf("heap in use before keeping the messages: %.1f MB%n", before / 1e6);
        List<SipMessage> messages = new ArrayList<>(count);
        for (Stream s : streams) {
            messages.addAll(SipParser.parseStreamDetailed(s.bytes, s.ctx).messages());
        }
        long afterParse = used();
        if (System.getenv("PROBE_DEBUG") != null) {
            histogram();
        }
        long wire = 0;
        for (SipMessage m : messages) {
            wire += m.length();
        }
        System.out.printf("retained after parse: %.1f MB = %.0f bytes/message (wire %.0f bytes/message)%n",
                (afterParse - before) / 1e6, (double) (afterParse - before) / count, (double) wire / count);

        for (int pass = 1; pass <= 2; pass++) {
            long t = System.nanoTime();
            long sink = pipelineAccess(messages);
            long el = System.nanoTime() - t;
            System.out.printf("pipeline accessors, pass %d: %.0f ms = %.2f us/message (sink %d)%n", pass, el / 1e6,
                    el / 1e3 / count, sink);
        }
        long t = System.nanoTime();
        SipCallIndex index = SipCallIndex.build(messages);
        System.out.printf("SipCallIndex.build: %.0f ms, %d calls%n", (System.nanoTime() - t) / 1e6,
                index.calls().size());
        index = null;
        long afterAccess = used();
        if (System.getenv("PROBE_DEBUG") != null) {
            histogram();
        }
        System.out.printf("retained after the pipeline accessors: %.1f MB = %.0f bytes/message%n",
                (afterAccess - before) / 1e6, (double) (afterAccess - before) / count);

        t = System.nanoTime();
        long digest = 0;
        for (SipMessage m : messages) {
            digest = digest * 31 + digest(m);
        }
        System.out.printf("digest of every accessor of every message: %016x (%.0f ms)%n", digest,
                (System.nanoTime() - t) / 1e6);
        // the streams are part of the baseline: keep them alive to the end, or a compiled main() drops them early
        java.lang.ref.Reference.reachabilityFence(streams);
        java.lang.ref.Reference.reachabilityFence(messages);
    }

    /** Bytes that matter to SIP framing and header parsing, to mutate real messages with. */
    private static final byte[] SPECIAL = {':', ' ', '\t', '\r', '\n', ',', ';', '"', '\\', '<', '>', '(', ')', '=', '@',
        '0', '9', '-', (byte) 0xc3, (byte) 0xfc, (byte) 0xa9, 0x01, 'v', 'V'};

    /**
     * Differential check for broken input: every stream's first 16 KB with seeded random damage
     * (bytes replaced by delimiters, ranges dropped or repeated), parsed, and the same digest over
     * every accessor. The damage is the same for any build, so two builds must print the same digest.
     */
    static void mutatedDigest(List<Stream> streams) {
        java.util.Random random = new java.util.Random(42);
        long digest = 0;
        int messages = 0;
        int malformed = 0;
        int skipped = 0;
        for (Stream s : streams) {
            byte[] b = java.util.Arrays.copyOf(s.bytes.array(), Math.min(s.bytes.length(), 16_384));
            for (int k = 0; k < 12; k++) {
                int at = random.nextInt(b.length);
                switch (random.nextInt(4)) {
                    case 0, 1 -> b[at] = SPECIAL[random.nextInt(SPECIAL.length)];
                    case 2 -> {
                        int len = Math.min(random.nextInt(40), b.length - at);
                        byte[] c = new byte[b.length - len];
                        System.arraycopy(b, 0, c, 0, at);
                        System.arraycopy(b, at + len, c, at, b.length - at - len);
                        b = c.length == 0 ? b : c;
                    }
                    default -> {
                        int len = Math.min(random.nextInt(80), b.length - at);
                        byte[] c = new byte[b.length + len];
                        System.arraycopy(b, 0, c, 0, at + len);
                        System.arraycopy(b, at, c, at + len, b.length - at);
                        b = c;
                    }
                }
            }
            FramedBytes fb = new FramedBytes.Builder().append(b, s.bytes.frameAt(0), s.bytes.timeAt(0)).build();
            org.siptrust.sip.StreamParseResult r = SipParser.parseStreamDetailed(fb, s.ctx);
            for (SipMessage m : r.messages()) {
                digest = digest * 31 + digest(m);
                messages++;
                malformed += m.malformed() ? 1 : 0;
            }
            for (org.siptrust.sip.StreamParseResult.Skipped x : r.skipped()) {
                digest = digest * 31 + (x.offset() + "|" + x.length() + "|" + x.reason()).hashCode();
                skipped++;
            }
            digest = digest * 31 + r.keepAlives();
        }
        System.out.printf("mutated streams: %d messages (%d malformed), %d skipped ranges; digest %016x%n", messages,
                malformed, skipped, digest);
    }

    /** What the call index, trust and the JSON report ask of each message. */
    static long pipelineAccess(List<SipMessage> messages) {
        long sink = 0;
        for (SipMessage m : messages) {
            sink += m.summary().length();
            Via top = m.topVia();
            if (top != null) {
                sink += top.sentByWithDefaultPort().length() + (top.hasMagicCookie() ? 1 : 0);
            }
            sink += len(m.fromTag()) + len(m.toTag()) + len(m.callId()) + m.cseqNumber() + len(m.cseqMethod());
            sink += m.via().size() + m.route().size() + m.headerValues("Record-Route").size()
                    + m.headerValues("Contact").size();
            sink += len(m.from()) + len(m.to()) + len(m.cseq()) + len(m.method()) + len(m.requestUri());
            if (m.isRequest()) {
                SipUri u = m.requestUriParsed();
                sink += u == null ? 0 : len(u.host());
                sink += m.routeParsed().size();
            }
            sink += len(m.malformedReason());
        }
        return sink;
    }

    static long digest(SipMessage m) {
        StringBuilder b = new StringBuilder(2048);
        b.append(m.frame()).append(m.frames()).append(m.indexInFrame()).append(m.streamOffset()).append(m.length())
                .append(m.timeNanos()).append(m.context()).append(m.isRequest()).append(m.isResponse())
                .append(m.method()).append(m.statusCode()).append(m.reasonPhrase()).append(m.startLine())
                .append(m.requestUri()).append(uri(m.requestUriParsed()));
        for (Header h : m.headers()) {
            b.append(h.name()).append(':').append(h.value()).append(h.canonicalName()).append('\n');
        }
        b.append(m.callId()).append(m.cseq()).append(m.cseqNumber()).append(m.cseqMethod()).append(m.from())
                .append(m.to()).append(addr(m.fromParsed())).append(addr(m.toParsed())).append(m.fromTag())
                .append(m.toTag()).append(m.via());
        for (Via v : m.viaParsed()) {
            b.append(v).append(v.protocolName()).append(v.protocolVersion()).append(v.transport()).append(v.host())
                    .append(v.port()).append(v.params()).append(v.branch()).append(v.sentBy())
                    .append(v.sentByWithDefaultPort()).append(v.hostIsIpLiteral()).append(v.rport());
        }
        b.append(m.topVia()).append(m.route()).append(m.recordRoute()).append(m.contact());
        for (List<NameAddr> l : List.of(m.routeParsed(), m.recordRouteParsed(), m.contactParsed())) {
            for (NameAddr x : l) {
                b.append(addr(x));
            }
        }
        b.append(m.maxForwards()).append(m.contentType()).append(m.contentLength()).append(m.bodyLength())
                .append(m.identity()).append(m.identityInfo()).append(m.malformed()).append(m.malformedReason())
                .append(m.problems()).append(m.summary()).append(m.toString()).append(m.isFor("INVITE"))
                .append(Arrays.hashCode(m.body())).append(m.rawText().length());
        return b.toString().hashCode();
    }

    static String addr(NameAddr a) {
        if (a == null) {
            return "-";
        }
        return a + "|" + a.displayName() + "|" + uri(a.uri()) + "|" + a.isBracketed() + "|" + a.params() + "|"
                + a.tag() + "|" + a.expires();
    }

    static String uri(SipUri u) {
        if (u == null) {
            return "-";
        }
        return u + "|" + u.scheme() + "|" + u.user() + "|" + u.password() + "|" + u.host() + "|" + u.port() + "|"
                + u.params() + "|" + u.headers() + "|" + u.opaque() + "|" + u.transportParam() + "|"
                + u.isLooseRouting() + "|" + u.hostPort() + "|" + u.userAtHost() + "|" + u.hostIsIpLiteral();
    }

    static void histogram() throws Exception {
        Process p = new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().limit(22).toList();
        lines.forEach(System.out::println);
    }

    static int len(String s) {
        return s == null ? 0 : s.length();
    }

    static String fmt(long[] ns) {
        StringBuilder b = new StringBuilder();
        for (long x : ns) {
            b.append(b.length() == 0 ? "" : " ").append(x / 1_000_000);
        }
        return b.toString();
    }

    /** Every non-empty decrypted application-data direction, with the context SipStage gives it. */
    static List<Stream> decryptedStreams(Path cap, Path keys) throws Exception {
        Capture c = CaptureLoader.load(cap, ProgressMonitor.NULL);
        AnalysisOptions opts = AnalysisOptions.builder().keyLog(keys).build();
        KeyMaterial km = KeyStage.keys(opts, c.embeddedKeyLogs());
        TlsSessionCache cache = new TlsSessionCache();
        List<Stream> out = new ArrayList<>();
        for (TcpConnection tc : c.tcpConnections()) {
            TlsSession s = TlsAnalyzer.analyze(tc.id(), tc.client(), tc.server(), tc.clientToServer(),
                    tc.serverToClient(), km, cache, ProgressMonitor.NULL);
            if (!s.clientApplicationData().isEmpty()) {
                out.add(new Stream(s.clientApplicationData(),
                        new WireContext(tc.id(), "TLS", tc.client(), tc.server(), true)));
            }
            if (!s.serverApplicationData().isEmpty()) {
                out.add(new Stream(s.serverApplicationData(),
                        new WireContext(tc.id(), "TLS", tc.server(), tc.client(), true)));
            }
        }
        return out;
    }
}
