package org.authgate.web.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.context.Dependent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test-only: the server's clock, shifted by an offset that {@link TestClockResource} moves, so a test
 * can let a lockout or a session expire without sleeping. Added to the WAR by test deployments only.
 * {@code @Dependent} (a bean-defining annotation, unlike {@code @Singleton}) so that annotated
 * discovery finds it; its state is static, so every instance tells the same time. Microseconds,
 * like the production clock and PostgreSQL.
 */
@Alternative
@Priority(1000)
@Dependent
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
        return Instant.now().plus(OFFSET.get()).truncatedTo(ChronoUnit.MICROS);
    }
}
