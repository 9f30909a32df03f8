package org.authgate.core.lockout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final ThrottleKey KEY = ThrottleKey.address("192.0.2.1");

    @Test
    void failuresBelowTheThresholdDoNotLock() {
        LockoutPolicy policy = LockoutPolicy.accountDefaults();
        Throttle t = Throttle.fresh(KEY, T0);

        for (int i = 1; i < policy.threshold(); i++) {
            t = policy.afterFailure(t, T0);
            assertThat(t.failures()).isEqualTo(i);
            assertThat(t.lockedUntil()).isNull();
            assertThat(t.isLockedAt(T0)).isFalse();
        }
        t = policy.afterFailure(t, T0);
        assertThat(t.isLockedAt(T0)).isTrue();
    }

    @Test
    void theBackoffDoublesFromTheBaseDelayUpToTheMaximum() {
        LockoutPolicy policy = new LockoutPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100,
                Duration.ofHours(1));
        long[] seconds = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900};
        Throttle t = Throttle.fresh(KEY, T0);
        for (int i = 1; i < 5; i++) {
            t = policy.afterFailure(t, T0);
        }
        Instant now = T0;
        for (long expected : seconds) {
            t = policy.afterFailure(t, now);
            assertThat(Duration.between(now, t.lockedUntil())).as("after failure " + t.failures())
                    .isEqualTo(Duration.ofSeconds(expected));
            now = t.lockedUntil();
        }
    }

    @Test
    void delayForIsExponentialAndCappedEvenForAbsurdExponentsAndBases() {
        LockoutPolicy policy = new LockoutPolicy(1, Duration.ofMillis(250), Duration.ofSeconds(10), 100,
                Duration.ofHours(1));
        assertThat(policy.delayFor(0)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.delayFor(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayFor(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayFor(6)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayFor(62)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayFor(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(10));

        // 2^34 + 1 ms shifted by 30 wraps a long to a small positive number unless the cap is checked first.
        Duration hugeBase = Duration.ofMillis((1L << 34) + 1);
        LockoutPolicy absurd = new LockoutPolicy(1, hugeBase, Duration.ofDays(100_000), 100, Duration.ofHours(1));
        for (int excess = 0; excess < 64; excess++) {
            assertThat(absurd.delayFor(excess)).as("excess " + excess).isGreaterThanOrEqualTo(hugeBase)
                    .isLessThanOrEqualTo(Duration.ofDays(100_000));
        }
    }

    @Test
    void aZeroBaseDelayNeverLocksBeforeTheCap() {
        LockoutPolicy policy = new LockoutPolicy(3, Duration.ZERO, Duration.ZERO, 10, Duration.ofHours(1));
        Throttle t = Throttle.fresh(KEY, T0);
        for (int i = 1; i < 10; i++) {
            t = policy.afterFailure(t, T0);
            assertThat(t.isLockedAt(T0)).as("failure " + i).isFalse();
        }
        t = policy.afterFailure(t, T0);
        assertThat(t.lockedUntil()).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void theConfiguredCapCannotExceedOneHundred() {
        LockoutPolicy policy = new LockoutPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100_000,
                Duration.ofHours(1));

        assertThat(policy.maxFailuresPerWindow()).isEqualTo(LockoutPolicy.HARD_CAP_PER_HOUR).isEqualTo(100);
    }

    @Test
    void reachingTheCapLocksUntilTheWindowEnds() {
        LockoutPolicy policy = new LockoutPolicy(100, Duration.ZERO, Duration.ZERO, 1000, Duration.ofHours(1));
        Throttle t = Throttle.fresh(KEY, T0);
        Instant now = T0;
        for (int i = 1; i <= 100; i++) {
            t = policy.afterFailure(t, now);
            now = now.plusSeconds(10);
        }

        assertThat(t.failures()).isEqualTo(100);
        assertThat(t.lockedUntil()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(t.isLockedAt(T0.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(t.isLockedAt(T0.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void aWindowShorterThanAnHourCannotMultiplyTheHourlyCap() {
        LockoutPolicy policy = new LockoutPolicy(100, Duration.ZERO, Duration.ZERO, 100, Duration.ofMinutes(1));
        Throttle t = Throttle.fresh(KEY, T0);
        int counted = 0;
        for (Instant now = T0; now.isBefore(T0.plus(Duration.ofHours(1))); now = now.plusSeconds(1)) {
            if (!t.isLockedAt(now)) {
                t = policy.afterFailure(t, now);
                counted++;
            }
        }

        assertThat(counted).isEqualTo(100);
        assertThat(policy.window()).isGreaterThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void theCountStartsAgainInTheNextWindow() {
        LockoutPolicy policy = LockoutPolicy.accountDefaults();
        Throttle t = Throttle.fresh(KEY, T0);
        t = policy.afterFailure(t, T0);
        t = policy.afterFailure(t, T0.plusSeconds(60));

        Throttle next = policy.afterFailure(t, T0.plus(Duration.ofHours(1)));

        assertThat(next.failures()).isEqualTo(1);
        assertThat(next.windowStart()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(next.lockedUntil()).isNull();
    }

    @Test
    void afterFailureKeepsTheKeyAndTheVersionForTheStoreToCheck() {
        Throttle stored = new Throttle(KEY, 1, T0, null, 7);

        Throttle next = LockoutPolicy.accountDefaults().afterFailure(stored, T0.plusSeconds(1));

        assertThat(next.key()).isEqualTo(KEY);
        assertThat(next.version()).isEqualTo(7);
        assertThat(Throttle.fresh(KEY, T0).isNew()).isTrue();
        assertThat(next.isNew()).isFalse();
    }

    @Test
    void nonsensicalPoliciesAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ZERO, Duration.ZERO, 10, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1), 10,
                Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(3, Duration.ofSeconds(-1), Duration.ofSeconds(1), 10,
                Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(20, Duration.ZERO, Duration.ZERO, 10, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(101, Duration.ZERO, Duration.ZERO, 1000, Duration.ofHours(1)))
                .as("a threshold above the hard cap could never lock").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accountKeysFoldCaseAndAreScopedByTenantAndConnector() {
        var acme = new org.authgate.core.identity.TenantId("acme");
        var other = new org.authgate.core.identity.TenantId("other");
        var local = org.authgate.core.connector.ConnectorId.LOCAL;

        assertThat(ThrottleKey.account(acme, local, " Alice ")).isEqualTo(ThrottleKey.account(acme, local, "alice"));
        assertThat(ThrottleKey.account(acme, local, "alice")).isNotEqualTo(ThrottleKey.account(other, local, "alice"));
        assertThat(ThrottleKey.account(acme, local, "x".repeat(1000)).value()).hasSizeLessThanOrEqualTo(255);
        assertThat(ThrottleKey.account(acme, local, "alice").isAccount()).isTrue();
        assertThat(ThrottleKey.address("192.0.2.1").isAccount()).isFalse();
    }
}
