package org.authgate.core.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.session.Dialect;

/**
 * The retention purge, one step at a time, each step meant to be one transaction of the caller's: {@link #purge} a
 * bounded batch of one kind (its count enters the store's tally with it), then {@link #summarise} the whole sweep in
 * one DATA_PURGED audit record whose reason counts each kind ({@code sessions=12 refresh_tokens=40 throttles=3
 * audit_records=0}). Nothing here holds state between the steps: the tally lives in the store, so two nodes sweeping
 * at once, or a sweep that died half-way, still report every removed row exactly once.
 */
public final class Retention {
    /** The actor of the summary record: the server's own housekeeping, not a person. */
    public static final String ACTOR = "retention";

    private final RetentionStore store;
    private final RetentionPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    public Retention(RetentionStore store, RetentionPolicy policy, AuditTrail audit, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.policy = Objects.requireNonNull(policy);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    public RetentionPolicy policy() {
        return policy;
    }

    /** @return how many rows of {@code kind} this batch removed (0 when the kind is kept forever) */
    public int purge(PurgeKind kind, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a purge batch needs at least one row");
        }
        Optional<Instant> cutoff = policy.cutoff(kind, clock.instant());
        return cutoff.map(before -> store.purge(kind, before, limit)).orElse(0);
    }

    /**
     * Writes the summary of everything purged since the last summary, and zeroes the tally, in the caller's
     * transaction; nothing when nothing was purged (another node may have summarised it already).
     *
     * @return the counts reported, empty when no record was written
     */
    public Map<PurgeKind, Long> summarise() {
        Map<PurgeKind, Long> tally = new EnumMap<>(PurgeKind.class);
        for (PurgeKind kind : PurgeKind.values()) {
            tally.put(kind, 0L);
        }
        tally.putAll(store.takeTally());
        if (tally.values().stream().allMatch(n -> n == 0)) {
            return Map.of();
        }
        audit.of(AuditEvent.DATA_PURGED, Outcome.SUCCESS, Dialect.SERVER).actor(ACTOR).reason(reasonOf(tally)).write();
        return Map.copyOf(tally);
    }

    /** {@code sessions=12 refresh_tokens=40 throttles=3 audit_records=0}: every kind, in a fixed order. */
    static String reasonOf(Map<PurgeKind, Long> tally) {
        return tally.entrySet().stream().map(e -> e.getKey().label() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
