package org.siptrust.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes a large SIP-over-TLS capture and its NSS key log without root, sockets or a network:
 * every connection is a pair of Bouncy Castle TLS endpoints in memory (see
 * {@link SimulatedConnection}), a configurable number of them interleaved on one time line.
 *
 * <pre>
 * java -cp "benchmark/target/classes:benchmark/target/lib/*" org.siptrust.benchmark.CaptureGenerator \
 *      --out /tmp/bench.pcap [--keylog /tmp/bench.keys] [--connections 2000] [--size-mb 200] [--seed 1]
 *      [--mss 1448] [--concurrency 32]
 * </pre>
 *
 * Prints what it wrote (frames, bytes, SIP messages, connections per TLS variant) and stores the
 * same numbers next to the capture in {@code OUT.meta} (a properties file) so scripts can reuse a
 * capture and still know how many SIP messages it holds.
 */
public final class CaptureGenerator {
    private static final long START_MICROS = Instant.parse("2025-06-02T09:00:00Z").toEpochMilli() * 1000;
    private static final int SERVER_PORT = 5061;
    private static final int MAX_CONNECTIONS = 55_000;
    private static final int FIRST_CLIENT_PORT = 32768;
    private static final int CLIENT_PORTS = 60999 - FIRST_CLIENT_PORT + 1;

    private CaptureGenerator() {
    }

    /** The numbers a run produced. */
    public record Result(long frames, long bytes, long sipMessages, int connections, Map<String, Integer> variants) {
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        Path keys = null;
        int connections = 2000;
        long sizeMb = 200;
        long seed = 1;
        int mss = 1448;
        int concurrency = 32;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--keylog" -> keys = Path.of(value(args, ++i, a));
                case "--connections" -> connections = Integer.parseInt(value(args, ++i, a));
                case "--size-mb" -> sizeMb = Long.parseLong(value(args, ++i, a));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--mss" -> mss = Integer.parseInt(value(args, ++i, a));
                case "--concurrency" -> concurrency = Integer.parseInt(value(args, ++i, a));
                case "-h", "--help", "-help" -> {
                    usage(System.out);
                    return;
                }
                default -> {
                    System.err.println("unknown option " + a);
                    usage(System.err);
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            usage(System.err);
            System.exit(2);
        }
        if (connections < 1 || connections > MAX_CONNECTIONS || mss < 536 || mss > 9000 || sizeMb < 1
                || concurrency < 1) {
            System.err.println("out of range: 1 <= connections <= " + MAX_CONNECTIONS
                    + ", 536 <= mss <= 9000, size-mb >= 1, concurrency >= 1");
            System.exit(2);
        }
        if (keys == null) {
            keys = sibling(out, ".keys");
        }
        long started = System.nanoTime();
        Result r = generate(out, keys, connections, sizeMb * 1_000_000L, seed, mss, concurrency);
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintStream p = System.out;
        p.printf("capture=%s%nkeylog=%s%nseed=%d%nconnections=%d%nframes=%d%nbytes=%d%nsipMessages=%d%n", out, keys,
                seed, r.connections(), r.frames(), r.bytes(), r.sipMessages());
        r.variants().forEach((k, v) -> p.printf("variant %-28s %d%n", k, v));
        p.printf("generated in %.1f s%n", seconds);
        List<String> meta = new ArrayList<>();
        meta.add("# written by org.siptrust.benchmark.CaptureGenerator");
        meta.add("seed=" + seed);
        meta.add("connections=" + r.connections());
        meta.add("sizeMb=" + sizeMb);
        meta.add("mss=" + mss);
        meta.add("concurrency=" + concurrency);
        meta.add("frames=" + r.frames());
        meta.add("bytes=" + r.bytes());
        meta.add("sipMessages=" + r.sipMessages());
        Files.write(sibling(out, ".meta"), meta, StandardCharsets.UTF_8);
    }

    /** Generates the capture; {@code targetBytes} is the approximate pcap size. */
    public static Result generate(Path out, Path keys, int connections, long targetBytes, long seed, int mss,
            int concurrency) throws IOException {
        TestPki pki = TestPki.create(seed);
        Random schedule = new Random(seed);
        CaptureClock clock = new CaptureClock(START_MICROS);
        long budget = Math.max(1, targetBytes / connections);
        Map<String, Integer> variants = new TreeMap<>();
        long sipMessages = 0;
        try (PcapWriter pcap = new PcapWriter(out);
                BufferedWriter keyLog = Files.newBufferedWriter(keys, StandardCharsets.US_ASCII)) {
            List<SimulatedConnection> active = new ArrayList<>();
            List<SimulatedConnection> keysPending = new ArrayList<>();
            int next = 0;
            while (next < connections || !active.isEmpty()) {
                while (active.size() < concurrency && next < connections) {
                    SimulatedConnection c = open(next++, pcap, clock, pki, seed, mss, budget);
                    active.add(c);
                    keysPending.add(c);
                    variants.merge(c.variant().label(), 1, Integer::sum);
                }
                int k = schedule.nextInt(active.size());
                SimulatedConnection c = active.get(k);
                clock.advance(schedule.nextInt(400));
                boolean more = c.step();
                if (keysPending.contains(c) && c.isHandshakeComplete()) {
                    for (String line : c.keyLog()) {
                        keyLog.write(line);
                        keyLog.newLine();
                    }
                    keysPending.remove(c);
                }
                if (!more) {
                    sipMessages += c.sipMessages();
                    active.set(k, active.get(active.size() - 1));
                    active.remove(active.size() - 1);
                }
            }
            if (!keysPending.isEmpty()) {
                throw new IllegalStateException(keysPending.size() + " connections never finished their handshake");
            }
            return new Result(pcap.frames(), pcap.bytes(), sipMessages, connections, variants);
        }
    }

    private static SimulatedConnection open(int index, PcapWriter pcap, CaptureClock clock, TestPki pki, long seed,
            int mss, long budget) {
        Random r = new Random(seed * 1_000_003L + index);
        TlsVariant variant = TlsVariant.choose(index, r);
        int domain = Arrays.asList(TestPki.SERVER_DOMAINS).indexOf(variant.serverDomain());
        byte[] serverIp = {10, 0, 0, (byte) (1 + domain)};
        byte[] clientIp = {10, 1, (byte) ((index / 250) % 256), (byte) (1 + index % 250)};
        // Linux's ephemeral range; below it Wireshark maps some ports to other TLS applications
        // (11207 is Couchbase over TLS) and would then not dissect the decrypted data as SIP
        int clientPort = FIRST_CLIENT_PORT + index % CLIENT_PORTS;
        String clientHost = "10.1." + ((index / 250) % 256) + "." + (1 + index % 250);
        TcpFlow tcp = new TcpFlow(pcap, clock, r, mss, clientIp, clientPort, serverIp, SERVER_PORT);
        SipScript sip = new SipScript(new Random(r.nextLong()), clientHost, clientPort, variant.serverDomain(),
                variant.clientDomain());
        return new SimulatedConnection(index, variant, tcp, sip, budget, pki, seed);
    }

    private static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + suffix);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    private static void usage(PrintStream p) {
        p.println("usage: CaptureGenerator --out FILE.pcap [--keylog FILE.keys] [--connections N (2000)]");
        p.println("       [--size-mb MB (200)] [--seed S (1)] [--mss BYTES (1448)] [--concurrency N (32)]");
        p.println("Writes a SIP-over-TLS pcap (half TLS 1.3, half TLS 1.2) and its NSS key log; prints");
        p.println("frames, bytes and the number of SIP messages, and stores them in FILE.meta.");
    }
}
