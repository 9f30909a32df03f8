package org.authgate.web.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A closed-loop load phase: N connections, each on its own thread, send their worker's next request as soon as the
 * previous one answered. After a warm-up (JIT, connection pool, TLS handshakes), the requests that complete inside
 * the measuring window count (as wrk counts them: a login slower than the window still counts where it ends); the
 * rate is the successful ones per second of that window.
 */
final class LoadRun {
    private LoadRun() {
    }

    static PhaseResult run(String name, int connections, Duration warmup, Duration measure,
                           IntFunction<BenchTarget> targetOf, IntFunction<BenchWorker> workerOf, CpuMeter server,
                           CpuMeter database) {
        // Workers are built before the clock starts: building one may log in (the refresh chains).
        List<BenchWorker> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(workerOf.apply(i));
        }
        CountDownLatch ready = new CountDownLatch(connections);
        long[][] latencies = new long[connections][];
        long[] errors = new long[connections];
        AtomicReference<String> firstError = new AtomicReference<>();
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                LongList recorded = new LongList();
                try (BenchConnection connection = new BenchConnection(targetOf.apply(index))) {
                    ready.countDown();
                    ready.await();
                    BenchWorker worker = workers.get(index);
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= window[1]) {
                            break;
                        }
                        String failure;
                        try {
                            BenchReply reply = worker.step(connection);
                            failure = reply.ok() ? null : reply.status() + " " + abbreviate(reply.body());
                        } catch (IOException | RuntimeException e) {
                            failure = e.toString();
                            connection.close();
                        }
                        long end = System.nanoTime();
                        if (end >= window[0] && end <= window[1]) {
                            if (failure == null) {
                                recorded.add(end - start);
                            } else {
                                errors[index]++;
                                firstError.compareAndSet(null, failure);
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                latencies[index] = recorded.toArray();
            }, "bench-" + name + "-" + i);
            threads.add(thread);
        }
        long now = System.nanoTime();
        window[0] = now + warmup.toNanos();
        window[1] = window[0] + measure.toNanos();
        threads.forEach(Thread::start);
        long[] cpu = new long[4];
        try {
            sleepUntil(window[0]);
            cpu[0] = server.nanos();
            cpu[1] = database.nanos();
            sleepUntil(window[1]);
            cpu[2] = server.nanos();
            cpu[3] = database.nanos();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring " + name, e);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring " + name, e);
            }
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
        return PhaseResult.of(name, connections, measure.toNanos() / 1e9, all, Arrays.stream(errors).sum(),
                firstError.get(), server.measures() ? cpu[2] - cpu[0] : -1,
                database.measures() ? cpu[3] - cpu[1] : -1);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }

    /** A growable array of primitive longs: a phase records up to millions of latencies. */
    private static final class LongList {
        private long[] values = new long[4096];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
