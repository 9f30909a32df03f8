package org.authgate.core.lockout;

import java.time.Instant;
import java.util.Objects;

/**
 * The failure count of one key within its current window (see {@link LockoutPolicy}).
 *
 * @param lockedUntil null when not locked
 */
public record Throttle(ThrottleKey key, int failures, Instant windowStart, Instant lockedUntil, long version) {
    public Throttle {
        Objects.requireNonNull(key);
        Objects.requireNonNull(windowStart);
    }

    public static Throttle fresh(ThrottleKey key, Instant now) {
        return new Throttle(key, 0, now, null, -1);
    }

    /** True when this value was never stored. */
    public boolean isNew() {
        return version < 0;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
