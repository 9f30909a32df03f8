package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StackTraceBudgetTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final StackTraceBudget budget = new StackTraceBudget(Duration.ofMinutes(1), now::get);

    @Test
    void oneTracePerCausePerWindow() {
        assertThat(budget.allow("outage")).isTrue();
        for (int i = 0; i < 10_000; i++) {
            assertThat(budget.allow("outage")).isFalse();
        }
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(budget.allow("outage")).isFalse();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(budget.allow("outage")).isTrue();
        assertThat(budget.allow("outage")).isFalse();
    }

    @Test
    void distinctCausesEachGetTheirTrace() {
        assertThat(budget.allow("outage")).isTrue();
        assertThat(budget.allow("bug at A.b(A.java:1)")).isTrue();
        assertThat(budget.allow("bug at A.c(A.java:2)")).isTrue();
        assertThat(budget.allow("outage")).isFalse();
        assertThat(budget.allow("bug at A.b(A.java:1)")).isFalse();
    }

    @Test
    void aFloodOfDifferentCausesIsBoundedAndForgetsTheOldestFirst() {
        budget.allow("first");
        for (int i = 0; i < StackTraceBudget.MAX_KEYS; i++) {
            assertThat(budget.allow("cause " + i)).isTrue();
        }
        // "first" was pushed out: it may be traced again (the price of a bounded memory), the recent ones not.
        assertThat(budget.allow("first")).isTrue();
        assertThat(budget.allow("cause " + (StackTraceBudget.MAX_KEYS - 1))).isFalse();
    }

    @Test
    void theWindowMustBePositive() {
        assertThatThrownBy(() -> new StackTraceBudget(Duration.ZERO, now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
