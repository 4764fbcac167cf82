package org.siptrust.analysis.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on one background thread, strictly in the order they were handed over, so that the
 * caller can go on with the next piece of work on its own thread (the analysis decrypts connection
 * n+1 while SIP framing and certificates of connection n run here). One thread and FIFO order keep
 * the stages' state sequential and the results identical to a single-threaded run. At most
 * {@code ahead} tasks wait, which bounds what the caller's work holds in memory. A task's
 * exception is thrown in the caller, by the next {@link #submit} or by {@link #finish}.
 */
public final class InOrderWorker implements AutoCloseable {
    private final ExecutorService thread;
    private final Deque<Future<?>> pending = new ArrayDeque<>();
    private final int ahead;

    public InOrderWorker(String name, int ahead) {
        if (ahead < 1) {
            throw new IllegalArgumentException("ahead must be at least 1: " + ahead);
        }
        this.ahead = ahead;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code task} after every earlier one; waits first while {@code ahead} tasks are queued. */
    public void submit(Runnable task) {
        while (pending.size() >= ahead) {
            await(pending.removeFirst());
        }
        pending.addLast(thread.submit(task));
    }

    /** Waits for every queued task; afterwards their effects are visible to the caller. */
    public void finish() {
        while (!pending.isEmpty()) {
            await(pending.removeFirst());
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the analysis worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the thread; tasks not yet started are dropped (after a failure or a cancel). */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
