package org.authgate.web.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.authgate.core.session.Dialect;

/**
 * This node's registry: one histogram per operation, dialect and outcome, lockouts per dialect, and the hits and
 * misses of the verified-session memory. Counted since the deployment started, like any Prometheus counter (a
 * restart starts again from zero, which {@code rate()} and {@code increase()} expect).
 */
@ApplicationScoped
public class Metrics {
    /** The outcome of a call that ended in an exception: an invalid request, an outage, a lost race, a bug. */
    public static final String ERROR = "error";

    private final ConcurrentMap<Series, Histogram> timings = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> lockouts = new ConcurrentHashMap<>();
    private final LongAdder memoryHits = new LongAdder();
    private final LongAdder memoryMisses = new LongAdder();

    private record Series(Operation operation, String dialect, String outcome) {
    }

    private static final Comparator<Series> ORDER = Comparator.comparing(Series::dialect)
            .thenComparing(Series::outcome);

    /**
     * Runs {@code call}, and counts it with its duration under the outcome {@code outcome} names for its answer, or
     * {@link #ERROR} when it throws (the exception goes on).
     */
    public <T> T timed(Operation operation, Dialect dialect, Supplier<T> call, Function<? super T, String> outcome) {
        long start = System.nanoTime();
        T answer;
        try {
            answer = call.get();
        } catch (RuntimeException | Error e) {
            observe(operation, dialect, ERROR, System.nanoTime() - start);
            throw e;
        }
        observe(operation, dialect, outcome.apply(answer), System.nanoTime() - start);
        return answer;
    }

    /** An enum constant as an outcome label: its name in lower case, a closed set by construction. */
    public static String outcome(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** One call already timed by its caller (a check inside a larger unit of work, {@code CallerSession.act}). */
    public void observe(Operation operation, Dialect dialect, String outcome, long nanos) {
        if (Unmeasured.now()) {
            return;
        }
        timings.computeIfAbsent(new Series(operation, DialectLabel.of(dialect), outcome), s -> new Histogram())
                .observe(nanos);
    }

    /** A lockout that committed: a login refused because its account or address was locked, or the one locking it. */
    public void lockout(Dialect dialect) {
        lockouts.computeIfAbsent(DialectLabel.of(dialect), d -> new LongAdder()).increment();
    }

    /** A token check the verified-session memory answered (true) or had to send to the database (false). */
    public void memory(boolean hit) {
        if (Unmeasured.now()) {
            return;
        }
        (hit ? memoryHits : memoryMisses).increment();
    }

    /** The registry and {@code gauges} in the text exposition format. */
    public String exposition(Gauges gauges) {
        PrometheusText text = new PrometheusText();
        for (Operation operation : Operation.values()) {
            text.family(operation.metric(), "histogram", operation.help()
                    + " The _count of each outcome is its counter.");
            timings.entrySet().stream().filter(e -> e.getKey().operation() == operation)
                    .sorted(Map.Entry.comparingByKey(ORDER))
                    .forEach(e -> histogram(text, operation.metric(), e.getKey(), e.getValue()));
        }
        text.family("authgate_lockouts_total", "counter",
                "Logins refused because the account or address was locked, and failures that locked it, by dialect.");
        lockouts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.sample("authgate_lockouts_total", e.getValue().sum(), "dialect", e.getKey()));

        long hits = memoryHits.sum();
        long misses = memoryMisses.sum();
        text.family("authgate_session_memory_hits_total", "counter",
                        "Token checks answered from this node's verified-session memory.")
                .sample("authgate_session_memory_hits_total", hits)
                .family("authgate_session_memory_misses_total", "counter",
                        "Token checks this node's verified-session memory sent to the database.")
                .sample("authgate_session_memory_misses_total", misses)
                .family("authgate_session_memory_hit_ratio", "gauge",
                        "Hits over all token checks of the memory since the start (NaN before the first check).")
                .sample("authgate_session_memory_hit_ratio", hits + misses == 0 ? Double.NaN
                        : (double) hits / (hits + misses));

        text.family("authgate_sessions_live", "gauge",
                        "Sessions in state ACTIVE in the database, for the whole cluster (every node answers the same).")
                .sample("authgate_sessions_live", gauges.liveSessions());
        gauges.hashing().ifPresent(h -> text
                .family("authgate_password_hashing_capacity", "gauge",
                        "Password hashes this JVM's local connector derives at once at most (one per core).")
                .sample("authgate_password_hashing_capacity", h.capacity())
                .family("authgate_password_hashing_busy", "gauge", "Password hashes being derived now.")
                .sample("authgate_password_hashing_busy", h.busy())
                .family("authgate_password_hashing_waiting", "gauge",
                        "Logins waiting for a turn to derive a password hash (the pool's queue).")
                .sample("authgate_password_hashing_waiting", h.waiting()));
        return text.text();
    }

    private static void histogram(PrometheusText text, String name, Series series, Histogram histogram) {
        long[] cumulative = histogram.cumulative();
        for (int i = 0; i < Histogram.BOUNDS.length; i++) {
            text.sample(name + "_bucket", cumulative[i], "dialect", series.dialect(), "outcome", series.outcome(),
                    "le", PrometheusText.number(Histogram.BOUNDS[i]));
        }
        long count = cumulative[Histogram.BOUNDS.length];
        text.sample(name + "_bucket", count, "dialect", series.dialect(), "outcome", series.outcome(), "le", "+Inf");
        text.sample(name + "_sum", histogram.sumSeconds(), "dialect", series.dialect(), "outcome", series.outcome());
        text.sample(name + "_count", count, "dialect", series.dialect(), "outcome", series.outcome());
    }
}
