package org.authgate.web.metrics;

import java.util.concurrent.atomic.LongAdder;

/**
 * Durations in fixed buckets, lock-free ({@link LongAdder}s, as contention-free as the requests they count). The
 * bounds are in seconds, from 1 ms (a token check from memory) to 10 s (a backend at its timeout); an Argon2id
 * login takes 50 to 500 ms on one core.
 */
final class Histogram {
    static final double[] BOUNDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    /** One count per bucket (not cumulative), the last one for what exceeds every bound. */
    private final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
    private final LongAdder nanos = new LongAdder();

    Histogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void observe(long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        int i = 0;
        while (i < BOUNDS.length && seconds > BOUNDS[i]) {
            i++;
        }
        buckets[i].increment();
        nanos.add(elapsedNanos);
    }

    /** The cumulative counts of each bound and then of +Inf, which is the count. */
    long[] cumulative() {
        long[] counts = new long[buckets.length];
        long running = 0;
        for (int i = 0; i < buckets.length; i++) {
            running += buckets[i].sum();
            counts[i] = running;
        }
        return counts;
    }

    double sumSeconds() {
        return nanos.sum() / 1e9;
    }
}
