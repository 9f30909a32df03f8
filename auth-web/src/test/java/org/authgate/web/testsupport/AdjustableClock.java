package org.authgate.web.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test-only: the server's clock, shifted by an offset that {@link TestClockResource} moves, so a test
 * can let a lockout or a session expire without sleeping. Added to the WAR by test deployments only.
 */
@Alternative
@Priority(1000)
@Singleton
public class AdjustableClock extends Clock {
    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    static void advance(Duration by) {
        OFFSET.accumulateAndGet(by, Duration::plus);
    }

    static void reset() {
        OFFSET.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(OFFSET.get());
    }
}
