package org.authgate.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeBucketsTest {

    @Test
    void bucketsEndWithTheOneHoldingNowAlignedToTheirWidth() {
        TimeBuckets day = TimeBuckets.endingAt(Instant.parse("2025-03-01T09:41:07Z"), Duration.ofHours(1), 24);

        assertThat(day.from()).isEqualTo(Instant.parse("2025-02-28T10:00:00Z"));
        assertThat(day.to()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(day.start(23)).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        assertThat(day.indexOf(Instant.parse("2025-03-01T09:41:07Z"))).isEqualTo(23);
    }

    @Test
    void anInstantOnABoundaryBelongsToTheLaterBucket() {
        TimeBuckets hour = TimeBuckets.endingAt(Instant.parse("2025-03-01T09:59:59Z"), Duration.ofMinutes(5), 12);

        assertThat(hour.from()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        assertThat(hour.indexOf(Instant.parse("2025-03-01T09:05:00Z"))).isEqualTo(1);
        assertThat(hour.indexOf(Instant.parse("2025-03-01T09:04:59.999Z"))).isZero();
    }

    @Test
    void instantsOutsideTheRangeHaveNoBucket() {
        TimeBuckets hour = new TimeBuckets(Instant.parse("2025-03-01T09:00:00Z"), Duration.ofMinutes(5), 12);

        assertThat(hour.indexOf(Instant.parse("2025-03-01T08:59:59Z"))).isEqualTo(-1);
        assertThat(hour.indexOf(Instant.parse("2025-03-01T10:00:00Z"))).isEqualTo(-1);
    }

    @Test
    void bucketsAreWholeSecondsAndBounded() {
        Instant t = Instant.EPOCH;
        assertThatThrownBy(() -> new TimeBuckets(t, Duration.ofMillis(1500), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeBuckets(t, Duration.ZERO, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeBuckets(t, Duration.ofHours(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeBuckets(t, Duration.ofHours(1), 1001)).isInstanceOf(IllegalArgumentException.class);
    }
}
