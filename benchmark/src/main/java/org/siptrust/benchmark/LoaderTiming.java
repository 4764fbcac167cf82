package org.siptrust.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Times {@code org.siptrust.capture.CaptureLoader.load} (frame reading, decoding and TCP
 * reassembly, no TLS) in a plain JVM. The capture bundle is not a dependency of this module (it
 * is built by Tycho), so it is reached by reflection; run-benchmark.sh compiles
 * bundles/org.siptrust.core and bundles/org.siptrust.capture into target/capture-classes and puts
 * them on the class path.
 *
 * <pre>java -cp target/classes:target/capture-classes org.siptrust.benchmark.LoaderTiming CAPTURE [RUNS]</pre>
 *
 * Prints one line per run and a final {@code best ...} line with seconds, MB/s, frames/s and the
 * heap still held by the loaded {@code Capture} (measured after a full GC).
 */
public final class LoaderTiming {
    private LoaderTiming() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LoaderTiming CAPTURE [RUNS (3)]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Class<?> monitorType = Class.forName("org.siptrust.core.ProgressMonitor");
        Object nullMonitor = monitorType.getField("NULL").get(null);
        Method load = Class.forName("org.siptrust.capture.CaptureLoader").getMethod("load", Path.class, monitorType);
        double mb = Files.size(file) / 1e6;
        double best = Double.MAX_VALUE;
        long frames = 0;
        long retained = 0;
        int connections = 0;
        for (int i = 1; i <= runs; i++) {
            System.gc();
            long t0 = System.nanoTime();
            Object capture;
            try {
                capture = load.invoke(null, file, nullMonitor);
            } catch (InvocationTargetException e) {
                throw (Exception) e.getCause();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            Object summary = capture.getClass().getMethod("summary").invoke(capture);
            frames = (Long) summary.getClass().getMethod("frames").invoke(summary);
            connections = ((List<?>) capture.getClass().getMethod("tcpConnections").invoke(capture)).size();
            System.gc();
            retained = usedHeap();
            java.lang.ref.Reference.reachabilityFence(capture);
            System.out.printf("run %d: %.3f s, %.1f MB/s, %.0f frames/s, %d frames, %d TCP connections, heap held %.0f MB%n",
                    i, s, mb / s, frames / s, frames, connections, retained / 1e6);
            best = Math.min(best, s);
        }
        System.out.printf("best %.3f s %.1f MB/s %.0f frames/s frames=%d connections=%d heapHeldMB=%.0f maxHeapMB=%d%n",
                best, mb / best, frames / best, frames, connections, retained / 1e6,
                Runtime.getRuntime().maxMemory() / 1_000_000);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
