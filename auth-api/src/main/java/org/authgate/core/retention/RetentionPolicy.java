package org.authgate.core.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How long each kind of row is kept after it stopped serving a login. An empty period keeps the rows forever (the
 * audit trail's default: it is append-only, and shortening it is a decision for the operator, not for authgate).
 *
 * @param throttles at least an hour when set: a lockout window is an hour, and a counter purged inside its window
 *                  would forget failures it still has to count
 */
public record RetentionPolicy(Optional<Duration> endedSessions, Optional<Duration> refreshTokens,
                              Optional<Duration> throttles, Optional<Duration> audit) {

    public static final Duration MIN_THROTTLES = Duration.ofHours(1);

    public RetentionPolicy {
        requirePositive(endedSessions, "ended sessions");
        requirePositive(refreshTokens, "refresh tokens");
        requirePositive(throttles, "throttles");
        requirePositive(audit, "audit records");
        if (throttles.isPresent() && throttles.get().compareTo(MIN_THROTTLES) < 0) {
            throw new IllegalArgumentException("the retention of throttles must be at least an hour (a lockout window)");
        }
    }

    /** authgate's defaults: ended sessions 30 days, expired refresh tokens 7 days, throttles 1 day, audit forever. */
    public static RetentionPolicy defaults() {
        return new RetentionPolicy(Optional.of(Duration.ofDays(30)), Optional.of(Duration.ofDays(7)),
                Optional.of(Duration.ofDays(1)), Optional.empty());
    }

    public Optional<Duration> periodOf(PurgeKind kind) {
        return switch (kind) {
            case SESSIONS -> endedSessions;
            case REFRESH_TOKENS -> refreshTokens;
            case THROTTLES -> throttles;
            case AUDIT_RECORDS -> audit;
        };
    }

    /** Rows of {@code kind} that stopped serving before this instant go; empty when the kind is kept forever. */
    public Optional<Instant> cutoff(PurgeKind kind, Instant now) {
        return periodOf(kind).map(now::minus);
    }

    private static void requirePositive(Optional<Duration> period, String what) {
        Objects.requireNonNull(period, what);
        if (period.isPresent() && (period.get().isZero() || period.get().isNegative())) {
            throw new IllegalArgumentException("the retention of " + what + " must be positive (or empty: forever)");
        }
    }
}
