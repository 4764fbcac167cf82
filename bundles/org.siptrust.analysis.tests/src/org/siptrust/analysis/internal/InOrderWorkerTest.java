package org.siptrust.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The worker the analysis hands SIP framing to: order, the bound on queued work, failures. */
class InOrderWorkerTest {

    @Test
    void tasksRunInSubmissionOrderOnOneThread() {
        List<Integer> seen = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        try (InOrderWorker w = new InOrderWorker("test-worker", 3)) {
            for (int i = 0; i < 1000; i++) {
                int n = i;
                w.submit(() -> {
                    seen.add(n);
                    threads.add(Thread.currentThread().getName());
                });
            }
            w.finish();
        }
        assertEquals(1000, seen.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, seen.get(i));
        }
        assertEquals(List.of("test-worker"), threads.stream().distinct().toList());
    }

    @Test
    void submitWaitsWhileAheadTasksAreQueued() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        try (InOrderWorker w = new InOrderWorker("test-worker", 2)) {
            w.submit(() -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.incrementAndGet();
            });
            w.submit(done::incrementAndGet);
            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                release.countDown();
            });
            long start = System.nanoTime();
            releaser.start();
            w.submit(done::incrementAndGet); // two are queued: this waits for the first
            assertTrue(done.get() >= 1, "the first task finished before the third was queued");
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(150), "submit waited for the blocked task");
            w.finish();
        }
        assertEquals(3, done.get());
    }

    @Test
    void aTaskFailureIsThrownInTheCaller() {
        IllegalStateException boom = new IllegalStateException("boom");
        try (InOrderWorker w = new InOrderWorker("test-worker", 1)) {
            w.submit(() -> {
                throw boom;
            });
            IllegalStateException thrown = assertThrows(IllegalStateException.class, w::finish);
            assertSame(boom, thrown);
        }
        assertThrows(IllegalArgumentException.class, () -> new InOrderWorker("x", 0));
    }
}
