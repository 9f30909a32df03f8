package org.authgate.connectors.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The login ceiling of the benchmark (org.authgate.web.bench): the local connector's own {@link PasswordHasher}
 * verifying a password on N threads at the configured Argon2id parameters, as a login does once. It lives in the
 * connector's package and module (its test-jar, which auth-bench uses) because the hasher is package-private
 * there, and it is measured in the benchmark's JVM, not
 * the server's, so that nothing but the hash is counted.
 */
public final class HashCeiling {
    private final PasswordHasher hasher;

    /** The parameters the server reads from the same {@code authgate.local.argon2.*} keys (defaults when unset). */
    public HashCeiling(Map<String, String> settings) {
        this.hasher = new PasswordHasher(LocalConnectorConfig.fromMap(settings).argon2());
    }

    /** What the benchmark reports as the hash it measured, e.g. {@code argon2id m=19456 t=2 p=1}. */
    public String describe() {
        Argon2Params p = hasher.params();
        return "argon2id m=" + p.memoryKib() + " t=" + p.iterations() + " p=" + p.parallelism();
    }

    /** A stored hash of {@code password}, for accounts the benchmark seeds directly into the database. */
    public String hash(String password) {
        return hasher.hash(password);
    }

    /**
     * Verifies on {@code threads} threads for warm-up plus the window; answers the duration in nanoseconds of every
     * verification that started and ended inside the window.
     */
    public long[] verifyNanos(int threads, Duration warmup, Duration window) {
        String password = "bench-password-1";
        String stored = hasher.hash(password);
        long from = System.nanoTime() + warmup.toNanos();
        long until = from + window.toNanos();
        long[][] recorded = new long[threads][];
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1024];
                int n = 0;
                for (long start = System.nanoTime(); start < until; start = System.nanoTime()) {
                    if (!hasher.verify(password, stored)) {
                        throw new IllegalStateException("the password no longer verifies against its own hash");
                    }
                    long end = System.nanoTime();
                    if (start >= from && end <= until) {
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = end - start;
                    }
                }
                recorded[index] = Arrays.copyOf(mine, n);
            }, "bench-argon2-" + t);
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Arrays.stream(recorded).flatMapToLong(Arrays::stream).toArray();
    }
}
