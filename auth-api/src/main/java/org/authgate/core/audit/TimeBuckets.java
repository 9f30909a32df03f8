package org.authgate.core.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A time range cut into {@code count} equal buckets of {@code width} from {@code from}: the x-axis of a
 * chart whose counts the database groups by bucket, so only the range is read and no row is loaded.
 */
public record TimeBuckets(Instant from, Duration width, int count) {

    public TimeBuckets {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(width, "width");
        if (width.toSeconds() < 1 || width.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("a bucket is a whole number of seconds, at least one");
        }
        if (count < 1 || count > 1000) {
            throw new IllegalArgumentException("1 to 1000 buckets");
        }
    }

    /**
     * The {@code count} buckets that end with the one holding {@code now}, aligned to multiples of
     * {@code width} since the epoch, so a chart's bars do not shift with every refresh.
     */
    public static TimeBuckets endingAt(Instant now, Duration width, int count) {
        long seconds = width.toSeconds();
        long current = Math.floorDiv(now.getEpochSecond(), seconds) * seconds;
        return new TimeBuckets(Instant.ofEpochSecond(current - (count - 1) * seconds), width, count);
    }

    /** Exclusive end of the last bucket. */
    public Instant to() {
        return start(count);
    }

    public Instant start(int bucket) {
        return from.plusSeconds(bucket * width.toSeconds());
    }

    /** The bucket holding {@code at}, or -1 outside the range. */
    public int indexOf(Instant at) {
        if (at.isBefore(from) || !at.isBefore(to())) {
            return -1;
        }
        return (int) (Duration.between(from, at).getSeconds() / width.toSeconds());
    }
}
