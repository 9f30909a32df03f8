package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.authgate.core.audit.TimeBuckets;
import org.junit.jupiter.api.Test;

class LoginChartTest {

    @Test
    void barsAreSharesOfTheTallestAndLabelledWithTheirBucket() {
        TimeBuckets buckets = new TimeBuckets(Instant.parse("2025-03-01T09:00:00Z"), Duration.ofMinutes(5), 3);

        LoginChart chart = LoginChart.of(buckets, List.of(0L, 40L, 1L), List.of(10L, 0L, 0L), "HH:mm");

        assertThat(chart.max()).isEqualTo(40);
        assertThat(chart.bars()).extracting(LoginChart.Bar::tick).containsExactly("09:00", "09:05", "09:10");
        assertThat(chart.bars()).extracting(LoginChart.Bar::loginHeight).containsExactly(0, 100, 3);
        assertThat(chart.bars()).extracting(LoginChart.Bar::failureHeight).containsExactly(25, 0, 0);
        assertThat(chart.bars().get(1).getTitle()).isEqualTo("2025-03-01 09:05 UTC: 40 logins, 0 failures");
    }

    @Test
    void aSmallCountStaysVisibleAndNothingIsFlat() {
        assertThat(LoginChart.height(1, 10_000)).isEqualTo(2);
        assertThat(LoginChart.height(0, 0)).isZero();
    }
}
