package org.authgate.core.lockout;

import java.time.Duration;
import java.time.Instant;

/**
 * When failures lock a key. After {@code threshold} failures in a window each further failure locks
 * the key for {@code baseDelay * 2^(failures - threshold)}, at most {@code maxDelay}; reaching
 * {@code maxFailuresPerWindow} locks it until the window ends, so no key ever sees more than that
 * many failures per window whatever the other settings say. The window is at least one hour (a shorter
 * one would multiply the hourly cap) and the cap at most {@link #HARD_CAP_PER_HOUR}. Windows are fixed,
 * not sliding: the hour that straddles two windows can see up to twice the cap when backoff is off.
 */
public record LockoutPolicy(int threshold, Duration baseDelay, Duration maxDelay, int maxFailuresPerWindow,
                            Duration window) {

    public static final int HARD_CAP_PER_HOUR = 100;

    public LockoutPolicy {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
        }
        maxFailuresPerWindow = Math.min(maxFailuresPerWindow, HARD_CAP_PER_HOUR);
        if (maxFailuresPerWindow < threshold) {
            throw new IllegalArgumentException("maxFailuresPerWindow must be at least the threshold");
        }
        if (window == null || window.compareTo(Duration.ofHours(1)) < 0) {
            window = Duration.ofHours(1);
        }
    }

    public static LockoutPolicy accountDefaults() {
        return new LockoutPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), HARD_CAP_PER_HOUR, Duration.ofHours(1));
    }

    public static LockoutPolicy addressDefaults() {
        return new LockoutPolicy(50, Duration.ofSeconds(1), Duration.ofMinutes(15), HARD_CAP_PER_HOUR, Duration.ofHours(1));
    }

    /** The throttle after one more failure at {@code now}. */
    public Throttle afterFailure(Throttle current, Instant now) {
        Instant windowStart = current.windowStart();
        int failures = current.failures();
        if (!now.isBefore(windowStart.plus(window))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        Instant lockedUntil = null;
        if (failures >= maxFailuresPerWindow) {
            lockedUntil = windowStart.plus(window);
        } else if (failures >= threshold) {
            lockedUntil = now.plus(delayFor(failures - threshold));
        }
        return new Throttle(current.key(), failures, windowStart, lockedUntil, current.version());
    }

    Duration delayFor(int excess) {
        if (baseDelay.isZero()) {
            return Duration.ZERO;
        }
        int shift = Math.min(excess, 62);
        long base = baseDelay.toMillis();
        // Compare before shifting: a shifted long wraps around silently and could come out small.
        if (base > (maxDelay.toMillis() >> shift)) {
            return maxDelay;
        }
        return Duration.ofMillis(base << shift);
    }
}
